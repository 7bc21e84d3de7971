/**
 * Strings of one kind (a part's credit codes, its names) as their UTF-8 bytes, each followed by a
 * NUL (a decoded file never contains one), in one growing buffer: a million rows make one string at
 * the end (see fast/partTypes' Part) instead of a million small ones in the reading thread. Plain
 * Uint8Array and TextEncoder/TextDecoder: the one-stream reader, which uses it too, runs in browsers.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class ByteList {
  private bytes: Uint8Array;
  private length = 0;

  /** `capacity`: about how many bytes the entries will take (the buffer grows past it). */
  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(1 << 12, capacity));
  }

  /** Appends bytes [start, end) of `from` as one entry. */
  pushBytes(from: Uint8Array, start: number, end: number): void {
    this.room(end - start + 1);
    const b = this.bytes;
    let at = this.length;
    for (let i = start; i < end; i++) b[at++] = from[i]!;
    b[at++] = 0;
    this.length = at;
  }

  /** Appends a string as one entry. */
  pushString(s: string): void {
    this.room(3 * s.length + 1);
    this.length += encoder.encodeInto(s, this.bytes.subarray(this.length)).written;
    this.bytes[this.length++] = 0;
  }

  /** The entries joined by NUL, as one string (no NUL after the last). */
  joined(): string {
    return this.length === 0 ? '' : decoder.decode(this.bytes.subarray(0, this.length - 1));
  }

  private room(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.length + more));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
