import type { DecimalColumn } from '@mujun/core/engine';
import type { FlagStates } from '../read/parseRow.js';
import { JoinedText } from './joinedText.js';
import { TEXT_FIELDS, type Part, type TextField } from './partTypes.js';

/**
 * The usable rows of one source, in file order, as columns: what every reader (one stream, or
 * parts parsed in parallel) makes of a source, and what merge/mergeSources joins.
 */
export interface SourceRows {
  n: number;
  /** Physical line of each row. */
  line: Int32Array;
  /** Credit codes and names, by row (`codes.at(row)`). */
  codes: JoinedText;
  names: JoinedText;
  /** Each row's credit code as two numbers at 2·row and 2·row + 1 (fast/codeHalves): what the merge numbers the codes by. */
  codeHalves: Float64Array;
  /** The text fields the source has (a field no row has a value of has no column). */
  text: Partial<Record<TextField, (string | undefined)[]>>;
  /** Each row's meter or parcel number (`row_key`), null when the source has no such column. */
  rowKeys: (string | undefined)[] | null;
  /** 1 above, 2 below, 0 absent. */
  scale: Uint8Array;
  /** 0 absent, 1 false, 2 true. */
  keyPolluter: Uint8Array;
  /** Figure columns by record field (absent cells have scale −1). */
  numbers: Record<string, DecimalColumn>;
  /** Flag and violation states of the rows that have any, by row. */
  flags: Map<number, FlagStates>;
  violations: Map<number, FlagStates>;
}

/** A source's parts (in file order) as one {@link SourceRows}. */
export function sourceRows(parts: readonly Part[]): SourceRows {
  const n = parts.reduce((s, p) => s + p.n, 0);
  const offsets: number[] = [];
  let at = 0;
  for (const p of parts) {
    offsets.push(at);
    at += p.n;
  }
  const concat = <T extends Int32Array | Uint8Array | Float64Array | Int8Array>(pick: (p: Part) => T, make: (n: number) => T, width = 1): T => {
    if (parts.length === 1) return pick(parts[0]!);
    const out = make(width * n);
    parts.forEach((p, k) => out.set(pick(p), width * offsets[k]!));
    return out;
  };
  const text = {} as SourceRows['text'];
  for (const f of TEXT_FIELDS) {
    if (parts.every((p) => p.text[f].table.length === 0)) continue;
    const out = new Array<string | undefined>(n);
    parts.forEach((p, k) => {
      const c = p.text[f];
      const base = offsets[k]!;
      for (let i = 0; i < p.n; i++) {
        const id = c.ids[i]!;
        out[base + i] = id === 0 ? undefined : c.table[id - 1];
      }
    });
    text[f] = out;
  }
  let rowKeys: (string | undefined)[] | null = null;
  if (parts.some((p) => p.rowKey.table.length > 0)) {
    const keys = new Array<string | undefined>(n);
    parts.forEach((p, k) => {
      const base = offsets[k]!;
      for (let i = 0; i < p.n; i++) {
        const id = p.rowKey.ids[i]!;
        keys[base + i] = id === 0 ? undefined : p.rowKey.table[id - 1];
      }
    });
    rowKeys = keys;
  }
  const numbers: Record<string, DecimalColumn> = {};
  for (const field of Object.keys(parts[0]?.numbers ?? {})) {
    numbers[field] = {
      mant: concat(
        (p) => p.numbers[field]!.mant,
        (k) => new Float64Array(k),
      ),
      scale: concat(
        (p) => p.numbers[field]!.scale,
        (k) => new Int8Array(k),
      ),
    };
  }
  const sparse = (pick: (p: Part) => [number, FlagStates][]) => {
    const m = new Map<number, FlagStates>();
    parts.forEach((p, k) => {
      for (const [i, s] of pick(p)) m.set(offsets[k]! + i, s);
    });
    return m;
  };
  return {
    n,
    line: concat(
      (p) => p.line,
      (k) => new Int32Array(k),
    ),
    codes: JoinedText.joined(parts.map((p) => p.codes)),
    codeHalves: concat(
      (p) => p.codeHalves,
      (k) => new Float64Array(k),
      2,
    ),
    names: JoinedText.joined(parts.map((p) => p.names)),
    text,
    rowKeys,
    scale: concat(
      (p) => p.scale,
      (k) => new Uint8Array(k),
    ),
    keyPolluter: concat(
      (p) => p.keyPolluter,
      (k) => new Uint8Array(k),
    ),
    numbers,
    flags: sparse((p) => p.flags),
    violations: sparse((p) => p.violations),
  };
}
