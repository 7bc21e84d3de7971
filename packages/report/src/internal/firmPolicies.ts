import type { FirmPolicies } from '@mujun/policy';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ReportLang } from '../types.js';
import { formatDecimal, trimZeros } from './decimal.js';

/**
 * A sheet's policies as two detail sections. Section 4: "n" when no catalog was given, else one
 * item per measure, `name|kind|amount|quantity|rest of the calculation|source` — the calculation
 * ("75,509.85 平方米 × 1 元 × 100%") is shown so the firm can check the amount by hand. Section 5:
 * `surcharge total|relief total`, each empty when no such measure applies.
 */
export function measuresSection(
  policy: FirmPolicies | null | undefined,
  lang: ReportLang,
  dict: Dictionary,
  S: { id(text: string): number },
): [string, string] {
  if (policy === undefined) return ['n', ''];
  if (policy === null) return ['', ''];
  const items = policy.measures.map((m) => {
    const c = m.calculation;
    const quantity = c ? trimZeros(formatDecimal(c.quantity, 2)) : '';
    const rest = c
      ? ` ${label(dict.quantityUnits, c.unit)} × ${c.rate} ${dict.ui.yuanPer}${label(dict.quantityUnits, c.unit)}${c.percent !== undefined ? ` × ${c.percent}%` : ''}`
      : m.effect
        ? label(dict.policyEffects, m.effect)
        : '';
    return [S.id(m.name[lang]), S.id(dict.ui[m.kind]), m.amount === null ? '' : formatDecimal(m.amount, 2), quantity, S.id(rest), S.id(m.source)].join('|');
  });
  const surcharge = policy.measures.some((m) => m.kind === 'surcharge') ? formatDecimal(policy.surcharge, 2) : '';
  const relief = policy.measures.some((m) => m.kind === 'relief') ? formatDecimal(policy.relief, 2) : '';
  return [items.join(';'), surcharge || relief ? `${surcharge}|${relief}` : ''];
}
