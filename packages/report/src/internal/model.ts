import { bilingualPart, type EnterpriseRecord, type EnterpriseResult, type Evaluation, type Exclusion, smallPoolText, compareText } from '@mujun/core';
import type { FirmPolicies } from '@mujun/policy';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ReportInput } from '../types.js';
import { formatDecimal } from './decimal.js';
import { dataSection, Strings } from './firmData.js';
import { poolExplainer } from './explainer.js';
import { measuresSection } from './firmPolicies.js';
import { industryDivision } from './industries.js';
import { nextClassSections } from './nextClass.js';
import { indicatorSection, INDICATOR_ORDER } from './indicatorRows.js';
import type { ReportMeta } from './reportMeta.js';

/**
 * The JSON embedded in the page, built to stay small at tens of thousands of firms: the table's
 * columns as arrays (one entry per firm), repeated words once in `S`, and each sheet's detail as
 * one compact string (see `firmDetail`) that the page decodes only when the sheet is shown.
 */
export interface ReportData {
  lang: string;
  ui: Dictionary['ui'];
  classNames: Record<string, string>;
  classes: string[];
  head: { title: string; year: string; scheme: string; issuer: string; date: string };
  /** Shared strings, referred to by index from the columns and the detail strings. */
  S: string[];
  groups: { id: string; label: string }[];
  counties: string[];
  /** Pools in the evaluation's order, with their published class cut-offs (lowest total per class). */
  pools: { label: string; size: number; cut: [string, string][] }[];
  indicators: { label: string; unit: string }[];
  /** Division code → name (GB/T 4754-2017), for the divisions present. */
  industries: Record<string, string>;
  /** What the earlier side of the comparison is called (a year, a run); null without one. */
  previousLabel: string | null;
  /** Scored firms, in sheet order: pool, then rank, then credit code. Sheet numbers follow this order. */
  t: {
    code: string[];
    name: string[];
    county: number[];
    group: number[];
    pool: number[];
    industry: string[];
    land: string[];
    total: string[];
    cls: string[];
    rank: number[];
    /** Class (or "excluded" / "new") on the earlier side; "" without a comparison. */
    prev: string[];
    /** Firm indices in name order (the language's collator), so a sort by name costs no comparisons in the page. */
    nameOrder: number[];
    detail: string[];
  };
  /** Firms not evaluated, by credit code: [code, name, reason, detail, data detail, earlier class]. */
  x: [string, string, string, string, string, string][];
}

/** Class letters best first: the scheme's tiers. */
export function classOrder(evaluation: Evaluation): string[] {
  return evaluation.scheme.classes.tiers.map((t) => t.id);
}

/** The scored firms in sheet order: the evaluation's pool order, rank, credit code. */
export function sheetOrder(evaluation: Evaluation): EnterpriseResult[] {
  const poolIndex = new Map(evaluation.pools.map((p, i) => [p.pool, i]));
  return [...evaluation.results].sort(
    (a, b) => (poolIndex.get(a.pool) ?? 0) - (poolIndex.get(b.pool) ?? 0) || a.rank - b.rank || compareText(a.creditCode, b.creditCode),
  );
}

/** The name of a pool as people read it: its group, and its county when pools are per county. */
export function poolLabel(evaluation: Evaluation, pool: string, dict: Dictionary): string {
  const p = evaluation.pools.find((x) => x.pool === pool);
  if (!p) return pool;
  return `${label(dict.groups, p.group)}${p.county ? ' · ' + p.county : ''}`;
}

/** Builds the embedded data from the report input. */
export function buildReportData(
  input: ReportInput,
  dict: Dictionary,
  meta: ReportMeta,
  previous: Map<string, string> | undefined,
  previousLabel: string | null,
): ReportData {
  const lang = input.lang ?? 'zh';
  const ev = input.evaluation;
  const S = new Strings();
  const records = new Map<string, EnterpriseRecord>();
  for (const r of input.records ?? []) records.set(r.creditCode, r);
  const policies = new Map<string, FirmPolicies>();
  for (const f of input.policy?.firms ?? []) policies.set(f.creditCode, f);
  const explainer = poolExplainer(ev, input.records);
  const groupIds = [...new Set(ev.results.map((r) => r.group))];
  const counties = [...new Set(ev.results.map((r) => r.county ?? ''))].filter((c) => c !== '').sort();
  const poolIndex = new Map(ev.pools.map((p, i) => [p.pool, i]));
  const classes = classOrder(ev);
  const firms = sheetOrder(ev);
  const industries: Record<string, string> = {};
  const t: ReportData['t'] = {
    code: [],
    name: [],
    county: [],
    group: [],
    pool: [],
    industry: [],
    land: [],
    total: [],
    cls: [],
    rank: [],
    prev: [],
    nameOrder: [],
    detail: [],
  };
  for (const r of firms) {
    const division = industryDivision(r.industryCode, lang);
    if (division.code) industries[division.code] = division.name;
    t.code.push(r.creditCode);
    t.name.push(r.name);
    t.county.push(counties.indexOf(r.county ?? ''));
    t.group.push(groupIds.indexOf(r.group));
    t.pool.push(poolIndex.get(r.pool) ?? -1);
    t.industry.push(r.industryCode ?? '');
    t.land.push(formatDecimal(r.landMu, 2));
    t.total.push(r.total);
    t.cls.push(r.class);
    t.rank.push(r.rank);
    t.prev.push(previous?.get(r.creditCode) ?? '');
    const policy = input.policy ? (policies.get(r.creditCode) ?? null) : undefined;
    t.detail.push(firmDetail(r, records.get(r.creditCode), policy, explainer, input, dict, S));
  }
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'zh-Hans-CN', { numeric: true });
  t.nameOrder = t.name.map((_, i) => i).sort((a, b) => collator.compare(t.name[a] ?? '', t.name[b] ?? '') || a - b);
  const excluded = [...ev.excluded].sort((a, b) => compareText(a.creditCode, b.creditCode));
  return {
    lang,
    ui: dict.ui,
    classNames: dict.classes,
    classes,
    head: { title: meta.title, year: meta.year === null ? '' : String(meta.year), scheme: meta.scheme, issuer: meta.issuer, date: meta.date },
    S: S.list,
    groups: groupIds.map((id) => ({ id, label: label(dict.groups, id) })),
    counties,
    pools: ev.pools.map((p) => ({
      label:
        poolLabel(ev, p.pool, dict) +
        (p.smallPool === undefined ? '' : lang === 'en' ? ` (${smallPoolText(p.smallPool).en})` : `（${smallPoolText(p.smallPool).zh}）`),
      size: p.size,
      cut: classes.flatMap((c): [string, string][] => {
        const floor = p.lowestTotal[c as keyof typeof p.lowestTotal];
        return floor === undefined ? [] : [[c, floor]];
      }),
    })),
    indicators: INDICATOR_ORDER.map((id) => ({ label: label(dict.indicators, id), unit: dict.units[id] ?? '' })),
    industries,
    previousLabel,
    t,
    x: excluded.map((e) => excludedRow(e, records.get(e.creditCode), previous, input, dict, S)),
  };
}

/**
 * One sheet's detail as a compact string: sections joined by "~", items by ";", fields by "|".
 * Only numbers, decimal strings, codes and indices into `S` appear in it, none of which contain
 * a separator, so no escaping is needed. Sections: 0 indicators, 1 adjustments, 2 data used,
 * 3 data sources, 4 policies, 5 policy totals, 6 way up, 7 its paths, 8 class before veto.
 */
function firmDetail(
  r: EnterpriseResult,
  record: EnterpriseRecord | undefined,
  policy: FirmPolicies | null | undefined,
  explainer: ReturnType<typeof poolExplainer>,
  input: ReportInput,
  dict: Dictionary,
  S: Strings,
): string {
  const lang = input.lang ?? 'zh';
  const adjustments = r.adjustments
    .map((a) =>
      [
        S.id(dict.ui[a.kind]),
        S.id(label(dict.flags, a.flag)),
        a.kind === 'veto' ? '' : a.points,
        a.effect ? S.id(label(dict.vetoEffects, a.effect)) : '',
        a.source ? S.id(label(dict.adjustmentSources, a.source)) : '',
      ].join('|'),
    )
    .join(';');
  const { data, sources } = dataSection(r.landMu, record, input.provenance?.[r.creditCode] ?? {}, dict, S);
  const explanation = explainer(r);
  const [next, paths] = explanation ? nextClassSections(explanation.nextClass, (b) => S.id(b[lang])) : ['', ''];
  return [indicatorSection(r), adjustments, data, sources, ...measuresSection(policy, lang, dict, S), next, paths, r.classBeforeVeto ?? ''].join('~');
}

function excludedRow(
  e: Exclusion,
  record: EnterpriseRecord | undefined,
  previous: Map<string, string> | undefined,
  input: ReportInput,
  dict: Dictionary,
  S: Strings,
): ReportData['x'][number] {
  const { data, sources } = record ? dataSection(null, record, input.provenance?.[e.creditCode] ?? {}, dict, S) : { data: '', sources: '' };
  // Core's detail names an exempting flag by its id ("免评 (high-tech)"): its English half too is shown by the name.
  const detail = bilingualPart(e.detail, input.lang ?? 'zh').replace(/\(([a-z][a-z-]*)\)/g, (whole, flag: string) =>
    dict.flags[flag] ? `(${dict.flags[flag]})` : whole,
  );
  return [e.creditCode, e.name, label(dict.reasons, e.reason), detail, `${data}~${sources}`, previous?.get(e.creditCode) ?? ''];
}
