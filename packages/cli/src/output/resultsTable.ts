/**
 * The results as one table for Excel/WPS: every scored enterprise (by group, county, rank), then
 * every excluded one with its reason, so the sheet lists each enterprise of the input exactly once.
 */
import {
  adjustmentText,
  bilingualPart,
  exclusionStatus,
  groupNameOf,
  indicatorColumnsOf,
  resultsLayout,
  smallPoolNote,
  type TableLanguage,
  tableWords,
  toSignificant,
} from '@mujun/csv';
import type { ScoreRun } from './scoreRun.js';

/** A column with its English (canonical) and Chinese headers. */
export interface TableColumn {
  en: string;
  zh: string;
  /** How the writer treats the cell: figures stay numbers, codes stay text in Excel. */
  kind?: 'text' | 'number' | 'code';
  /** The unit of a figure column (a workbook shows it in every header). */
  unit?: { zh: string; en: string };
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

/**
 * Builds the results table of a run. `language` is the language of the text cells (group,
 * status, class and policy names, details), the language of the headers: @mujun/csv's
 * tableLanguage gives the words, as it gives them to the table written from columns.
 */
export function resultsTable(run: ScoreRun, language: TableLanguage): Table {
  const { evaluation } = run;
  const { scheme } = evaluation;
  const words = tableWords(scheme, language);
  const indicatorIds = indicatorColumnsOf(scheme);
  const tierNames = new Map(scheme.classes.tiers.map((t, k) => [t.id as string, words.tierNames[k]!]));
  const year = evaluation.referenceDate?.slice(0, 4) ?? '';
  const notes = new Map(evaluation.pools.flatMap((p) => (p.smallPool === undefined ? [] : [[p.pool, smallPoolNote(p.smallPool, language)] as const])));
  const policies = new Map((run.policies?.firms ?? []).map((f) => [f.creditCode, f]));
  const policyCells = (code: string): string[] => {
    if (!run.policies) return [];
    const p = policies.get(code);
    return p ? [p.surcharge, p.relief, p.measures.map((m) => m.name[language]).join(words.itemSeparator)] : ['', '', ''];
  };
  const columns: TableColumn[] = resultsLayout(scheme, { policies: run.policies !== undefined }).map((c) => ({
    en: c.en,
    zh: c.zh,
    kind: c.kind,
    ...(c.unit === null ? {} : { unit: c.unit }),
  }));
  const ordered = [...evaluation.results].sort((a, b) =>
    a.pool < b.pool ? -1 : a.pool > b.pool ? 1 : a.rank - b.rank || (a.creditCode < b.creditCode ? -1 : 1),
  );
  function* rows(): Generator<string[]> {
    for (const r of ordered) {
      const byId = new Map(r.indicators.map((i) => [i.id, i]));
      yield [
        year,
        r.creditCode,
        r.name,
        r.county ?? '',
        groupNameOf(scheme, words, r.group),
        words.scored,
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
        r.indicators
          .filter((i) => i.imputed)
          .map((i) => words.indicatorNames[i.id])
          .join(words.nameSeparator),
        r.adjustments.map((a) => adjustmentText(a, language)).join(words.itemSeparator),
        ...policyCells(r.creditCode),
        notes.get(r.pool) ?? '',
      ];
    }
    for (const e of evaluation.excluded) {
      const blanks = indicatorIds.flatMap(() => ['', '']);
      const county = run.records[e.index]?.county ?? '';
      yield [
        year,
        e.creditCode,
        e.name,
        county,
        groupNameOf(scheme, words, e.group),
        exclusionStatus(e.reason, language),
        '',
        '',
        '',
        '',
        '',
        '',
        ...blanks,
        '',
        '',
        ...policyCells(e.creditCode),
        bilingualPart(e.detail, language),
      ];
    }
  }
  return { columns, rows: rows() };
}
