/**
 * Cutting a file's body into parts for parallel parsing. A cut goes right after a line feed
 * that is outside quotes: the number of `"` bytes from the start of the body to the cut is even
 * (an escaped quote `""` counts twice, so parity is what matters). Each part then starts at a
 * record boundary, and its first physical line is the body's plus the line breaks (CRLF once,
 * lone CR, LF — as the ordinary reader counts them) before the cut.
 */
export interface BodyPart {
  start: number;
  end: number;
  firstLine: number;
}

/** Line breaks in bytes [from, to), CRLF counted once (native searches; a byte loop only when there are CRs). */
export function countLineBreaks(b: Uint8Array, from: number, to: number): number {
  const bytes = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  let n = 0;
  if (bytes.indexOf(13, from) < 0 || bytes.indexOf(13, from) >= to) {
    for (let i = bytes.indexOf(10, from); i >= 0 && i < to; i = bytes.indexOf(10, i + 1)) n++;
    return n;
  }
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c === 10) n++;
    else if (c === 13 && b[i + 1] !== 10) n++;
  }
  return n;
}

/** Quote bytes in [from, to), by native search. */
function countQuotes(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(34, from); i >= 0 && i < to; i = bytes.indexOf(34, i + 1)) n++;
  return n;
}

/** Offset of the start of physical line `line` (1-based), counting from `from` (line 1); -1 past the end. */
export function lineOffset(b: Uint8Array, from: number, line: number): number {
  let n = 1;
  for (let i = from; i < b.length && n < line; i++) {
    const c = b[i];
    if (c === 10 || (c === 13 && b[i + 1] !== 10)) {
      n++;
      if (n === line) return i + 1;
    }
  }
  return n === line ? from : -1;
}

/** Splits [start, end) into up to `parts` pieces at line feeds outside quotes. */
export function splitBody(b: Uint8Array, start: number, end: number, firstLine: number, parts: number): BodyPart[] {
  const out: BodyPart[] = [];
  let from = start;
  let line = firstLine;
  let quotes = 0;
  let scanned = start; // quotes counted in [start, scanned)
  for (let k = 1; k < parts; k++) {
    const target = start + Math.floor(((end - start) * k) / parts);
    if (target <= from) continue;
    const bytes = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    quotes += countQuotes(bytes, scanned, target);
    let cut = -1;
    // The next line feed with an even count of quotes before it.
    for (let i = target; i < end; ) {
      const nl = bytes.indexOf(10, i);
      if (nl < 0 || nl >= end) break;
      quotes += countQuotes(bytes, i, nl);
      if (quotes % 2 === 0) {
        cut = nl + 1;
        break;
      }
      i = nl + 1;
    }
    scanned = cut < 0 ? end : cut;
    if (cut < 0 || cut >= end) break;
    out.push({ start: from, end: cut, firstLine: line });
    line += countLineBreaks(b, from, cut);
    from = cut;
  }
  out.push({ start: from, end, firstLine: line });
  return out;
}
