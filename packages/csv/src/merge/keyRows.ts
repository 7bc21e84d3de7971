import type { SourceRead } from '../read/readSource.js';
import { numberCodes } from './codeTable.js';
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
}

/**
 * Every row of every source keyed to its enterprise: the credit codes numbered together
 * ({@link numberCodes}), a code a source has twice handed to {@link resolveDuplicates}, and the
 * index arrays the merge copies columns by.
 */
export function keyRows(reads: readonly SourceRead[]): KeyedRows {
  const numbered = numberCodes(reads.map((r) => r.rows.codes));
  const unique = reads.map((read, s) => resolveDuplicates(read, numbered.repeated[s]!));
  const recordOf = numbered.ids;
  for (const [s, u] of unique.entries()) {
    const rec = recordOf[s]!;
    if (u.drop !== null) for (let row = 0; row < rec.length; row++) if (u.drop[row] === 1) rec[row] = -1;
  }
  const kept = renumbered(numbered.codes, recordOf);
  const n = kept.length;
  const rowIn = recordOf.map((rec) => {
    const a = new Int32Array(n);
    for (let row = 0; row < rec.length; row++) {
      const i = rec[row]!;
      if (i >= 0) a[i] = row + 1;
    }
    return a;
  });
  return { codes: kept, recordOf, rowIn, unique };
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
