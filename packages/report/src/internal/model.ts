import type { EnterpriseRecord, EnterpriseResult, Evaluation, Explanation } from '@mujun/core';
import type { FirmPolicies } from '@mujun/policy';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ReportInput } from '../types.js';
import { formatDecimal, formatMeasure } from './decimal.js';
import { poolExplainer, nextClassView } from './explainer.js';
import type { NextClassView } from './explainer.js';
import { dataRows } from './firmData.js';
import type { DataRowView } from './firmData.js';
import { measureView, policyTotal } from './firmPolicies.js';
import type { MeasureView } from './firmPolicies.js';

/** Everything the page script needs about one enterprise, already translated and formatted. */
export interface FirmView {
  code: string;
  name: string;
  county: string;
  industry: string;
  groupId: string;
  group: string;
  pool: string;
  landMu: string;
  total: string;
  class: string;
  classBeforeVeto: string | null;
  previousClass: string | null;
  rank: number;
  poolSize: number;
  indicators: { label: string; unit: string; value: string; benchmark: string; weight: string; score: string; note: string }[];
  adjustments: { kind: string; label: string; points: string; effect: string; source: string }[];
  data: DataRowView[];
  /** null = no policy catalog given. */
  policies: MeasureView[] | null;
  /** "加价合计 … 元；减免合计 … 元" when any money measure applies. */
  policyTotal: string | null;
  next: NextClassView | null;
  /** "37.35 + 24.48 + … = 115.99": the shown contributions adding up to the total. */
  sum: string;
}

/** The JSON embedded in the page. */
export interface ReportData {
  lang: string;
  ui: Dictionary['ui'];
  classNames: Record<string, string>;
  classes: string[];
  groups: { id: string; label: string }[];
  counties: string[];
  /** What the earlier side of the comparison is called (a year, a run, a scheme); null without one. */
  previousLabel: string | null;
  firms: FirmView[];
}

/** Class letters best first: the scheme's tiers, else A–D plus any other class the results use. */
export function classOrder(evaluation: Evaluation): string[] {
  const tiers = evaluation.scheme?.classes?.tiers?.map((t) => t.id as string) ?? [];
  if (tiers.length > 0) return tiers;
  const used = new Set<string>(['A', 'B', 'C', 'D']);
  for (const r of evaluation.results) used.add(r.class);
  return ['A', 'B', 'C', 'C-', 'D'].filter((c) => used.has(c));
}

/** Builds the embedded data from the report input. */
export function buildReportData(input: ReportInput, dict: Dictionary, migration: { previous: Map<string, string>; fromLabel: string } | undefined): ReportData {
  const previous = migration?.previous;
  const lang = input.lang ?? 'zh';
  const records = new Map<string, EnterpriseRecord>();
  for (const r of input.records ?? []) records.set(r.creditCode, r);
  const policies = new Map<string, FirmPolicies>();
  for (const f of input.policy?.firms ?? []) policies.set(f.creditCode, f);
  const explainer = poolExplainer(input.evaluation);
  const groupIds = [...new Set(input.evaluation.results.map((r) => r.group))];
  const counties = [...new Set(input.evaluation.results.map((r) => r.county ?? ''))].filter((c) => c !== '').sort();
  return {
    lang,
    ui: dict.ui,
    classNames: dict.classes,
    classes: classOrder(input.evaluation),
    groups: groupIds.map((id) => ({ id, label: label(dict.groups, id) })),
    counties,
    previousLabel: migration?.fromLabel ?? null,
    firms: input.evaluation.results.map((r) => firmView(r, explainer(r), records.get(r.creditCode), input.policy ? (policies.get(r.creditCode) ?? null) : undefined, previous, input, dict)),
  };
}

function firmView(
  r: EnterpriseResult,
  explanation: Explanation | undefined,
  record: EnterpriseRecord | undefined,
  policy: FirmPolicies | null | undefined,
  previous: Map<string, string> | undefined,
  input: ReportInput,
  dict: Dictionary,
): FirmView {
  const lang = input.lang ?? 'zh';
  return {
    code: r.creditCode,
    name: r.name,
    county: r.county ?? '',
    industry: r.industryCode ?? '',
    groupId: r.group,
    group: label(dict.groups, r.group),
    pool: r.pool,
    landMu: formatDecimal(r.landMu, 2),
    total: r.total,
    class: r.class,
    classBeforeVeto: r.classBeforeVeto ?? null,
    previousClass: previousName(previous?.get(r.creditCode), dict),
    rank: r.rank,
    poolSize: r.poolSize,
    indicators: r.indicators.map((i) => ({
      label: label(dict.indicators, i.id),
      unit: dict.units[i.id] ?? '',
      value: i.value === null ? '—' : formatMeasure(i.value),
      benchmark: i.benchmark === null ? '—' : formatMeasure(i.benchmark),
      weight: i.weight,
      score: i.score,
      note: [i.imputed ? dict.ui.imputed : '', i.capped ? dict.ui.capped : ''].filter(Boolean).join(dict.ui.listSep),
    })),
    adjustments: r.adjustments.map((a) => ({
      kind: dict.ui[a.kind],
      label: label(dict.flags, a.flag),
      points: a.kind === 'veto' ? '' : a.points,
      effect: a.effect ? label(dict.vetoEffects, a.effect) : '',
      source: a.source ?? '',
    })),
    data: dataRows(r, record, input.provenance?.[r.creditCode] ?? {}, dict),
    policies: policy === undefined ? null : (policy?.measures ?? []).map((m) => measureView(m, lang, dict)),
    policyTotal: policy ? policyTotal(policy, dict) : null,
    next: explanation ? nextClassView(explanation.nextClass, lang) : null,
    sum: explanation?.sum ?? '',
  };
}

/** The earlier side's place: a class letter (shown as a badge) or the words for excluded/new. */
function previousName(place: string | undefined, dict: Dictionary): string | null {
  if (place === undefined) return null;
  if (place === 'excluded') return dict.ui.notEvaluated;
  if (place === 'new') return dict.ui.newFirm;
  return place;
}
