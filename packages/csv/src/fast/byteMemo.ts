/**
 * What a cell's text reads as, remembered by the cell's bytes: the columns whose reading depends
 * on the cell alone and that repeat a few values (county, scale, yes/no, industry code, date) are
 * read once per distinct cell with the per-row reader's own functions (values/*), and looked up by
 * bytes after that — no string made per cell. Past {@link MAX_ENTRIES} distinct cells a column is
 * read cell by cell without remembering.
 */
const MAX_ENTRIES = 1 << 16;

/** The entry index {@link ByteMemo.find} gives for a cell read without remembering. */
export const UNREMEMBERED = -1;

export class ByteMemo<T> {
  /** The values, by entry; {@link UNREMEMBERED}'s is in {@link last}. */
  readonly values: T[] = [];
  /** A number the caller keeps per entry (a dictionary id), 0 until set. */
  readonly ids: number[] = [];
  last!: T;
  private slots = new Int32Array(64).fill(-1);
  private starts: number[] = [];
  private ends: number[] = [];
  private hashes: number[] = [];
  private keys = new Uint8Array(1024);
  private keysLength = 0;

  constructor(private readonly read: (text: string) => T) {}

  /** The entry of bytes [start, end) of `b` (valid UTF-8), read when first seen. */
  find(b: Buffer, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const e = this.slots[at]!;
      if (e < 0) break;
      if (this.hashes[e] === h && this.same(e, b, start, end)) return e;
    }
    const value = this.read(b.toString('utf8', start, end));
    if (this.values.length >= MAX_ENTRIES) {
      this.last = value;
      return UNREMEMBERED;
    }
    return this.add(h, b, start, end, value);
  }

  private same(e: number, b: Uint8Array, start: number, end: number): boolean {
    const s = this.starts[e]!;
    if (this.ends[e]! - s !== end - start) return false;
    const keys = this.keys;
    for (let i = start, j = s; i < end; i++, j++) if (keys[j] !== b[i]) return false;
    return true;
  }

  private add(h: number, b: Uint8Array, start: number, end: number, value: T): number {
    const e = this.values.length;
    if (this.keysLength + end - start > this.keys.length) {
      const keys = new Uint8Array(2 * (this.keysLength + end - start));
      keys.set(this.keys.subarray(0, this.keysLength));
      this.keys = keys;
    }
    this.keys.set(b.subarray(start, end), this.keysLength);
    this.starts.push(this.keysLength);
    this.keysLength += end - start;
    this.ends.push(this.keysLength);
    this.hashes.push(h);
    this.values.push(value);
    this.ids.push(0);
    if (2 * this.values.length > this.slots.length) this.rehash();
    else this.place(e);
    return e;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[e]! & mask;
    while (this.slots[at]! >= 0) at = (at + 1) & mask;
    this.slots[at] = e;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let e = 0; e < this.values.length; e++) this.place(e);
  }
}
