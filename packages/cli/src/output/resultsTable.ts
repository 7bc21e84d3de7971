/**
 * The results as one table for Excel/WPS: every scored enterprise (by group, county, rank), then
 * every excluded one with its reason, so the sheet lists each enterprise of the input exactly once.
 */
import { EXCLUSION_LABELS, INDICATOR_LABELS, indicatorColumnsOf, resultsLayout, toSignificant } from '@mujun/csv';
import { adjustmentText, bilingualPart, type TableLanguage } from './tableLanguage.js';
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
 * status, class and policy names, details): `both` (the CSV's, 中文 and English side by side, ids
 * for groups and measures), or one of them alone (the workbook's).
 */
export function resultsTable(run: ScoreRun, language: TableLanguage = 'both'): Table {
  const say = (zh: string, en: string, both = `${zh} ${en}`) => (language === 'zh' ? zh : language === 'en' ? en : both);
  const { evaluation } = run;
  const { scheme } = evaluation;
  const indicatorIds = indicatorColumnsOf(scheme);
  const tierNames = new Map(scheme.classes.tiers.map((t) => [t.id as string, say(t.name, t.nameEn)]));
  const groupNames = new Map(scheme.groups.map((g) => [g.id, say(g.name, g.nameEn, g.id)]));
  const groupName = (id: string | undefined) => (id === undefined ? '' : (groupNames.get(id) ?? id));
  const year = evaluation.referenceDate?.slice(0, 4) ?? '';
  const policies = new Map((run.policies?.firms ?? []).map((f) => [f.creditCode, f]));
  const policyCells = (code: string): string[] => {
    if (!run.policies) return [];
    const p = policies.get(code);
    return p ? [p.surcharge, p.relief, p.measures.map((m) => say(m.name.zh, m.name.en, m.measureId)).join(language === 'zh' ? '；' : ';')] : ['', '', ''];
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
        groupName(r.group),
        say('已评价', 'scored'),
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
          .map((i) => say(INDICATOR_LABELS[i.id].zh, INDICATOR_LABELS[i.id].en, i.id))
          .join(language === 'zh' ? '、' : ';'),
        r.adjustments.map((a) => adjustmentText(a, language)).join(language === 'zh' ? '；' : ';'),
        ...policyCells(r.creditCode),
        '',
      ];
    }
    for (const e of evaluation.excluded) {
      const label = EXCLUSION_LABELS[e.reason];
      const blanks = indicatorIds.flatMap(() => ['', '']);
      const status = say(`排除：${label.zh}`, `excluded: ${label.en}`, `排除 excluded: ${label.zh} ${label.en}`);
      const county = run.records[e.index]?.county ?? '';
      yield [
        year,
        e.creditCode,
        e.name,
        county,
        groupName(e.group),
        status,
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
