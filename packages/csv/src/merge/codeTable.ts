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

/**
 * Numbers the credit codes of several lists (the sources' code columns) without a Map of strings
 * or an object per row: each code is the pair of exact integers its reader wrote
 * (fast/codeHalves), so equal pairs are equal codes; no string is compared, and only a code's
 * first row is read as text. A table of a million codes does not fit a core's cache, and one lookup
 * per row would wait for memory twice (10⁶ firms in five files: 5 × 10⁶ lookups), so the rows are first
 * partitioned by the top bits of a hash of their pair (a counting sort of row indices) and each
 * partition is numbered with a small open-addressing table that stays in cache. The numbers are
 * then put in order of first appearance, so they depend on the lists alone.
 */
export function numberCodes(lists: readonly CodeList[]): CodeNumbers {
  const lengths = lists.map((l) => l.codeHalves.length / 2);
  const total = lengths.reduce((t, n) => t + n, 0);
  const { listOf, start, parts, pHi, pLo, pRow } = partitioned(lists, total);

  // Each partition numbered with a table that fits in cache; a repeat within a list is found on the way.
  const pId = new Int32Array(total);
  const firstAt: number[] = [];
  const repeats: number[] = []; // triples: list, the code's first row index in that list, the repeating row index
  let widest = 0;
  for (let p = 0; p < parts; p++) widest = Math.max(widest, start[p + 1]! - start[p]!);
  let cap = 16;
  while (cap < 2 * widest) cap *= 2;
  const mask = cap - 1;
  const slots = new Int32Array(cap);
  const keyHi = new Float64Array(widest);
  const keyLo = new Float64Array(widest);
  const slotOf = new Int32Array(widest);
  const lastList = new Int32Array(widest);
  const firstInList = new Int32Array(widest);
  for (let p = 0; p < parts; p++) {
    const base = firstAt.length;
    let size = 0;
    // Row indices ascend within a partition: a code's first row in a list comes before its repeats.
    for (let j = start[p]!; j < start[p + 1]!; j++) {
      const h = pHi[j]!;
      const l = pLo[j]!;
      const r = pRow[j]!;
      for (let at = mix(h, l) & mask; ; at = (at + 1) & mask) {
        const id = slots[at]! - 1;
        if (id < 0) {
          slots[at] = size + 1;
          keyHi[size] = h;
          keyLo[size] = l;
          slotOf[size] = at;
          lastList[size] = listOf[r]!;
          firstInList[size] = r;
          pId[j] = base + size++;
          firstAt.push(r);
          break;
        }
        if (keyLo[id] !== l || keyHi[id] !== h) continue;
        pId[j] = base + id;
        if (lastList[id] === listOf[r]) repeats.push(listOf[r]!, firstInList[id]!, r);
        else {
          lastList[id] = listOf[r]!;
          firstInList[id] = r;
        }
        break;
      }
    }
    for (let id = 0; id < size; id++) slots[slotOf[id]!] = 0;
  }

  // Numbers in order of first appearance: the rank of each code's first row among all first rows.
  const rank = new Int32Array(total + 1).fill(0);
  for (const r of firstAt) rank[r + 1] = 1;
  for (let r = 0; r < total; r++) rank[r + 1]! += rank[r]!;
  const order = new Int32Array(firstAt.length);
  for (let id = 0; id < order.length; id++) order[id] = rank[firstAt[id]!]!;
  const flat = new Int32Array(total);
  for (let j = 0; j < total; j++) flat[pRow[j]!] = order[pId[j]!]!;
  // A code's first row, in row order, is the next number: the codes are pushed in number order.
  const codes: string[] = [];
  const offsets: number[] = [];
  let k = 0;
  for (const [s, list] of lists.entries()) {
    offsets.push(k);
    for (let row = 0; row < lengths[s]!; row++, k++) if (rank[k + 1] !== rank[k]) codes.push(list.codes.at(row)!);
  }
  const ids = lengths.map((n, s) => flat.subarray(offsets[s]!, offsets[s]! + n));
  return { codes, ids, repeated: repeatedRows(lists.length, offsets, repeats) };
}

/**
 * Every row's pair in partition order (partitions of about 4 096 rows): a counting sort of the row
 * indices on the hash's top bits, written to one stream per partition so that the writes stay in
 * cache.
 */
function partitioned(lists: readonly CodeList[], total: number) {
  let bits = 0;
  while (bits < 16 && total >>> bits > 4096) bits++;
  const parts = 1 << bits;
  const listOf = new Uint16Array(total);
  const partOf = new Uint16Array(total);
  const start = new Int32Array(parts + 1);
  let r = 0;
  for (const [s, { codeHalves: h }] of lists.entries()) {
    for (let i = 0; i < h.length; i += 2, r++) {
      const p = bits === 0 ? 0 : mix(h[i]!, h[i + 1]!) >>> (32 - bits);
      listOf[r] = s;
      partOf[r] = p;
      start[p + 1]!++;
    }
  }
  for (let p = 0; p < parts; p++) start[p + 1]! += start[p]!;
  const next = start.slice(0, -1);
  const pHi = new Float64Array(total);
  const pLo = new Float64Array(total);
  const pRow = new Int32Array(total);
  r = 0;
  for (const { codeHalves: h } of lists) {
    for (let i = 0; i < h.length; i += 2, r++) {
      const at = next[partOf[r]!]!++;
      pHi[at] = h[i]!;
      pLo[at] = h[i + 1]!;
      pRow[at] = r;
    }
  }
  return { listOf, start, parts, pHi, pLo, pRow };
}

/** The repeats found, as per list: code's first row → all its rows, groups in order of their second row. */
function repeatedRows(lists: number, offsets: readonly number[], repeats: readonly number[]): Map<number, number[]>[] {
  const groups = Array.from({ length: lists }, () => new Map<number, number[]>());
  for (let t = 0; t < repeats.length; t += 3) {
    const s = repeats[t]!;
    const first = repeats[t + 1]! - offsets[s]!;
    const row = repeats[t + 2]! - offsets[s]!;
    const g = groups[s]!.get(first);
    if (g) g.push(row);
    else groups[s]!.set(first, [first, row]);
  }
  return groups.map((m) => new Map([...m].sort((a, b) => a[1][1]! - b[1][1]!)));
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
