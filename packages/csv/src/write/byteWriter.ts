/**
 * A growing byte buffer that CSV text is written into directly, cell by cell, as UTF-8 — instead of
 * a string per cell and a string per line, which a million lines turn into garbage-collector work.
 * The fast readers and writers build on it (the CLI's result lines add numbers digit by digit).
 */
export class ByteWriter {
  buf: Buffer;
  pos = 0;

  /** `allocate` makes the buffers (shared memory, say); by default Buffer.allocUnsafe. */
  constructor(
    size: number,
    private readonly allocate: (size: number) => Buffer = (n) => Buffer.allocUnsafe(n),
  ) {
    this.buf = allocate(Math.max(1024, size));
  }

  /** Makes room for n more bytes. */
  room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = this.allocate(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  byte(c: number): void {
    this.room(1);
    this.buf[this.pos++] = c;
  }

  /** Bytes [start, end) of `b` (cells made once), copied. */
  bytes(b: Uint8Array, start = 0, end = b.length): void {
    this.room(end - start);
    const buf = this.buf;
    let pos = this.pos;
    // A loop beats TypedArray#set's call overhead for the few bytes of a cell.
    if (end - start < 64) for (let k = start; k < end; k++) buf[pos++] = b[k] as number;
    else {
      buf.set(b.subarray(start, end), pos);
      pos += end - start;
    }
    this.pos = pos;
  }

  /** Any text, as UTF-8. */
  text(s: string): void {
    const n = s.length;
    this.room(n * 3);
    const buf = this.buf;
    const start = this.pos;
    // A cell's few characters are encoded here: Buffer#write's call into C++ costs more than that.
    if (n <= 64) {
      let pos = start;
      for (let k = 0; k < n; k++) {
        const c = s.charCodeAt(k);
        if (c < 0x80) buf[pos++] = c;
        else if (c < 0x800) {
          buf[pos++] = 0xc0 | (c >> 6);
          buf[pos++] = 0x80 | (c & 63);
        } else if (c < 0xd800 || c >= 0xe000) {
          buf[pos++] = 0xe0 | (c >> 12);
          buf[pos++] = 0x80 | ((c >> 6) & 63);
          buf[pos++] = 0x80 | (c & 63);
        } else {
          pos = -1; // a surrogate: pairs and lone ones are Buffer#write's business
          break;
        }
      }
      if (pos >= 0) {
        this.pos = pos;
        return;
      }
    }
    this.pos = start + buf.write(s, start, 'utf8');
  }

  /**
   * The bytes written so far (no copy: a large buffer is memory outside the heap, and copying it
   * twice as much), and a fresh buffer of `next` bytes for what follows.
   */
  take(next = 1024): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = this.allocate(Math.max(1024, next));
    this.pos = 0;
    return out;
  }
}
