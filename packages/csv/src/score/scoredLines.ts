import { exactIndicatorValue, type Group, smallPoolText } from '@mujun/core';
import { CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO } from '@mujun/core/engine';
import { ByteLine, sixDigitsInto } from './byteLine.js';
import { CsvLine } from '../write/csvLine.js';
import type { LinePool, LineSource } from './lineSource.js';
import { shownValue } from './shownValue.js';

const COMMA = 44;

/**
 * The maker of a table's scored lines, one pool at a time: `lines(pool)` yields the pool's lines as
 * UTF-8 bytes, `chunk` lines a buffer and the rest at the pool's end (with `reuse`, one buffer: each
 * chunk must be consumed before the next is asked for), exactly as output/resultsTable and
 * @mujun/csv's writer make them: numbers written digit by digit (ByteLine: the same text as
 * unitsText / scaledText / shownValue), text cells through CsvLine (csvCell's rules), a value the
 * float cannot print to six digits from @mujun/core's exact value. The credit code, name and county
 * are copied from the cells the reader made of them.
 */
export function scoredLines(src: LineSource, reuse = false, chunk = 20_000): (pool: LinePool) => Generator<Buffer> {
  const s = src.settings;
  const line = new CsvLine(s.kinds, s.words.language);
  const c = (i: number, v: string) => line.cell(i, v);
  const K = s.indicatorIds.length;
  const first = 12;
  const after = first + 2 * K;
  const head = Buffer.from(`${c(0, s.year)},`);
  const classCells = s.tierIds.map((id, k) => Buffer.from(`${c(6, id)},${c(7, s.words.tierNames[k]!)},`));
  const out = new ByteLine(chunk * 200);
  let g = rankOrderArrays(0, 0);
  return function* lines(pool: LinePool): Generator<Buffer> {
    const group = src.groups[pool.group] as Group;
    const specs = group.indicators;
    const m = specs.length;
    // Which of the group's indicators fills each indicator column (−1: the group has none there).
    const column = s.indicatorIds.map((id) => specs.findIndex((spec) => spec.id === id));
    const groupCells = Buffer.from(`${c(4, s.words.groupNames[pool.group]!)},${c(5, s.words.scored)},`);
    const size = Buffer.from(`,${pool.members.length},`);
    // The detail (说明) cell, last: what a pool under the scheme's minimum size got instead of a ranking.
    const tail = Buffer.from(`${pool.smallPool === undefined ? '' : c(s.kinds.length - 1, smallPoolText(pool.smallPool)[s.words.language])}\r\n`);
    if (g.record.length < pool.members.length || g.value.length < pool.members.length * m) g = rankOrderArrays(pool.members.length, m);
    inRankOrder(pool, m, src, g);
    const bytes = src.cells.bytes;
    const land = src.facts.landMu;
    let lines = 0;
    for (let p = 0; p < pool.members.length; p++) {
      const i = g.record[p] as number;
      out.bytes(head);
      out.bytes(bytes, g.cellStart[p] as number, g.cellEnd[p] as number);
      out.bytes(groupCells);
      out.bytes(classCells[pool.classIndex[p] as number]!);
      out.units(g.total[p] as number, s.decimals);
      out.byte(COMMA);
      out.uint(pool.rank[p] as number);
      out.bytes(size);
      // A figure wider than a float (a floor area over a plot ratio: 40 digits) is shown as its text.
      const wideLand = land.wide?.get(i);
      if (wideLand === undefined) out.scaled(g.landMant[p] as number, g.landScale[p] as number);
      else out.text(wideLand);
      for (let x = 0; x < K; x++) {
        out.byte(COMMA);
        const j = column[x] as number;
        if (j < 0) {
          out.byte(COMMA);
          continue;
        }
        const value = g.value[p * m + j] as number;
        if (Number.isNaN(value)) {
          // undefined value: an empty cell
        } else if (value === 0) out.byte(48);
        else if (!sixDigitsInto(out, value)) {
          const v = shownValue(value, () => exactIndicatorValue(src.facts, specs[j]!, i));
          out.text(v.indexOf('e') < 0 ? v : c(first + 2 * x, v));
        }
        out.byte(COMMA);
        out.units(g.shown[p * m + j] as number, s.decimals);
      }
      out.byte(COMMA);
      let imputed = '';
      for (let j = 0; j < m; j++)
        if ((g.cell[p * m + j] as number) & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE))
          imputed += (imputed === '' ? '' : s.words.nameSeparator) + s.words.indicatorNames[specs[j]!.id];
      if (imputed !== '') out.text(c(after, imputed));
      out.byte(COMMA);
      const adjustments = src.adjustments.size === 0 ? undefined : src.adjustments.get(i);
      if (adjustments !== undefined) out.text(c(after + 1, adjustments));
      out.byte(COMMA);
      if (src.extra !== undefined) {
        out.text(src.extra(i));
        out.byte(COMMA);
      }
      out.bytes(tail);
      if (++lines === chunk || p === pool.members.length - 1) {
        if (reuse) {
          yield out.buf.subarray(0, out.pos);
          out.pos = 0;
        } else yield out.take(chunk * 200);
        lines = 0;
      }
    }
  };
}

/**
 * The arrays {@link inRankOrder} fills for pools of up to n members and m indicators, reused from
 * pool to pool (made per pool, 10⁶ firms' lines allocated ≈ 125 MB, and the collections that came with it).
 */
function rankOrderArrays(n: number, m: number) {
  const [cellStart, cellEnd, total, landMant] = [1, 2, 3, 4].map(() => new Float64Array(n)) as [Float64Array, Float64Array, Float64Array, Float64Array];
  const [value, shown] = [new Float64Array(n * m), new Float64Array(n * m)];
  return { record: new Int32Array(n), cellStart, cellEnd, total, landMant, landScale: new Int8Array(n), value, shown, cell: new Uint8Array(n * m) };
}

/**
 * A pool's figures by rank position instead of by member, into `g` ({@link rankOrderArrays}). The
 * lines then read them front to back; this gather does the random reads, in a tight loop where the
 * processor overlaps their cache misses — made line by line, each one waited for the previous
 * (10⁶ rows: the lines took twice as long). The records' cells are copied by the lines themselves:
 * gathered here too, their bytes were copied twice.
 */
function inRankOrder(pool: LinePool, m: number, src: LineSource, g: ReturnType<typeof rankOrderArrays>): void {
  const n = pool.members.length;
  const { order, members } = pool;
  const land = src.facts.landMu;
  const { record, cellStart, cellEnd, total, landMant, landScale, value, shown, cell } = g;
  const ends = src.cells.ends;
  for (let p = 0; p < n; p++) {
    const member = order[p] as number;
    const i = members[member] as number;
    record[p] = i;
    cellStart[p] = i === 0 ? 0 : (ends[i - 1] as number);
    cellEnd[p] = ends[i] as number;
    total[p] = pool.totalUnits[member] as number;
    landMant[p] = land.mant[i] as number;
    landScale[p] = land.scale[i] as number;
    for (let j = 0; j < m; j++) {
      value[p * m + j] = pool.value[member * m + j] as number;
      shown[p * m + j] = pool.shownUnits[member * m + j] as number;
      cell[p * m + j] = pool.cell[member * m + j] as number;
    }
  }
}
