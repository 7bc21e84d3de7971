/**
 * A text column as the reader made it: one string per part of the file, its entries joined by NUL
 * (a decoded file never contains one), read an entry at a time. A million rows of five files made
 * 10⁷ strings that all lived until the merge was done — the garbage collector copied each of them
 * twice (10⁶ firms in five files: ≈ 2.7 s of the main thread); the merge keeps one code and one
 * name per firm, and the entries it only reads die young. A part's entries are found by the thread
 * that read it, and the parts' texts are not joined into one (10⁶ firms in five files: ≈ 0.3 s
 * less on the main thread, which puts each file together while the workers read the next).
 */
export class JoinedText {
  private constructor(
    /** The parts' texts, in order. */
    private readonly texts: readonly string[],
    /** The first entry of each part's text, and (last) the number of entries. */
    private readonly firsts: readonly number[],
    /** Where entry k of part p starts in its text: start[k + p]; it ends at start[k + p + 1] − 1. */
    private readonly start: Int32Array,
  ) {}

  /** `text`: `n` entries joined by NUL. */
  static of(text: string, n: number): JoinedText {
    const start = new Int32Array(n + 1);
    let k = 1;
    for (let at = text.indexOf('\u0000'); at >= 0 && k < n; at = text.indexOf('\u0000', at + 1)) start[k++] = at + 1;
    start[n] = n === 0 ? 0 : text.length + 1;
    return new JoinedText([text], [0, n], start);
  }

  /**
   * The parts of a file (each one text, as {@link of} made it, maybe in another thread: what
   * crossed is its data, not its methods) as one column, in order; no text is copied.
   */
  static joined(parts: readonly JoinedText[]): JoinedText {
    const firsts = [0];
    for (const p of parts) firsts.push(firsts[firsts.length - 1]! + p.firsts[1]!);
    const n = firsts[parts.length]!;
    const start = parts.length === 1 ? parts[0]!.start : new Int32Array(n + parts.length);
    if (parts.length > 1) parts.forEach((p, k) => start.set(p.start, firsts[k]! + k));
    return new JoinedText(
      parts.map((p) => p.texts[0]!),
      firsts,
      start,
    );
  }

  get length(): number {
    return this.firsts[this.firsts.length - 1]!;
  }

  /** Entry k (as Array#at, for 0 ≤ k < length). */
  at(k: number): string {
    let p = 0;
    while (k >= this.firsts[p + 1]!) p++;
    return this.texts[p]!.slice(this.start[k + p], this.start[k + p + 1]! - 1);
  }

  *[Symbol.iterator](): Generator<string> {
    for (let k = 0; k < this.length; k++) yield this.at(k);
  }
}
