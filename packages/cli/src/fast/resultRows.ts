import { unitsText, type ColumnarEvaluation, type IndicatorId } from '@mujun/core';
import { CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO, decimalText } from '@mujun/core';
import { EXCLUSION_LABELS } from '../output/labels.js';
import { shownValue } from './shownValue.js';

/**
 * output/resultsTable's rows, made one at a time from a columnar evaluation (a million rows are
 * never all in memory): scored firms by pool key, rank and credit code, then the exclusions in
 * input order (with the county, as the ordinary table has it). Same cells, same order, same text.
 */
export function* resultRows(ev: ColumnarEvaluation, indicatorIds: readonly IndicatorId[]): Generator<string[]> {
  const { scheme, records } = ev;
  const { decimals } = scheme.rounding;
  const tiers = scheme.classes.tiers;
  const tierNames = tiers.map((t) => `${t.name} ${t.nameEn}`);
  const year = ev.referenceDate?.slice(0, 4) ?? '';
  const pools = [...ev.pools].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const pool of pools) {
    const specs = pool.group.indicators;
    const m = specs.length;
    const column = indicatorIds.map((id) => specs.findIndex((s) => s.id === id));
    const size = String(pool.members.length);
    for (let p = 0; p < pool.members.length; p++) {
      const member = pool.order[p] as number;
      const i = pool.members[member] as number;
      const cls = tiers[pool.classIndex[p] as number]!;
      const row: string[] = [
        year,
        records.creditCode[i]!,
        records.name[i]!,
        records.county[i] ?? '',
        pool.group.id,
        '已评价 scored',
        cls.id,
        tierNames[pool.classIndex[p] as number]!,
        unitsText(pool.totalUnits[member] as number, decimals),
        String(pool.rank[p]),
        size,
        decimalText(ev.facts.landMu, i)!,
      ];
      for (const j of column) {
        if (j < 0) row.push('', '');
        else row.push(shownValue(pool.value[member * m + j] as number, () => ev.exactValue(pool, member, j)), unitsText(pool.shownUnits[member * m + j] as number, decimals));
      }
      let imputed = '';
      for (let j = 0; j < m; j++)
        if ((pool.cell[member * m + j] as number) & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE)) imputed += (imputed === '' ? '' : ';') + specs[j]!.id;
      row.push(imputed);
      const adj = ev.adjustments.get(i);
      row.push(adj === undefined ? '' : adj.map((a) => `${a.flag} ${a.kind === 'veto' ? (a.effect ?? 'veto') : a.points}`).join(';'));
      row.push('');
      yield row;
    }
  }
  const blanks = indicatorIds.flatMap(() => ['', '']);
  for (const e of ev.excluded) {
    const label = EXCLUSION_LABELS[e.reason];
    yield [year, e.creditCode, e.name, records.county[e.index] ?? '', e.group ?? '', `排除 excluded: ${label.zh} ${label.en}`, '', '', '', '', '', '', ...blanks, '', '', e.detail];
  }
}
