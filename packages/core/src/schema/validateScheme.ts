import type * as z from 'zod/mini';
import { decOf } from '../arithmetic/decimal.js';
import { RECOGNITION_FLAGS, VIOLATION_FLAGS } from './record.js';
import { Scheme, type SchemeWithDefaults } from './scheme.js';
import { pathOfText, type Validation, type ValidationIssue } from './validation.js';
import { markValidated } from './validatedScheme.js';
import { parseSchema } from './parseSchema.js';

/** The outcome of {@link validateScheme}: `{ success: true, data, warnings }` or `{ success: false, error: { issues } }`. */
export type SchemeValidation = Validation<Scheme>;

const KNOWN_FLAGS = new Set<string>([...RECOGNITION_FLAGS, ...VIOLATION_FLAGS]);

/**
 * Parse and check an evaluation scheme (pure; no I/O). Fills in defaults, then checks what a
 * field-by-field schema cannot: unique ids, class shares that increase to 1, thresholds that
 * decrease, vetoes that name an existing class, points that fit the rounding, a reference date
 * for the date rules. Each message says where (a path like `groups[0].indicators[2].weight`)
 * and what, 中文 / English. Weights that do not add up to 100 are a warning, not an error.
 * Issues carry zod's code for a field the schema rejects, `custom` for a rule across fields.
 */
export function validateScheme(input: unknown): SchemeValidation {
  const parsed = parseSchema(Scheme, input, '(scheme)', movedField);
  if (!parsed.success) return parsed;
  const scheme = parsed.data;
  const errors: string[] = [];
  const warnings: string[] = [];
  checkGroups(scheme, errors, warnings);
  checkClasses(scheme, errors, warnings);
  checkAdjustments(scheme, errors, warnings);
  checkScope(scheme, errors, warnings);
  if (errors.length > 0) return { success: false, error: { issues: errors.map(customIssue) } };
  return { success: true, data: markValidated(scheme), warnings };
}

// An indicator's `missing` rule moved to its group, by figure: say where, for older scheme files.
function movedField(issue: z.core.$ZodIssue): string {
  const onIndicator = issue.path.length >= 2 && issue.path[issue.path.length - 2] === 'indicators';
  if (issue.code !== 'unrecognized_keys' || !onIndicator || !issue.keys.includes('missing')) return '';
  return '；缺失数据规则已移至评价组的 missing，按数据项给出，如 "missing": { "energy": "poolAverage" } / missing-data rules now belong to the group, by figure, e.g. "missing": { "energy": "poolAverage" }';
}

/** The checks below write "place: what"; the place becomes the issue's path. */
function customIssue(message: string): ValidationIssue {
  return { code: 'custom', path: pathOfText(message.slice(0, message.indexOf(': '))), message };
}

function checkGroups(scheme: SchemeWithDefaults, errors: string[], warnings: string[]): void {
  const groupIds = new Set<string>();
  scheme.groups.forEach((group, g) => {
    const at = `groups[${g}]`;
    if (groupIds.has(group.id)) errors.push(`${at}.id: 组 id 重复 / duplicate group id "${group.id}"`);
    groupIds.add(group.id);
    const ids = new Set<string>();
    let weightSum = decOf(0);
    group.indicators.forEach((ind, i) => {
      const iat = `${at}.indicators[${i}]`;
      if (ids.has(ind.id)) errors.push(`${iat}.id: 指标重复 / indicator "${ind.id}" appears twice in group "${group.id}"`);
      ids.add(ind.id);
      weightSum = weightSum.plus(decOf(ind.weight));
      if (ind.variant !== undefined && ind.id !== 'laborProductivity')
        errors.push(`${iat}.variant: 仅适用于全员劳动生产率 / variant applies to laborProductivity only, found on "${ind.id}"`);
      const n = ind.normalisation;
      if (n.method === 'ratio' && n.capMultiple !== undefined && n.floor !== undefined && n.floor > n.capMultiple * ind.weight)
        errors.push(`${iat}.normalisation.floor: 下限高于上限 / floor ${n.floor} is above the cap ${n.capMultiple} × ${ind.weight}`);
      if (ind.benchmark.kind === 'byIndustry' && Object.keys(ind.benchmark.industries).length === 0)
        warnings.push(`${iat}.benchmark.industries: 未列出行业 / no industries listed; every firm uses "otherwise"`);
    });
    if (!weightSum.equals(100))
      warnings.push(`${at}.indicators: 权重合计 ${weightSum.toString()} 不等于 100 / weights add up to ${weightSum.toString()}, not 100`);
  });
}

function checkClasses(scheme: SchemeWithDefaults, errors: string[], warnings: string[]): void {
  const { tiers, mode, smallPool } = scheme.classes;
  const ids = tiers.map((t) => t.id);
  tiers.forEach((t, k) => {
    if (ids.indexOf(t.id) !== k) errors.push(`classes.tiers[${k}].id: 类别重复 / duplicate class "${t.id}"`);
  });
  if (mode !== 'threshold') {
    let previous = 0;
    tiers.forEach((t, k) => {
      const at = `classes.tiers[${k}].cumulativeShare`;
      if (t.cumulativeShare === undefined) errors.push(`${at}: ${mode} 模式需要累计比例 / ${mode} mode needs a cumulative share`);
      else if (t.cumulativeShare <= previous) errors.push(`${at}: 累计比例须递增 / cumulative shares must increase, ${t.cumulativeShare} ≤ ${previous}`);
      else previous = t.cumulativeShare;
    });
    const last = tiers[tiers.length - 1];
    if (last?.cumulativeShare !== undefined && last.cumulativeShare !== 1)
      errors.push(
        `classes.tiers[${tiers.length - 1}].cumulativeShare: 最后一类须为 1 / the last class must have cumulative share 1, found ${last.cumulativeShare}`,
      );
  }
  if (mode !== 'quota') {
    let previous = Infinity;
    tiers.slice(0, -1).forEach((t, k) => {
      const at = `classes.tiers[${k}].minTotal`;
      if (t.minTotal === undefined) errors.push(`${at}: ${mode} 模式需要分数线 / ${mode} mode needs a minimum total for every class but the last`);
      else if (t.minTotal >= previous) errors.push(`${at}: 分数线须递减 / minimum totals must decrease, ${t.minTotal} ≥ ${previous}`);
      else previous = t.minTotal;
    });
  }
  if (!ids.includes(smallPool.fallbackClass))
    errors.push(`classes.smallPool.fallbackClass: 无此类别 / no class "${smallPool.fallbackClass}" among ${ids.join(', ')}`);
  if (smallPool.minPoolSize > 1 && mode === 'threshold' && smallPool.benchmarkOn === 'pool')
    warnings.push('classes.smallPool.minPoolSize: 分数线模式且按本池基准时不使用 / threshold mode with benchmarkOn pool does not use the small-pool rule');
}

function checkAdjustments(scheme: SchemeWithDefaults, errors: string[], warnings: string[]): void {
  const { decimals } = scheme.rounding;
  const ids = scheme.classes.tiers.map((t) => t.id);
  for (const kind of ['bonuses', 'penalties'] as const) {
    scheme.adjustments[kind].forEach((rule, k) => {
      const at = `adjustments.${kind}[${k}]`;
      if (decOf(rule.points).decimalPlaces() > decimals)
        errors.push(`${at}.points: 小数位多于 ${decimals} 位 / ${rule.points} has more than ${decimals} decimals, so totals could not add up`);
      if (!KNOWN_FLAGS.has(rule.flag)) warnings.push(`${at}.flag: 非内置标志 / "${rule.flag}" is not a built-in flag; records must carry it verbatim`);
    });
  }
  scheme.adjustments.vetoes.forEach((rule, k) => {
    const at = `adjustments.vetoes[${k}]`;
    if (rule.effect === 'capC' && !ids.includes('C')) errors.push(`${at}.effect: 无 C 类 / capC needs a class "C"`);
    if (rule.effect === 'forceD' && ids[ids.length - 1] !== 'D')
      warnings.push(`${at}.effect: forceD 指最后一类 "${ids[ids.length - 1]}" / forceD means the last class, here "${ids[ids.length - 1]}"`);
    if (!KNOWN_FLAGS.has(rule.flag)) warnings.push(`${at}.flag: 非内置标志 / "${rule.flag}" is not a built-in flag; records must carry it verbatim`);
  });
}

function checkScope(scheme: SchemeWithDefaults, errors: string[], warnings: string[]): void {
  const { scope } = scheme;
  if (scope.minYearsInProduction > 0 && scope.referenceDate === undefined)
    errors.push('scope.referenceDate: 需要评价基准日 / minYearsInProduction > 0 needs a reference date such as "2024-12-31"');
  if (scope.constructionPeriodExemption && scope.referenceDate === undefined)
    warnings.push('scope.constructionPeriodExemption: 无评价基准日，建设期规则不生效 / no reference date, so the construction-period rule is skipped');
  if (scope.unratedManagedAs !== undefined && !scheme.classes.tiers.some((t) => t.id === scope.unratedManagedAs))
    errors.push(`scope.unratedManagedAs: 无此类别 / no class "${scope.unratedManagedAs}"`);
}
