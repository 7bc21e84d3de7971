/**
 * STOPGAP until `@mujun/cli/run`: the little of Node's Buffer that @mujun/csv's byte writers use,
 * on Uint8Array, injected by scripts/build.mjs into the worker's bundle only. SharedArrayBuffer
 * is not there in a page that is not cross-origin isolated (a file:// page): plain memory instead.
 */
const encoder = new TextEncoder();

class PageBuffer extends Uint8Array {
  static allocUnsafe(size: number): PageBuffer {
    return new PageBuffer(size);
  }
  static override from(value: unknown): PageBuffer {
    if (typeof value === 'string') {
      const bytes = encoder.encode(value);
      return new PageBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    if (value instanceof ArrayBuffer) return new PageBuffer(value);
    return new PageBuffer(Uint8Array.from(value as ArrayLike<number>).buffer);
  }
  static concat(list: readonly Uint8Array[]): PageBuffer {
    const out = new PageBuffer(list.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of list) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  }
  write(text: string, offset: number): number {
    return encoder.encodeInto(text, this.subarray(offset)).written;
  }
  copy(target: Uint8Array, targetStart: number, start: number, end: number): number {
    target.set(this.subarray(start, end), targetStart);
    return end - start;
  }
}

const PlainMemory = ArrayBuffer;

export { PageBuffer as Buffer, PlainMemory as SharedArrayBuffer };
