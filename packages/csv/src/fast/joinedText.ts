/**
 * A text column as the reader made it: one string, its entries joined by NUL (a decoded file never
 * contains one), read an entry at a time. A million rows of five files made 10⁷ strings that all
 * lived until the merge was done — the garbage collector copied each of them twice (10⁶ firms in
 * five files: ≈ 2.7 s of the main thread); the merge keeps one code and one name per firm, and the
 * entries it only reads die young.
 */
export class JoinedText {
  /** Where entry k starts in {@link text}, and (at k + 1, less one) where it ends. */
  private readonly start: Int32Array;

  /** `text`: `n` entries joined by NUL. */
  constructor(
    private readonly text: string,
    n: number,
  ) {
    this.start = new Int32Array(n + 1);
    let k = 1;
    for (let at = text.indexOf('\u0000'); at >= 0 && k < n; at = text.indexOf('\u0000', at + 1)) this.start[k++] = at + 1;
    this.start[n] = n === 0 ? 0 : text.length + 1;
  }

  get length(): number {
    return this.start.length - 1;
  }

  /** Entry k (as Array#at, for 0 ≤ k < length). */
  at(k: number): string {
    return this.text.slice(this.start[k], this.start[k + 1]! - 1);
  }

  *[Symbol.iterator](): Generator<string> {
    for (let k = 0; k < this.length; k++) yield this.at(k);
  }
}
