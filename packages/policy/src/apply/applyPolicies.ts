import type { ColumnarEvaluation, EnterpriseRecord, Evaluation } from '@mujun/core';
import type { PolicyCatalog } from '../catalog/catalog.js';
import type { Measure } from '../catalog/measure.js';
import { validateCatalog } from '../catalog/validateCatalog.js';
import { PolicyError } from '../errors.js';
import { consecutiveYearsInClass, isAbsentFromHistory } from '../history/history.js';
import { sumYuan } from '../internal/fen.js';
import { combinationRules, combineMeasures } from './combineMeasures.js';
import { fiscalSummary } from './fiscalSummary.js';
import { measurePricer, type FirmInputs, type Pricer } from './measurePricer.js';
import { measureApplies } from './measureApplies.js';
import { landWarnings } from './landWarnings.js';
import { periodWarnings } from './measurePeriod.js';
import { columnarPolicySubjects, policySubjects, type PolicySubject } from './policySubject.js';
import { resolveSettings } from './resolveSettings.js';
import type { AppliedMeasure, ApplyOptions, FirmPolicies, PolicyOutcome, SkippedMeasure } from './types.js';

const DECIMAL = /^\d+(\.\d+)?$/;

function checkConsumption(options: ApplyOptions): void {
  const problems: string[] = [];
  for (const [code, figures] of Object.entries(options.consumption ?? {})) {
    for (const [field, value] of Object.entries(figures)) {
      if (value !== undefined && (typeof value !== 'string' || !DECIMAL.test(value))) {
        problems.push(`${code}.${field}：“${String(value)}”不是非负十进制数 / ${code}.${field}: "${String(value)}" is not a non-negative decimal`);
      }
    }
  }
  if (problems.length > 0) throw new PolicyError('invalid-options', '用量数据无效 / invalid consumption figures', problems);
}

/**
 * Applies a policy catalog to an evaluation: for every scored firm the measures that apply, with
 * amounts in yuan (exact, rounded to the fen), the measures it qualified for but that do not
 * apply (and why), and the fiscal summary. Excluded firms get no measures, except exempt firms the
 * scheme manages as a class (managedAs). Pure; the output does not depend on the order of the
 * evaluation's results or records. {@link applyPoliciesToColumns} is the same on the engine's columns.
 *
 * @param evaluation - core's `evaluate` output.
 * @param catalog - a catalog (`getPolicyPreset`, or a file's content): it is checked with
 *   `validateCatalog` first (a catalog is small, so this costs nothing next to the firms), and an
 *   invalid one throws `PolicyError` 'invalid-catalog' listing the issues.
 * @param options - history, year, records (electricity, land and who holds it), consumption, settings, new firms.
 */
export function applyPolicies(evaluation: Evaluation, catalog: PolicyCatalog, options: ApplyOptions = {}): PolicyOutcome {
  const records = new Map<string, EnterpriseRecord>();
  for (const r of options.records ?? []) if (!records.has(r.creditCode)) records.set(r.creditCode, r);
  const given = options.records;
  const leaseKnown = given === undefined ? null : given.some((r) => r.landLeasedInMu !== undefined || r.rentedFloorM2 !== undefined);
  return applyToSubjects(policySubjects(evaluation, records), catalog, options, leaseKnown);
}

/**
 * {@link applyPolicies} on @mujun/core's columnar evaluation (`evaluateColumnar`): the firms and
 * their figures read from the columns, no result or record objects. Same outcome, same order.
 */
export function applyPoliciesToColumns(
  evaluation: ColumnarEvaluation,
  catalogInput: PolicyCatalog,
  options: Omit<ApplyOptions, 'records'> = {},
): PolicyOutcome {
  const { numbers } = evaluation.records;
  return applyToSubjects(
    columnarPolicySubjects(evaluation),
    catalogInput,
    options,
    numbers.landLeasedInMu !== undefined || numbers.rentedFloorM2 !== undefined,
  );
}

/** The catalog applied to its subjects; `leaseKnown`: whether the data can tell a tenant (null: no records). */
function applyToSubjects(
  subjects: readonly PolicySubject[],
  catalogInput: PolicyCatalog,
  options: Omit<ApplyOptions, 'records'>,
  leaseKnown: boolean | null,
): PolicyOutcome {
  const checked = validateCatalog(catalogInput);
  if (!checked.success)
    throw new PolicyError(
      'invalid-catalog',
      '政策目录无效 / invalid policy catalog',
      checked.error.issues.map((i) => i.message),
    );
  const catalog = checked.data;
  checkConsumption(options);
  const settings = resolveSettings(catalog, options.settings);
  const history = options.history;
  const year = options.year ?? (history?.latestYear != null ? history.latestYear + 1 : null);
  const newFirms = new Set(options.newFirms ?? []);
  const rules = combinationRules(catalog);
  const skippedCount = new Map<string, number>();
  let tenants = 0;
  let tenant = false;
  const pricers = catalog.measures.map((m) => measurePricer(m, settings.values));

  const measures = catalog.measures;
  const firms: FirmPolicies[] = subjects.map((subject) => {
    const consecutiveYears = year === null ? 1 : consecutiveYearsInClass(history, subject.creditCode, subject.class, year);
    const newFirm = newFirms.has(subject.creditCode) || isAbsentFromHistory(history, subject.creditCode);
    const standing = { consecutiveYears, newFirm };
    const inputs: FirmInputs = { subject, consumption: options.consumption?.[subject.creditCode] };
    const priced: AppliedMeasure[] = [];
    const skipped: SkippedMeasure[] = [];
    for (let i = 0; i < measures.length; i++) {
      if (!measureApplies(measures[i] as Measure, subject, standing)) continue;
      const p = (pricers[i] as Pricer)(inputs);
      if ('reason' in p) {
        skipped.push(p);
        skippedCount.set(`${p.reason}:${p.measureId}`, (skippedCount.get(`${p.reason}:${p.measureId}`) ?? 0) + 1);
        if (p.reason === 'not-land-right-holder') tenant = true;
      } else priced.push(p);
    }
    if (tenant) tenants += 1;
    tenant = false;
    // One measure or none needs no combining (most firms): a lone candidate always stays.
    const { kept, skipped: dropped } = priced.length < 2 ? { kept: priced, skipped: [] } : combineMeasures(priced, rules);
    return {
      creditCode: subject.creditCode,
      name: subject.name,
      class: subject.class,
      group: subject.group,
      county: subject.county,
      industryCode: subject.industryCode,
      managedAs: subject.managedAs,
      consecutiveYears,
      newFirm,
      measures: kept,
      skipped: dropped.length === 0 ? skipped : [...skipped, ...dropped],
      surcharge: moneyOf(kept, 'surcharge'),
      relief: moneyOf(kept, 'relief'),
    };
  });

  const outOfPeriod = periodWarnings(catalog.measures, year);
  const warnings = [...settings.warnings, ...outOfPeriod.warnings];
  for (const m of catalog.measures) {
    if (m.source.status === 'reported-unverified')
      warnings.push(`${m.id}：来源原文未核实（${m.source.document}），仅作示例 / ${m.id}: source text not verified (${m.source.document})`);
  }
  for (const key of [...skippedCount.keys()].sort()) {
    const [reason, id] = key.split(':');
    if (reason === 'missing-consumption') {
      warnings.push(
        `${id}：${skippedCount.get(key)} 家企业缺少用量数据，未计算 / ${id}: skipped for ${skippedCount.get(key)} firm(s) without the consumption figure`,
      );
    }
  }
  warnings.push(...landWarnings(catalog, leaseKnown, tenants));
  if (history === undefined && catalog.measures.some((m) => m.conditions.consecutiveYears !== undefined)) {
    warnings.push('未提供往年结果，连续年数按 1 年计 / no history given: every firm counts as its first year in its class');
  }
  return {
    catalogId: catalog.id,
    year,
    firms,
    fiscal: fiscalSummary(firms),
    settings: settings.values,
    missingSettings: settings.missing,
    outOfPeriod: outOfPeriod.measures,
    warnings,
  };
}

/** The sum of a firm's kept amounts of one kind, in yuan: an amount alone is its own sum. */
function moneyOf(kept: readonly AppliedMeasure[], kind: 'surcharge' | 'relief'): string {
  let only: string | null = null;
  let count = 0;
  for (const k of kept)
    if (k.kind === kind) {
      only = k.amount ?? '0.00';
      count++;
    }
  if (count === 0) return '0.00';
  if (count === 1 && only !== null) return only;
  return sumYuan(kept.filter((k) => k.kind === kind).map((k) => k.amount ?? '0'));
}
