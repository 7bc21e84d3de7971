import type { DecimalColumn } from '@mujun/core/engine';
import type { FlagStates } from '../read/parseRow.js';
import { JoinedText } from './joinedText.js';
import { TEXT_FIELDS, type CodedText, type Part, type TextField } from './partTypes.js';

/**
 * The usable rows of one source, in file order, as columns: what every reader (one stream, or
 * parts parsed in parallel) makes of a source, and what merge/mergeSources joins.
 */
export interface SourceRows extends Pick<Part, 'n' | 'line' | 'codes' | 'names' | 'codeHalves' | 'scale' | 'keyPolluter'> {
  /** The text fields the source has (a field no row has a value of has no column). */
  text: Partial<Record<TextField, (string | undefined)[]>>;
  /** Each row's meter or parcel number (`row_key`), null when the source has no such column. */
  rowKeys: (string | undefined)[] | null;
  /** Figure columns by record field (absent cells have scale −1). */
  numbers: Record<string, DecimalColumn>;
  /** Flag and violation states of the rows that have any, by row. */
  flags: Map<number, FlagStates>;
  violations: Map<number, FlagStates>;
}

/**
 * Shared memory where there is any (a web page has it only when cross-origin isolated), for the
 * code pairs and figures: the merge hands them to another thread (merge/lentWork). Made here, not by
 * the part's reader: what a worker allocated stays alive until that worker collects its garbage.
 */
const Memory = typeof SharedArrayBuffer === 'function' ? (SharedArrayBuffer as unknown as typeof ArrayBuffer) : undefined;

/** A source's parts (in file order) as one {@link SourceRows}. */
export function sourceRows(parts: readonly Part[]): SourceRows {
  const n = parts.reduce((s, p) => s + p.n, 0);
  const offsets: number[] = [];
  let at = 0;
  for (const p of parts) {
    offsets.push(at);
    at += p.n;
  }
  const concat = <T extends Int32Array | Uint8Array | Float64Array | Int8Array>(pick: (p: Part) => T, width = 1, memory?: typeof ArrayBuffer): T => {
    if (parts.length === 1 && memory === undefined) return pick(parts[0]!);
    const first = pick(parts[0]!);
    const out = new (first.constructor as new (b: ArrayBuffer) => T)(new (memory ?? ArrayBuffer)(first.BYTES_PER_ELEMENT * width * n));
    parts.forEach((p, k) => out.set(pick(p), width * offsets[k]!));
    return out;
  };
  /** A dictionary-coded column's values, absent ones undefined. */
  const decoded = (pick: (p: Part) => CodedText) => {
    const out = new Array<string | undefined>(n);
    parts.forEach((p, k) => {
      const { ids, table } = pick(p);
      for (let i = 0; i < p.n; i++) out[offsets[k]! + i] = ids[i] === 0 ? undefined : table[ids[i]! - 1];
    });
    return out;
  };
  const text: SourceRows['text'] = {};
  for (const f of TEXT_FIELDS) if (parts.some((p) => p.text[f].table.length > 0)) text[f] = decoded((p) => p.text[f]);
  const numbers: Record<string, DecimalColumn> = {};
  for (const field of Object.keys(parts[0]?.numbers ?? {}))
    numbers[field] = { mant: concat((p) => p.numbers[field]!.mant, 1, Memory), scale: concat((p) => p.numbers[field]!.scale, 1, Memory) };
  const sparse = (pick: (p: Part) => [number, FlagStates][]) => {
    const m = new Map<number, FlagStates>();
    parts.forEach((p, k) => {
      for (const [i, s] of pick(p)) m.set(offsets[k]! + i, s);
    });
    return m;
  };
  return {
    n,
    line: concat((p) => p.line),
    codes: JoinedText.joined(parts.map((p) => p.codes)),
    codeHalves: concat((p) => p.codeHalves, 2, Memory),
    names: JoinedText.joined(parts.map((p) => p.names)),
    text,
    rowKeys: parts.some((p) => p.rowKey.table.length > 0) ? decoded((p) => p.rowKey) : null,
    scale: concat((p) => p.scale),
    keyPolluter: concat((p) => p.keyPolluter),
    numbers,
    flags: sparse((p) => p.flags),
    violations: sparse((p) => p.violations),
  };
}
