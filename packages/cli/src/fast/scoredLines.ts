import { CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO, exactIndicatorValue, type Group } from '@mujun/core';
import { ByteLine, sixDigitsInto } from './byteLine.js';
import { CsvLine } from '@mujun/csv';
import type { LinePool, LineSource } from './lineSource.js';
import { exactShown, fastShown } from './shownValue.js';

const COMMA = 44;

/**
 * Scored lines [from, to) of the results table as UTF-8 bytes, `chunk` lines a buffer, exactly as
 * output/resultsTable and @mujun/csv's writer make them: numbers written digit by digit (ByteLine:
 * the same text as unitsText / scaledText / shownValue), text cells through CsvLine (csvCell's
 * rules), a value the float cannot print to six digits from @mujun/core's exact value. The credit
 * code, name and county are copied from the cells the reader made of them.
 */
export function* scoredLines(src: LineSource, from: number, to: number, chunk = 20_000): Generator<Buffer> {
  const s = src.settings;
  const line = new CsvLine(s.kinds, s.lang, s.cached);
  const c = (i: number, v: string) => line.cell(i, v);
  const K = s.indicatorIds.length;
  const first = 12;
  const after = first + 2 * K;
  const head = Buffer.from(`${c(0, s.year)},`);
  const classCells = s.tierIds.map((id, k) => Buffer.from(`${c(6, id)},${c(7, s.tierNames[k]!)},`));
  let out = new ByteLine(Math.min(chunk, to - from) * 200);
  let lines = 0;
  const { bytes, ends } = src.cells;
  const land = src.facts.landMu;
  let q = src.pools.findIndex((p) => p.start <= from && from < p.start + p.members.length);
  for (let r = from; r < to; q++) {
    const pool = src.pools[q] as LinePool;
    const group = src.groups[pool.group] as Group;
    const specs = group.indicators;
    const m = specs.length;
    // Which of the group's indicators fills each indicator column (−1: the group has none there).
    const column = s.indicatorIds.map((id) => specs.findIndex((spec) => spec.id === id));
    const groupCells = Buffer.from(`${c(4, group.id)},${c(5, '已评价 scored')},`);
    const size = Buffer.from(`,${pool.members.length},`);
    const end = Math.min(to, pool.start + pool.members.length);
    for (let p = r - pool.start; r < end; p++, r++) {
      const member = pool.order[p] as number;
      const i = pool.members[member] as number;
      out.bytes(head);
      out.bytes(bytes, i === 0 ? 0 : (ends[i - 1] as number), ends[i] as number);
      out.bytes(groupCells);
      out.bytes(classCells[pool.classIndex[p] as number]!);
      out.units(pool.totalUnits[member] as number, s.decimals);
      out.byte(COMMA);
      out.uint(pool.rank[p] as number);
      out.bytes(size);
      out.scaled(land.mant[i] as number, land.scale[i] as number);
      for (let x = 0; x < K; x++) {
        out.byte(COMMA);
        const j = column[x] as number;
        if (j < 0) {
          out.byte(COMMA);
          continue;
        }
        const value = pool.value[member * m + j] as number;
        if (Number.isNaN(value)) {
          // undefined value: an empty cell
        } else if (value === 0) out.byte(48);
        else if (!sixDigitsInto(out, value)) {
          const v = fastShown(value) ?? exactText(src, i, specs[j]!);
          out.text(v.indexOf('e') < 0 ? v : c(first + 2 * x, v));
        }
        out.byte(COMMA);
        out.units(pool.shownUnits[member * m + j] as number, s.decimals);
      }
      out.byte(COMMA);
      let imputed = '';
      for (let j = 0; j < m; j++)
        if ((pool.cell[member * m + j] as number) & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE)) imputed += (imputed === '' ? '' : ';') + specs[j]!.id;
      if (imputed !== '') out.text(c(after, imputed));
      out.byte(COMMA);
      const adjustments = src.adjustments.size === 0 ? undefined : src.adjustments.get(i);
      if (adjustments !== undefined) out.text(c(after + 1, adjustments));
      out.text(',\r\n');
      if (++lines === chunk) {
        yield out.take(chunk * 200);
        lines = 0;
      }
    }
  }
  if (lines > 0) yield out.take(0);
}

/** The shown value from the exact value (what the float could not decide). */
function exactText(src: LineSource, i: number, spec: Group['indicators'][number]): string {
  const x = exactIndicatorValue(src.facts, spec, i);
  return x === null ? '' : exactShown(x.isZero() ? '0' : x.toFixed());
}
