import { parseSchema, type Validation, type ValidationIssue } from '@mujun/core';
import { Dec } from '@mujun/core/engine';
import { PolicyCatalog } from './catalog.js';
import type { Amount } from './amount.js';
import type { Measure } from './measure.js';

/**
 * The outcome of {@link validateCatalog}, the shape of every mujun validator (zod's convention):
 * `{ success: true, data, warnings }` or `{ success: false, error: { issues } }`.
 */
export type CatalogValidation = Validation<PolicyCatalog>;

/** Settings an instrument's amounts refer to. */
function settingsOf(measure: Measure): string[] {
  const amounts: Amount[] = [];
  const ins = measure.instrument;
  if (ins.kind === 'surcharge') amounts.push(ins.ratePerUnit);
  if (ins.kind === 'relief') amounts.push(ins.percent, ins.ratePerM2);
  return amounts.flatMap((a) => ('setting' in a ? [a.setting] : []));
}

/**
 * Validates a catalog read from JSON (pure: the caller reads the file). Checks the schema, then
 * what a schema cannot: unique ids, references to declared settings and combination groups,
 * exclusivity targets that exist, "highest applies" groups holding only money measures,
 * reliefs of at most 100 % of the tax, and a validity period that ends after it begins.
 * Issues carry zod's code for a field the schema rejects (core's parseSchema), `custom` for a rule across fields.
 */
export function validateCatalog(input: unknown): CatalogValidation {
  const parsed = parseSchema(PolicyCatalog, input, '(catalog)');
  if (!parsed.success) return parsed;
  const catalog = parsed.data;
  const errors: ValidationIssue[] = [];
  const warnings: string[] = [];
  // A rule across fields: the path as zod would give it (`['measures', 3, 'exclusiveWith']`), the
  // message beginning with the place as people name it (`measures.d-surcharge: …`).
  const error = (path: (string | number)[], place: string, text: string) => errors.push({ code: 'custom', path, message: `${place}: ${text}` });
  const measureIds = new Set<string>();
  catalog.measures.forEach((m, i) => {
    if (measureIds.has(m.id)) error(['measures', i, 'id'], 'measures', `措施编号重复："${m.id}" / duplicate id "${m.id}"`);
    measureIds.add(m.id);
  });
  const groups = new Map<string, string>();
  catalog.combinationGroups.forEach((g, i) => {
    if (groups.has(g.id)) error(['combinationGroups', i, 'id'], 'combinationGroups', `组合组编号重复："${g.id}" / duplicate id "${g.id}"`);
    groups.set(g.id, g.rule);
  });
  const usedSettings = new Set<string>();
  catalog.measures.forEach((m, i) => {
    const at = `measures.${m.id}`;
    for (const s of settingsOf(m)) {
      usedSettings.add(s);
      if (!(s in catalog.settings)) error(['measures', i, 'instrument'], at, `未声明的用户设定："${s}" / setting "${s}" is not declared in settings`);
    }
    if (m.combinationGroup !== undefined) {
      const rule = groups.get(m.combinationGroup);
      if (rule === undefined)
        error(['measures', i, 'combinationGroup'], at, `未声明的组合组："${m.combinationGroup}" / combination group "${m.combinationGroup}" is not declared`);
      if (rule === 'highest' && m.instrument.kind === 'eligibility') {
        error(
          ['measures', i, 'combinationGroup'],
          at,
          `资格类措施没有金额，不能参与就高 / an eligibility measure has no amount, so it cannot be in a "highest applies" group`,
        );
      }
    }
    for (const other of m.exclusiveWith ?? []) {
      if (other === m.id) error(['measures', i, 'exclusiveWith'], at, `措施不能与自身互斥 / a measure cannot be exclusive with itself`);
      else if (!measureIds.has(other))
        error(['measures', i, 'exclusiveWith'], at, `互斥对象不存在："${other}" / exclusiveWith names unknown measure "${other}"`);
    }
    const ins = m.instrument;
    if (ins.kind === 'relief' && 'value' in ins.percent && new Dec(ins.percent.value).gt(100)) {
      error(
        ['measures', i, 'instrument', 'percent', 'value'],
        at,
        `减免比例 ${ins.percent.value}% 超过 100% / relief of ${ins.percent.value} % is more than the whole tax`,
      );
    }
    const years = m.conditions.consecutiveYears;
    if (years?.max !== undefined && years.max < years.min) {
      error(
        ['measures', i, 'conditions', 'consecutiveYears', 'max'],
        at,
        `连续年数上限 ${years.max} 小于下限 ${years.min} / consecutiveYears.max ${years.max} < min ${years.min}`,
      );
    }
    if (m.validFrom !== undefined && m.validUntil !== undefined && m.validUntil < m.validFrom) {
      error(
        ['measures', i, 'validUntil'],
        at,
        `失效日期 ${m.validUntil} 早于生效日期 ${m.validFrom} / validUntil ${m.validUntil} is before validFrom ${m.validFrom}`,
      );
    }
    if (m.source.status === 'reported-unverified') {
      warnings.push(
        `${at}：来源原文未核实（${m.source.document}），金额仅供参考 / ${at}: source text not verified (${m.source.document}); treat amounts as an example`,
      );
    }
  });
  for (const g of catalog.combinationGroups) {
    const kinds = new Set(catalog.measures.filter((m) => m.combinationGroup === g.id).map((m) => baseKey(m)));
    if (g.rule === 'highest' && kinds.size > 1) {
      warnings.push(
        `combinationGroups.${g.id}：就高比较了不同类别的金额（${[...kinds].join('、')}） / combinationGroups.${g.id}: "highest applies" compares amounts of different kinds (${[...kinds].join(', ')})`,
      );
    }
  }
  for (const [id, s] of Object.entries(catalog.settings)) {
    if (!usedSettings.has(id)) warnings.push(`settings.${id}：用户设定未被任何措施使用 / settings.${id}: declared but not used by any measure`);
    if (s.default !== undefined) warnings.push(`settings.${id}: default ${s.default} ${s.unit} is used unless you set it — ${s.defaultNote ?? ''}`);
  }
  if (errors.length > 0) return { success: false, error: { issues: errors } };
  return { success: true, data: catalog, warnings };
}

function baseKey(m: Measure): string {
  const ins = m.instrument;
  return ins.kind === 'surcharge' ? `surcharge:${ins.base}` : ins.kind === 'relief' ? `relief:${ins.tax}` : 'eligibility';
}
