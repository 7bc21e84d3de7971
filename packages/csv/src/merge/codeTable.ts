/**
 * Credit codes numbered in order of first appearance, by open addressing on a 52-bit hash of each
 * code: typed arrays instead of a Map of a million strings (10⁶ firms in five files: 5 × 10⁶
 * lookups, which a Map took 20 s of CPU for), the codes themselves compared only where the hashes
 * are equal.
 */
export class CodeTable {
  /** The codes, by number. */
  readonly codes: string[] = [];
  private hashOf: Float64Array;
  private slots: Int32Array;
  private mask: number;

  /** `expected`: about how many codes will be added (the table grows past it). */
  constructor(expected: number) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.hashOf = new Float64Array(Math.max(16, expected));
  }

  /** The number of `code` (whose {@link codeHash} is `h`), a new one when it was not in the table. */
  numberOf(code: string, h: number): number {
    const { slots, mask, codes } = this;
    for (let at = (h % 4294967296) & mask; ; at = (at + 1) & mask) {
      const id = slots[at]!;
      if (id < 0) {
        const fresh = codes.length;
        slots[at] = fresh;
        codes.push(code);
        if (fresh === this.hashOf.length) this.hashOf = grown(this.hashOf);
        this.hashOf[fresh] = h;
        if (2 * codes.length > slots.length) this.rehash();
        return fresh;
      }
      if (this.hashOf[id] === h && codes[id] === code) return id;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.codes.length; id++) {
      let at = (this.hashOf[id]! % 4294967296) & mask;
      while (slots[at]! >= 0) at = (at + 1) & mask;
      slots[at] = id;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grown(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

/** Two 26-bit multiplicative hashes of a string combined into one float (exact below 2^52): equal codes, equal hashes. */
export function codeHash(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 6) * 67108864 + (b >>> 6);
}
