import { explain, NUMERIC_FIELDS } from '@mujun/core';
import type { EnterpriseRecord, EnterpriseResult, Evaluation, Explanation, NextClass } from '@mujun/core';
import { fill, label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { AppliedMeasure, FirmPolicies } from '@mujun/policy';
import type { ReportInput, ReportLang } from '../types.js';
import { formatDecimal, formatMeasure } from './decimal.js';

/** One row of a sheet's "data used" table. */
export interface DataRowView {
  label: string;
  value: string;
  source: string;
}

/** The way to the next class, from core's `explain`, in the report's language. */
export interface NextClassView {
  /** 'reachable' | 'top' | 'veto' | 'small-pool' | 'no-places'. */
  status: string;
  targetClass: string | null;
  pointsNeeded: string | null;
  /** What the target is and how it was defined (or why there is none). */
  text: string;
  /** One line per indicator: the value that alone reaches the target, or why it cannot. */
  paths: { text: string; reachable: boolean }[];
}

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
  policies: { name: string; kind: string; amount: string; detail: string; source: string }[] | null;
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
export function buildReportData(input: ReportInput, dict: Dictionary, previous: Map<string, string> | undefined): ReportData {
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

function dataRows(r: EnterpriseResult, record: EnterpriseRecord | undefined, sources: NonNullable<ReportInput['provenance']>[string], dict: Dictionary): DataRowView[] {
  const source = (field: string): string => sourceLabel(sources[field], dict);
  const rows: DataRowView[] = [];
  if (record) {
    for (const field of NUMERIC_FIELDS) {
      const v = record[field];
      if (v !== undefined) rows.push({ label: label(dict.fields, field), value: trimZeros(formatDecimal(v, 4)), source: source(field) });
    }
    const lists = [['flags', record.flags], ['violations', record.violations]] as const;
    for (const [field, list] of lists) {
      // @mujun/csv records a flag's origin per flag (`flags.high-tech`); the first one stands for the list.
      if (list && list.length > 0)
        rows.push({ label: label(dict.fields, field), value: list.map((f) => label(dict.flags, f)).join('、'), source: source(field) || source(`${field}.${list[0]}`) });
    }
  }
  rows.push({ label: label(dict.fields, 'landMu'), value: trimZeros(formatDecimal(r.landMu, 4)), source: label(dict.bureaus, 'computed') });
  return rows;
}

function measureView(m: AppliedMeasure, lang: ReportLang, dict: Dictionary): NonNullable<FirmView['policies']>[number] {
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

function policyTotal(p: FirmPolicies, dict: Dictionary): string | null {
  const parts: string[] = [];
  if (p.measures.some((m) => m.kind === 'surcharge')) parts.push(fill(dict.ui.surchargeTotal, { amount: formatDecimal(p.surcharge, 2) }));
  if (p.measures.some((m) => m.kind === 'relief')) parts.push(fill(dict.ui.reliefTotal, { amount: formatDecimal(p.relief, 2) }));
  return parts.length > 0 ? parts.join(dict.ui.listSep) : null;
}

/** "12.5000" → "12.5", "100.0000" → "100": the bureau's figure without padding. */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

function nextClassView(next: NextClass, lang: ReportLang): NextClassView {
  return {
    status: next.status,
    targetClass: next.targetClass,
    pointsNeeded: next.pointsNeeded,
    text: next.text[lang],
    paths: next.byIndicator.map((p) => ({ text: p.text[lang], reachable: p.reachable })),
  };
}

/**
 * A source as people read it: the bureau, with the file and row when known. Files named after a
 * bureau (`tax.csv`, `税务.csv` is not recognised) show that bureau's name.
 */
export function sourceLabel(source: string | { source: string; row?: number } | undefined, dict: Dictionary): string {
  if (source === undefined) return '';
  const path = typeof source === 'string' ? source : source.source;
  const file = path.split(/[\\/]/).pop() ?? path;
  const stem = file.replace(/\.[^.]*$/, '');
  const bureau = dict.bureaus[stem];
  const where = typeof source === 'string' || source.row === undefined ? file : `${file}:${source.row}`;
  if (bureau === undefined) return where;
  return where === stem ? bureau : `${bureau} (${where})`;
}

/** The earlier side's place: a class letter (shown as a badge) or the words for excluded/new. */
function previousName(place: string | undefined, dict: Dictionary): string | null {
  if (place === undefined) return null;
  if (place === 'excluded') return dict.ui.notEvaluated;
  if (place === 'new') return dict.ui.newFirm;
  return place;
}

/**
 * `explain` for each firm, given only the firm's pool: explain looks at the pool alone, so the
 * answer is the same, and a district of many pools is not scanned whole once per firm.
 */
export function poolExplainer(evaluation: Evaluation): (r: EnterpriseResult) => Explanation | undefined {
  const byPool = new Map<string, EnterpriseResult[]>();
  for (const r of evaluation.results) {
    const list = byPool.get(r.pool);
    if (list) list.push(r);
    else byPool.set(r.pool, [r]);
  }
  const views = new Map([...byPool].map(([pool, results]) => [pool, { ...evaluation, results }]));
  return (r) => explain(views.get(r.pool) ?? evaluation, r.creditCode);
}
