/**
 * The results as one table for Excel/WPS: every scored enterprise (by group, county, rank), then
 * every excluded one with its reason, so the sheet lists each enterprise of the input exactly once.
 */
import { EXCLUSION_LABELS, indicatorColumnsOf, resultsLayout, toSignificant } from '@mujun/csv';
import type { ScoreRun } from './scoreRun.js';

/** A column with its English (canonical) and Chinese headers. */
export interface TableColumn {
  en: string;
  zh: string;
  /** How the writer treats the cell: figures stay numbers, codes stay text in Excel. */
  kind?: 'text' | 'number' | 'code';
}

/** Header and rows, every cell a string. */
export interface Table {
  columns: TableColumn[];
  /** Produced one at a time as the writer asks, so a million firms never sit in memory as cells. */
  rows: Iterable<string[]>;
}

/** An indicator value as the layout shows it (`six-digits`; the JSON output keeps every digit). */
function shownValue(value: string | null): string {
  return value === null ? '' : toSignificant(value, 6);
}

/** Builds the results table of a run from its evaluation as objects, in @mujun/csv's results layout. */
export function resultsTable(run: ScoreRun): Table {
  const { evaluation } = run;
  const { scheme } = evaluation;
  const indicatorIds = indicatorColumnsOf(scheme);
  const tierNames = new Map(scheme.classes.tiers.map((t) => [t.id as string, `${t.name} ${t.nameEn}`]));
  const year = evaluation.referenceDate?.slice(0, 4) ?? '';
  const policies = new Map((run.policies?.firms ?? []).map((f) => [f.creditCode, f]));
  const policyCells = (code: string): string[] => {
    if (!run.policies) return [];
    const p = policies.get(code);
    return p ? [p.surcharge, p.relief, p.measures.map((m) => m.measureId).join(';')] : ['', '', ''];
  };
  const columns: TableColumn[] = resultsLayout(scheme, { policies: run.policies !== undefined }).map((c) => ({ en: c.en, zh: c.zh, kind: c.kind }));
  const ordered = [...evaluation.results].sort((a, b) => (a.pool < b.pool ? -1 : a.pool > b.pool ? 1 : a.rank - b.rank || (a.creditCode < b.creditCode ? -1 : 1)));
  function* rows(): Generator<string[]> {
    for (const r of ordered) {
      const byId = new Map(r.indicators.map((i) => [i.id, i]));
      yield [
        year,
        r.creditCode,
        r.name,
        r.county ?? '',
        r.group,
        '已评价 scored',
        r.class,
        tierNames.get(r.class) ?? '',
        r.total,
        String(r.rank),
        String(r.poolSize),
        r.landMu,
        ...indicatorIds.flatMap((id) => {
          const i = byId.get(id);
          return i ? [shownValue(i.value), i.score] : ['', ''];
        }),
        r.indicators.filter((i) => i.imputed).map((i) => i.id).join(';'),
        r.adjustments.map((a) => `${a.flag} ${a.kind === 'veto' ? (a.effect ?? 'veto') : a.points}`).join(';'),
        ...policyCells(r.creditCode),
        '',
      ];
    }
    for (const e of evaluation.excluded) {
      const label = EXCLUSION_LABELS[e.reason];
      const blanks = indicatorIds.flatMap(() => ['', '']);
      const status = `排除 excluded: ${label.zh} ${label.en}`;
      const county = run.records[e.index]?.county ?? '';
      yield [year, e.creditCode, e.name, county, e.group ?? '', status, '', '', '', '', '', '', ...blanks, '', '', ...policyCells(e.creditCode), e.detail];
    }
  }
  return { columns, rows: rows() };
}
