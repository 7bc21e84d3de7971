import { inShared, lendable, shareWork, type LentJob } from './lentWork.js';

/** A source's credit codes by row: as text (an array, or the reader's JoinedText), and as pairs of numbers (fast/codeHalves). */
export interface CodeList {
  codes: { at(row: number): string | undefined };
  codeHalves: Float64Array;
}

/** Every row's credit code as an enterprise number, and the codes a list has more than once. */
export interface CodeNumbers {
  /** The codes by number: in order of first appearance (lists in order, rows in order). */
  codes: string[];
  /** Per list, each row's number. */
  ids: Int32Array[];
  /** Per list, the rows of each code it has more than once (in row order); the groups in order of their second row. */
  repeated: Map<number, number[]>[];
}

/** Half the codes of a merge, for another thread. */
export interface HalfJob extends LentJob {
  halves: Float64Array[];
  firstOf: Int32Array;
}

/** Numbers the odd half of the codes (see {@link numberHalf}). */
export const numberOddHalf = (job: HalfJob): void => numberHalf(job.halves, 1, job.firstOf);

/**
 * Numbers the credit codes of several lists (the sources' code columns) without a Map of strings
 * or an object per row: each code is the pair of exact integers its reader wrote
 * (fast/codeHalves), so equal pairs are equal codes; no string is compared, and only a code's
 * first row is read as text. The codes fall in two halves by their hash, each row pointed at its
 * code's first row apart (in two threads where one is lent: merge/lentWork, one array shared),
 * then one pass in row order numbers each code at its first row, in order of first appearance,
 * so the numbers depend on the lists alone.
 */
export function numberCodes(lists: readonly CodeList[]): CodeNumbers {
  const halves = lists.map((l) => l.codeHalves);
  const total = halves.reduce((t, h) => t + h.length / 2, 0);
  // The other thread writes its half into the same array, in shared memory (worth it from 65 536 rows).
  const lending = total > 1 << 16 && halves.every(inShared);
  const memory = (bytes: number) => (lending ? lendable(bytes) : new ArrayBuffer(bytes));
  const job: HalfJob = { kind: 'codes', halves, firstOf: new Int32Array(memory(4 * total)), state: new Int32Array(memory(4)) };
  const firstOf = job.firstOf;
  shareWork(job, numberOddHalf, () => numberHalf(halves, 0, firstOf));

  // Rows in order (the array rewritten in place): a code's first row takes the next number, every later row an earlier row's.
  const codes: string[] = [];
  const repeated = lists.map(() => new Map<number, number[]>());
  const ids: Int32Array[] = [];
  let r = 0;
  for (const [s, list] of lists.entries()) {
    const offset = r;
    for (let row = 0; row < list.codeHalves.length / 2; row++, r++) {
      const at = firstOf[r]!;
      if (at === r) firstOf[r] = codes.push(list.codes.at(row)!) - 1;
      else firstOf[r] = firstOf[at < 0 ? -1 - at : at]!;
      if (at >= 0) continue;
      const first = -1 - at - offset;
      const g = repeated[s]!.get(first);
      if (g) g.push(row);
      else repeated[s]!.set(first, [first, row]);
    }
    ids.push(firstOf.subarray(offset, r));
  }
  return { codes, ids, repeated };
}

/**
 * Points each row whose code's hash has the low bit `half` at an earlier row of its code (at
 * itself when there is none; −1 − the first row of the code in the same list when its list has
 * the code before it), rows counted across all lists. A table of half a million codes does not fit
 * a core's cache, and one lookup per row would wait for memory twice, so the rows are first
 * partitioned by the top bits of the hash (a counting sort of row indices) and each partition is
 * numbered with a small open-addressing table that stays in cache.
 */
function numberHalf(halves: readonly Float64Array[], half: number, firstOf: Int32Array): void {
  const total = firstOf.length;
  let bits = 0;
  while (bits < 16 && total >>> (bits + 1) > 4096) bits++;
  const parts = 1 << bits;
  const start = new Int32Array(parts + 1);
  const partOf = (m: number) => (bits === 0 ? 0 : m >>> (32 - bits));
  for (const h of halves) {
    for (let i = 0; i < h.length; i += 2) {
      const m = mix(h[i]!, h[i + 1]!);
      if ((m & 1) === half) start[partOf(m) + 1]!++;
    }
  }
  for (let p = 0; p < parts; p++) start[p + 1]! += start[p]!;
  const own = start[parts]!;
  const next = start.slice(0, -1);
  const pHi = new Float64Array(own);
  const pLo = new Float64Array(own);
  const pRow = new Int32Array(own);
  const listEnd: number[] = [];
  let r = 0;
  for (const h of halves) {
    for (let i = 0; i < h.length; i += 2, r++) {
      const m = mix(h[i]!, h[i + 1]!);
      if ((m & 1) !== half) continue;
      const at = next[partOf(m)]!++;
      pHi[at] = h[i]!;
      pLo[at] = h[i + 1]!;
      pRow[at] = r;
    }
    listEnd.push(r);
  }

  // Each partition with a table that fits in cache; rows ascend within a partition, so a code's first row comes first.
  let widest = 0;
  for (let p = 0; p < parts; p++) widest = Math.max(widest, start[p + 1]! - start[p]!);
  let cap = 16;
  while (cap < 2 * widest) cap *= 2;
  const mask = cap - 1;
  const slots = new Int32Array(cap);
  const keyHi = new Float64Array(widest);
  const keyLo = new Float64Array(widest);
  const lastList = new Int32Array(widest);
  const firstInList = new Int32Array(widest);
  for (let p = 0; p < parts; p++) {
    let size = 0;
    for (let j = start[p]!; j < start[p + 1]!; j++) {
      const hi = pHi[j]!;
      const lo = pLo[j]!;
      const row = pRow[j]!;
      let list = 0;
      while (row >= listEnd[list]!) list++;
      for (let at = (mix(hi, lo) >>> 1) & mask; ; at = (at + 1) & mask) {
        const k = slots[at]! - 1;
        if (k < 0) {
          slots[at] = size + 1;
          keyHi[size] = hi;
          keyLo[size] = lo;
          firstInList[size] = firstOf[row] = row;
          lastList[size++] = list;
          break;
        }
        if (keyLo[k] !== lo || keyHi[k] !== hi) continue;
        // Any earlier row of the code will do: the pass in row order has numbered it by then.
        if (lastList[k] === list) firstOf[row] = -1 - firstInList[k]!;
        else {
          firstOf[row] = firstInList[k]!;
          lastList[k] = list;
          firstInList[k] = row;
        }
        break;
      }
    }
    slots.fill(0);
  }
}

/**
 * A 32-bit mix of a code's pair (murmur3's finaliser): the last nine characters vary most within a
 * district. The halves are integers below 2⁴⁵: `>>> 0` is their low 32 bits and `| 0` the floor of a
 * quotient below 2²¹, where `%` and Math.floor on a double cost 10⁶ firms in five files 0.3 s.
 */
function mix(hi: number, lo: number): number {
  let h = (lo >>> 0) ^ Math.imul(hi >>> 0, 0x9e3779b1) ^ ((lo / 4294967296) | 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
