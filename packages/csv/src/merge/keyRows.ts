import { messageFor } from '../errors/messages.js';
import type { RowError } from '../errors/rowError.js';
import type { SourceRead } from '../read/readSource.js';
import { numberCodes } from './codeTable.js';
import { lendable } from './lentWork.js';
import { resolveDuplicates, type UniqueRows } from './resolveDuplicates.js';

/** Every source's rows keyed to the enterprise they describe, as index arrays. */
export interface KeyedRows {
  /** The enterprises' credit codes, by number: in order of first appearance (sources in the merge's order, rows in file order). */
  codes: string[];
  /** Per source, each row's enterprise number; −1 for a row not used (a repeat, a summed or a rejected duplicate). */
  recordOf: Int32Array[];
  /** Per source, 1 + the row used for each enterprise; 0 when the source has none. */
  rowIn: Int32Array[];
  /** Per source, its duplicate codes resolved (and the rows with summed figures). */
  unique: UniqueRows[];
  /** The rows of enterprises no source gives a scale for, when those are rejected (`missing-scale`). */
  unscaled: RowError[];
}

/**
 * Every row of every source keyed to its enterprise: the credit codes numbered together
 * ({@link numberCodes}), a code a source has twice handed to {@link resolveDuplicates}, and the
 * index arrays the merge copies columns by. With `rejectUnscaled`, the rows of an enterprise no
 * source gives a scale for are rejected here, so that it never becomes a record.
 */
export function keyRows(reads: readonly SourceRead[], rejectUnscaled: boolean): KeyedRows {
  const numbered = numberCodes(reads.map((r) => r.rows));
  const unique = reads.map((read, s) => resolveDuplicates(read, numbered.repeated[s]!));
  const recordOf = numbered.ids;
  for (const [s, u] of unique.entries()) {
    const rec = recordOf[s]!;
    if (u.drop !== null) for (let row = 0; row < rec.length; row++) if (u.drop[row] === 1) rec[row] = -1;
  }
  const unscaled = rejectUnscaled ? rejectedUnscaled(reads, recordOf, numbered.codes.length) : [];
  const kept = renumbered(numbered.codes, recordOf);
  const n = kept.length;
  const rowIn = recordOf.map((rec) => {
    const a = new Int32Array(lendable(4 * n)); // read by a lent thread (mergeFields' figures)
    for (let row = 0; row < rec.length; row++) {
      const i = rec[row]!;
      if (i >= 0) a[i] = row + 1;
    }
    return a;
  });
  return { codes: kept, recordOf, rowIn, unique, unscaled };
}

/** The used rows of enterprises no used row gives a scale for, each rejected (`missing-scale`) and taken out of recordOf. */
function rejectedUnscaled(reads: readonly SourceRead[], recordOf: Int32Array[], n: number): RowError[] {
  const scaled = new Uint8Array(n);
  for (const [s, r] of reads.entries())
    for (let row = 0; row < r.rows.n; row++) if (recordOf[s]![row]! >= 0 && r.rows.scale[row] !== 0) scaled[recordOf[s]![row]!] = 1;
  const out: RowError[] = [];
  for (const [s, r] of reads.entries()) {
    const rec = recordOf[s]!;
    for (let row = 0; row < rec.length; row++) {
      if (rec[row]! < 0 || scaled[rec[row]!] === 1) continue;
      rec[row] = -1;
      const message = messageFor('missing-scale', '', '');
      out.push({ source: r.source, row: r.rows.line[row]!, column: '', field: 'scale', code: 'missing-scale', message, value: '' });
    }
  }
  return out;
}

/** The codes some used row has, numbered again in the same order (recordOf rewritten); the codes themselves when every one is used. */
function renumbered(codes: string[], recordOf: Int32Array[]): string[] {
  const used = new Int32Array(codes.length);
  for (const rec of recordOf) for (let row = 0; row < rec.length; row++) if (rec[row]! >= 0) used[rec[row]!] = 1;
  if (!used.includes(0)) return codes;
  const kept: string[] = [];
  for (let id = 0; id < codes.length; id++) used[id] = used[id] === 1 ? kept.push(codes[id]!) - 1 : -1;
  for (const rec of recordOf) for (let row = 0; row < rec.length; row++) if (rec[row]! >= 0) rec[row] = used[rec[row]!]!;
  return kept;
}
