import { CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO, decimalText, unitsText, type ColumnarEvaluation, type IndicatorId } from '@mujun/core';
import { EXCLUSION_LABELS } from '../output/labels.js';
import type { CsvLine } from './csvLine.js';
import { shownValue } from './shownValue.js';

/**
 * output/resultsTable's rows as CSV lines, made one at a time from a columnar evaluation (a
 * million rows are never all in memory): scored firms by pool key, rank and credit code, then the
 * exclusions in input order (with the county, as the ordinary table has it). Same cells, same
 * order, same text; `line` formats each cell as the ordinary writer does.
 */
export function* resultLines(ev: ColumnarEvaluation, indicatorIds: readonly IndicatorId[], line: CsvLine): Generator<string> {
  const { scheme, records } = ev;
  const { decimals } = scheme.rounding;
  const tiers = scheme.classes.tiers;
  const tierNames = tiers.map((t) => `${t.name} ${t.nameEn}`);
  const year = ev.referenceDate?.slice(0, 4) ?? '';
  const pools = [...ev.pools].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const c = (i: number, s: string) => line.cell(i, s);
  const first = 12; // cells before the indicator pairs
  const after = first + 2 * indicatorIds.length;
  for (const pool of pools) {
    const specs = pool.group.indicators;
    const m = specs.length;
    const column = indicatorIds.map((id) => specs.findIndex((s) => s.id === id));
    const size = String(pool.members.length);
    const head = `${c(0, year)},`;
    const groupCells = `${c(4, pool.group.id)},${c(5, '已评价 scored')},`;
    const classCells = tiers.map((t, k) => `${c(6, t.id)},${c(7, tierNames[k]!)},`);
    for (let p = 0; p < pool.members.length; p++) {
      const member = pool.order[p] as number;
      const i = pool.members[member] as number;
      // Totals, scores, ranks, sizes and land are plain decimals, which number cells keep as they are.
      let s =
        head +
        `${c(1, records.creditCode[i]!)},${c(2, records.name[i]!)},${c(3, records.county[i] ?? '')},` +
        groupCells +
        classCells[pool.classIndex[p] as number]! +
        `${unitsText(pool.totalUnits[member] as number, decimals)},${pool.rank[p]},${size},${decimalText(ev.facts.landMu, i)!}`;
      for (let x = 0; x < column.length; x++) {
        const j = column[x] as number;
        if (j < 0) s += ',,';
        else {
          // A shown value is a plain decimal (kept as it is in a number cell) unless printed with an exponent.
          const v = shownValue(pool.value[member * m + j] as number, ev, pool, member, j);
          s += `,${v.indexOf('e') < 0 ? v : c(first + 2 * x, v)},${unitsText(pool.shownUnits[member * m + j] as number, decimals)}`;
        }
      }
      let imputed = '';
      for (let j = 0; j < m; j++)
        if ((pool.cell[member * m + j] as number) & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE)) imputed += (imputed === '' ? '' : ';') + specs[j]!.id;
      const adj = ev.adjustments.get(i);
      const adjText = adj === undefined ? '' : adj.map((a) => `${a.flag} ${a.kind === 'veto' ? (a.effect ?? 'veto') : a.points}`).join(';');
      yield `${s},${c(after, imputed)},${c(after + 1, adjText)},\r\n`;
    }
  }
  const blanks = ','.repeat(2 * indicatorIds.length);
  for (const e of ev.excluded) {
    const label = EXCLUSION_LABELS[e.reason];
    yield `${c(0, year)},${c(1, e.creditCode)},${c(2, e.name)},${c(3, records.county[e.index] ?? '')},${c(4, e.group ?? '')},${c(5, `排除 excluded: ${label.zh} ${label.en}`)},,,,,,${blanks},,,${c(after + 2, e.detail)}\r\n`;
  }
}
