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

/** Line breaks in bytes [from, to), CRLF counted once. */
export function countLineBreaks(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c === 10) n++;
    else if (c === 13 && b[i + 1] !== 10) n++;
  }
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
    for (let i = scanned; i < target; i++) if (b[i] === 34) quotes++;
    let cut = -1;
    let i = target;
    for (; i < end; i++) {
      const c = b[i];
      if (c === 34) quotes++;
      else if (c === 10 && quotes % 2 === 0) {
        cut = i + 1;
        break;
      }
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
