import { CELL_IMPUTED_AVERAGE, CELL_IMPUTED_ZERO, type ColumnarEvaluation, type ColumnarPool } from '@mujun/core';
import { ByteLine, sixDigitsInto } from './byteLine.js';
import { CsvLine } from './csvLine.js';
import { fastDecides, fastShown, shownValue } from './shownValue.js';

/** What every line of a results table shares: the year, the columns' kinds, the classes, the indicator columns. */
export interface BlockSettings {
  year: string;
  decimals: number;
  lang: 'zh' | 'en';
  kinds: ('text' | 'number' | 'code')[];
  cached: boolean[];
  tierIds: string[];
  tierNames: string[];
  indicatorIds: string[];
}

/**
 * Consecutive scored lines of the results table, in plain columns (cloneable to a worker thread,
 * typed arrays transferable): everything a line shows, with the exact text of the rare value the
 * float cannot decide. K = number of indicator columns.
 */
export interface RowBlock {
  n: number;
  codes: string[];
  names: string[];
  counties: string[];
  groupIds: string[];
  sizes: string[];
  pool: Uint16Array;
  cls: Uint8Array;
  rank: Int32Array;
  total: Float64Array;
  landMant: Float64Array;
  landScale: Int8Array;
  /** n × K: 1 when the firm's group has the indicator. */
  present: Uint8Array;
  value: Float64Array;
  shown: Float64Array;
  /** Shown values the float cannot decide (rare), made exactly here: [cell, text]. */
  exact: [number, string][];
  imputed: string[];
  adjustments: string[];
}

/** One scored line's place: a pool (index into the sorted pools) and a rank position in it. */
export interface LinePlace {
  pools: ColumnarPool[];
  /** Start of each pool's lines in the table (prefix sums of pool sizes). */
  starts: number[];
}

/** The pools in table order (by pool key) and where each one's lines start. */
export function linePlaces(ev: ColumnarEvaluation): LinePlace {
  const pools = [...ev.pools].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const starts: number[] = [];
  let at = 0;
  for (const p of pools) {
    starts.push(at);
    at += p.members.length;
  }
  starts.push(at);
  return { pools, starts };
}

/** Lines [from, to) of the scored part of the table, as a block. */
export function rowBlock(ev: ColumnarEvaluation, places: LinePlace, indicatorIds: readonly string[], from: number, to: number): RowBlock {
  const n = to - from;
  const K = indicatorIds.length;
  const b: RowBlock = {
    n,
    codes: new Array<string>(n),
    names: new Array<string>(n),
    counties: new Array<string>(n),
    groupIds: places.pools.map((p) => p.group.id),
    sizes: places.pools.map((p) => String(p.members.length)),
    pool: new Uint16Array(n),
    cls: new Uint8Array(n),
    rank: new Int32Array(n),
    total: new Float64Array(n),
    landMant: new Float64Array(n),
    landScale: new Int8Array(n),
    present: new Uint8Array(n * K),
    value: new Float64Array(n * K),
    shown: new Float64Array(n * K),
    exact: [],
    imputed: new Array<string>(n),
    adjustments: new Array<string>(n),
  };
  let q = places.starts.findIndex((s, k) => s <= from && from < (places.starts[k + 1] as number));
  for (let r = 0; r < n; ) {
    const pool = places.pools[q] as ColumnarPool;
    const start = places.starts[q] as number;
    const specs = pool.group.indicators;
    const m = specs.length;
    const column = indicatorIds.map((id) => specs.findIndex((s) => s.id === id));
    for (let p = from + r - start; p < pool.members.length && r < n; p++, r++) {
      const member = pool.order[p] as number;
      const i = pool.members[member] as number;
      b.codes[r] = ev.records.creditCode[i] as string;
      b.names[r] = ev.records.name[i] as string;
      b.counties[r] = ev.records.county[i] ?? '';
      b.pool[r] = q;
      b.cls[r] = pool.classIndex[p] as number;
      b.rank[r] = pool.rank[p] as number;
      b.total[r] = pool.totalUnits[member] as number;
      b.landMant[r] = ev.facts.landMu.mant[i] as number;
      b.landScale[r] = ev.facts.landMu.scale[i] as number;
      for (let x = 0; x < K; x++) {
        const j = column[x] as number;
        if (j < 0) continue;
        const c = r * K + x;
        b.present[c] = 1;
        b.value[c] = pool.value[member * m + j] as number;
        b.shown[c] = pool.shownUnits[member * m + j] as number;
        // The exact value only where the float cannot decide (it takes the firm's figures, far away in memory).
        if (!fastDecides(b.value[c] as number)) b.exact.push([c, shownValue(b.value[c] as number, ev, pool, member, j)]);
      }
      let imputed = '';
      for (let j = 0; j < m; j++)
        if ((pool.cell[member * m + j] as number) & (CELL_IMPUTED_ZERO | CELL_IMPUTED_AVERAGE)) imputed += (imputed === '' ? '' : ';') + specs[j]!.id;
      b.imputed[r] = imputed;
      const adj = ev.adjustments.get(i);
      b.adjustments[r] = adj === undefined ? '' : adj.map((a) => `${a.flag} ${a.kind === 'veto' ? (a.effect ?? 'veto') : a.points}`).join(';');
    }
    q++;
  }
  return b;
}

/** The typed arrays of a block, to transfer it to a worker without copying. */
export function blockTransfer(b: RowBlock): ArrayBuffer[] {
  return [b.pool, b.cls, b.rank, b.total, b.landMant, b.landScale, b.present, b.value, b.shown].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The block's lines as UTF-8 bytes, exactly as output/resultsTable and @mujun/csv's writer make
 * them: numbers written digit by digit (ByteLine: the same text as unitsText / scaledText /
 * shownValue), text cells through CsvLine (csvCell's rules).
 */
export function blockBytes(b: RowBlock, s: BlockSettings): Buffer {
  const line = new CsvLine(s.kinds, s.lang, s.cached);
  const c = (i: number, v: string) => line.cell(i, v);
  const K = s.indicatorIds.length;
  const first = 12;
  const after = first + 2 * K;
  const head = `${c(0, s.year)},`;
  const groupCells = b.groupIds.map((g) => `${c(4, g)},${c(5, '已评价 scored')},`);
  const classCells = s.tierIds.map((id, k) => `${c(6, id)},${c(7, s.tierNames[k]!)},`);
  const out = new ByteLine(b.n * 200);
  const exact = new Map(b.exact);
  const COMMA = 44;
  for (let r = 0; r < b.n; r++) {
    out.text(head);
    if (!out.safeCode(b.codes[r]!)) out.text(c(1, b.codes[r]!));
    out.byte(COMMA);
    out.text(c(2, b.names[r]!));
    out.byte(COMMA);
    out.text(c(3, b.counties[r]!));
    out.byte(COMMA);
    out.text(groupCells[b.pool[r] as number]!);
    out.text(classCells[b.cls[r] as number]!);
    out.units(b.total[r] as number, s.decimals);
    out.byte(COMMA);
    out.uint(b.rank[r] as number);
    out.byte(COMMA);
    out.text(b.sizes[b.pool[r] as number]!);
    out.byte(COMMA);
    out.scaled(b.landMant[r] as number, b.landScale[r] as number);
    for (let x = 0; x < K; x++) {
      const k = r * K + x;
      out.byte(COMMA);
      if (!b.present[k]) {
        out.byte(COMMA);
        continue;
      }
      const value = b.value[k] as number;
      if (Number.isNaN(value)) {
        // undefined value: an empty cell
      } else if (value === 0) out.byte(48);
      else if (!sixDigitsInto(out, value)) {
        const v = fastShown(value) ?? exact.get(k) ?? '';
        out.text(v.indexOf('e') < 0 ? v : c(first + 2 * x, v));
      }
      out.byte(COMMA);
      out.units(b.shown[k] as number, s.decimals);
    }
    out.byte(COMMA);
    out.text(c(after, b.imputed[r]!));
    out.byte(COMMA);
    out.text(c(after + 1, b.adjustments[r]!));
    out.text(',\r\n');
  }
  return out.take();
}
