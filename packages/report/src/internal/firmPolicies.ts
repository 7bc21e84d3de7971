import type { AppliedMeasure, FirmPolicies } from '@mujun/policy';
import { fill, label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ReportLang } from '../types.js';
import { formatDecimal, trimZeros } from './decimal.js';

/** One policy line of a sheet. */
export interface MeasureView {
  name: string;
  kind: string;
  amount: string;
  detail: string;
  source: string;
}

/** A measure as the sheet shows it, with the calculation so the enterprise can check the amount. */
export function measureView(m: AppliedMeasure, lang: ReportLang, dict: Dictionary): MeasureView {
  const c = m.calculation;
  // The calculation is shown so the enterprise can check the amount by hand.
  const detail = c
    ? `${trimZeros(formatDecimal(c.quantity, 2))} ${c.unit} × ${c.rate}${c.percent !== undefined ? ` × ${c.percent}%` : ''}`
    : m.effect
      ? label(dict.policyEffects, m.effect)
      : '';
  return {
    name: m.name[lang],
    kind: dict.ui[m.kind],
    amount: m.amount === null ? '—' : formatDecimal(m.amount, 2),
    detail,
    source: m.source,
  };
}

/** "加价合计 … 元；减免合计 … 元" when any money measure applies. */
export function policyTotal(p: FirmPolicies, dict: Dictionary): string | null {
  const parts: string[] = [];
  if (p.measures.some((m) => m.kind === 'surcharge')) parts.push(fill(dict.ui.surchargeTotal, { amount: formatDecimal(p.surcharge, 2) }));
  if (p.measures.some((m) => m.kind === 'relief')) parts.push(fill(dict.ui.reliefTotal, { amount: formatDecimal(p.relief, 2) }));
  return parts.length > 0 ? parts.join(dict.ui.listSep) : null;
}
