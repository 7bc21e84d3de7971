/**
 * The results as one table for Excel/WPS: every scored enterprise (by group, county, rank), then
 * every excluded one with its reason, so the sheet lists each enterprise of the input exactly once.
 */
import { bilingualPart, exactIndicatorValue, smallPoolText, compareText } from '@mujun/core';
import { CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO, decimalText, unitsText } from '@mujun/core/engine';
import {
  adjustmentText,
  exclusionStatus,
  groupNameOf,
  indicatorColumnsOf,
  resultsLayout,
  type ResultsColumn,
  shownValue,
  type TableLanguage,
  tableWords,
} from '@mujun/csv';
import type { ScoreRun } from '../run/scoreRun.js';

/** Header and rows, every cell a string. */
export interface Table {
  /** @mujun/csv's results layout: English (canonical) and Chinese headers, the unit (a workbook shows it in every header) and the kind of cell. */
  columns: ResultsColumn[];
  /** Produced one at a time as the writer asks, so a million firms never sit in memory as cells. */
  rows: Iterable<string[]>;
}

/**
 * Builds the results table of a run as string cells, from the engine's columns (pools by key,
 * each in rank order, then the excluded firms), for the workbook — the same cells @mujun/csv's
 * byte writers put in the results CSV (the tests compare them byte for byte): both follow the one
 * results layout. `language` is the language of the headers and of the text cells (group,
 * status, class and policy names, details): @mujun/csv's tableLanguage gives the words.
 */
export function resultsTable(run: ScoreRun, language: TableLanguage): Table {
  const ev = run.columns;
  const { scheme, records, facts } = ev;
  const { decimals } = scheme.rounding;
  const words = tableWords(scheme, language);
  const indicatorIds = indicatorColumnsOf(scheme);
  const tiers = scheme.classes.tiers;
  const year = ev.referenceDate?.slice(0, 4) ?? '';
  const policies = new Map((run.policies?.firms ?? []).map((f) => [f.creditCode, f]));
  const policyCells = (code: string): string[] => {
    if (!run.policies) return [];
    const p = policies.get(code);
    return p ? [p.surcharge, p.relief, p.measures.map((m) => m.name[language]).join(words.itemSeparator)] : ['', '', ''];
  };
  const columns = resultsLayout(scheme, { policies: run.policies !== undefined });
  const pools = [...ev.pools].sort((a, b) => compareText(a.key, b.key));
  function* rows(): Generator<string[]> {
    for (const pool of pools) {
      const specs = pool.group.indicators;
      const m = specs.length;
      const column = indicatorIds.map((id) => specs.findIndex((spec) => spec.id === id));
      // A pool under the scheme's minimum size: each of its firms' 说明 says how it was classed and benchmarked.
      const note = pool.smallPool === undefined ? '' : smallPoolText(pool.smallPool)[language];
      for (let p = 0; p < pool.members.length; p++) {
        const member = pool.order[p] as number;
        const i = pool.members[member] as number;
        const tier = pool.classIndex[p] as number;
        const imputed = specs.filter((_, j) => ((pool.cell[member * m + j] as number) & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE)) !== 0);
        const code = records.creditCode[i] as string;
        yield [
          year,
          code,
          records.name[i] as string,
          records.county[i] ?? '',
          groupNameOf(scheme, words, pool.group.id),
          words.scored,
          tiers[tier]!.id,
          words.tierNames[tier]!,
          unitsText(pool.totalUnits[member] as number, decimals),
          String(pool.rank[p]),
          String(pool.members.length),
          decimalText(facts.landMu, i) ?? '',
          ...column.flatMap((j) => {
            if (j < 0) return ['', ''];
            const c = member * m + j;
            return [shownValue(pool.value[c] as number, () => exactIndicatorValue(facts, specs[j]!, i)), unitsText(pool.shownUnits[c] as number, decimals)];
          }),
          imputed.map((spec) => words.indicatorNames[spec.id]).join(words.nameSeparator),
          (ev.adjustments.get(i) ?? []).map((a) => adjustmentText(a, language)).join(words.itemSeparator),
          ...policyCells(code),
          note,
        ];
      }
    }
    for (const e of ev.excluded) {
      yield [
        year,
        e.creditCode,
        e.name,
        records.county[e.index] ?? '',
        groupNameOf(scheme, words, e.group),
        exclusionStatus(e.reason, language),
        ...Array.from({ length: 6 + 2 * indicatorIds.length + 2 }, () => ''),
        ...policyCells(e.creditCode),
        bilingualPart(e.detail, language),
      ];
    }
  }
  return { columns, rows: rows() };
}
