import en from 'zod/v4/locales/en.js';
import { PolicyCatalog } from './catalog.js';
import type { Amount } from './amount.js';
import type { Measure } from './measure.js';

/** The outcome of {@link validateCatalog}: a usable catalog with warnings, or the errors. */
export type CatalogValidation =
  | { catalog: PolicyCatalog; warnings: string[]; errors?: undefined }
  | { errors: string[]; catalog?: undefined; warnings?: undefined };

/** zod's English messages, given per parse: zod/mini loads no locale, and a global `z.config` would change the caller's own schemas. */
const ZOD_MESSAGES = en().localeError;

/** Settings an instrument's amounts refer to. */
export function settingsOf(measure: Measure): string[] {
  const amounts: Amount[] = [];
  const ins = measure.instrument;
  if (ins.kind === 'surcharge') amounts.push(ins.ratePerUnit);
  if (ins.kind === 'relief') amounts.push(ins.percent, ins.ratePerM2);
  return amounts.flatMap((a) => ('setting' in a ? [a.setting] : []));
}

/**
 * Validates a catalog read from JSON (pure: the caller reads the file). Checks the schema, then
 * what a schema cannot: unique ids, references to declared settings and combination groups,
 * exclusivity targets that exist, and "highest applies" groups holding only money measures.
 */
export function validateCatalog(input: unknown): CatalogValidation {
  const parsed = PolicyCatalog.safeParse(input, { error: ZOD_MESSAGES });
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(catalog)'}: ${i.message}`),
    };
  }
  const catalog = parsed.data;
  const errors: string[] = [];
  const warnings: string[] = [];
  const measureIds = new Set<string>();
  for (const m of catalog.measures) {
    if (measureIds.has(m.id)) errors.push(`measures: duplicate id "${m.id}" / 措施编号重复`);
    measureIds.add(m.id);
  }
  const groups = new Map<string, string>();
  for (const g of catalog.combinationGroups) {
    if (groups.has(g.id)) errors.push(`combinationGroups: duplicate id "${g.id}" / 组合组编号重复`);
    groups.set(g.id, g.rule);
  }
  const usedSettings = new Set<string>();
  for (const m of catalog.measures) {
    const at = `measures.${m.id}`;
    for (const s of settingsOf(m)) {
      usedSettings.add(s);
      if (!(s in catalog.settings)) errors.push(`${at}: setting "${s}" is not declared in settings / 未声明的用户设定`);
    }
    if (m.combinationGroup !== undefined) {
      const rule = groups.get(m.combinationGroup);
      if (rule === undefined) errors.push(`${at}: combination group "${m.combinationGroup}" is not declared / 未声明的组合组`);
      if (rule === 'highest' && m.instrument.kind === 'eligibility') {
        errors.push(`${at}: an eligibility measure has no amount, so it cannot be in a "highest applies" group / 资格类措施不能参与就高`);
      }
    }
    for (const other of m.exclusiveWith ?? []) {
      if (other === m.id) errors.push(`${at}: a measure cannot be exclusive with itself / 措施不能与自身互斥`);
      else if (!measureIds.has(other)) errors.push(`${at}: exclusiveWith names unknown measure "${other}" / 互斥对象不存在`);
    }
    const years = m.conditions.consecutiveYears;
    if (years?.max !== undefined && years.max < years.min) {
      errors.push(`${at}: consecutiveYears.max ${years.max} < min ${years.min} / 连续年数上限小于下限`);
    }
    if (m.source.status === 'reported-unverified') {
      warnings.push(`${at}: source text not verified (${m.source.document}); treat amounts as an example / 来源原文未核实，金额仅供参考`);
    }
  }
  for (const g of catalog.combinationGroups) {
    const kinds = new Set(catalog.measures.filter((m) => m.combinationGroup === g.id).map((m) => baseKey(m)));
    if (g.rule === 'highest' && kinds.size > 1) {
      warnings.push(`combinationGroups.${g.id}: "highest applies" compares amounts of different kinds (${[...kinds].join(', ')}) / 就高比较了不同类别的金额`);
    }
  }
  for (const [id, s] of Object.entries(catalog.settings)) {
    if (!usedSettings.has(id)) warnings.push(`settings.${id}: declared but not used by any measure / 用户设定未被使用`);
    if (s.default !== undefined) warnings.push(`settings.${id}: default ${s.default} ${s.unit} is used unless you set it — ${s.defaultNote ?? ''}`);
  }
  return errors.length > 0 ? { errors } : { catalog, warnings };
}

function baseKey(m: Measure): string {
  const ins = m.instrument;
  return ins.kind === 'surcharge' ? `surcharge:${ins.base}` : ins.kind === 'relief' ? `relief:${ins.tax}` : 'eligibility';
}
