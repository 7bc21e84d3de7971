/**
 * Which lines can be split at the delimiter without csv-parse: a line with no quote, no white
 * space (what csv-parse trims, and what a lone carriage return is) and no other control byte.
 * csv-parse then reads it as exactly the cells between the delimiters, untrimmed.
 *
 * White space is csv-parse's trim set, which is JavaScript's `\s`: ASCII 9–13 and space, and in
 * UTF-8 U+00A0 (C2 A0), U+1680 (E1 9A 80), U+2000–200A, U+2028, U+2029, U+202F (E2 80 xx),
 * U+205F (E2 81 9F), U+3000 (E3 80 80) and U+FEFF (EF BB BF). Chinese text (lead bytes E4–E9)
 * costs one table look-up per byte.
 */

/** csv-parse's longest record (csvParseOptions' max_record_size): a longer line is csv-parse's to refuse. */
const MAX_RECORD = 1 << 20;

const ORDINARY = 0;
const UNSURE = 1;
const LEAD = 2; // the first byte of a sequence that may be white space

const CLASS = new Uint8Array(256);
for (let c = 0; c < 32; c++) CLASS[c] = UNSURE;
CLASS[32] = UNSURE;
CLASS[34] = UNSURE;
CLASS[127] = UNSURE;
for (const c of [0xc2, 0xe1, 0xe2, 0xe3, 0xef]) CLASS[c] = LEAD;

/** Whether the UTF-8 sequence at `i` (lead byte c) is white space. */
function whiteSpace(b: Uint8Array, i: number, c: number): boolean {
  const c1 = b[i + 1];
  const c2 = b[i + 2];
  switch (c) {
    case 0xc2:
      return c1 === 0xa0;
    case 0xe1:
      return c1 === 0x9a && c2 === 0x80;
    case 0xe2:
      return (c1 === 0x80 && c2 !== undefined && (c2 <= 0x8a || c2 === 0xa8 || c2 === 0xa9 || c2 === 0xaf)) || (c1 === 0x81 && c2 === 0x9f);
    case 0xe3:
      return c1 === 0x80 && c2 === 0x80;
    default:
      return c1 === 0xbb && c2 === 0xbf;
  }
}

/**
 * The end of the line [start, lineEnd) without its record delimiter's carriage return (CRLF), or
 * −1 when the line is too long for csv-parse.
 */
export function lineBytes(b: Uint8Array, start: number, lineEnd: number): number {
  if (lineEnd - start > MAX_RECORD) return -1;
  return lineEnd > start && b[lineEnd] === 10 && b[lineEnd - 1] === 13 ? lineEnd - 1 : lineEnd;
}

/**
 * The cells of the line [start, end) when it is sure: their number, and each cell's start and end
 * at 2c and 2c + 1 of `bounds`; −1 when the line is not sure or has more cells than `bounds` holds.
 */
export function sureLine(b: Uint8Array, start: number, end: number, delimiter: number, bounds: Int32Array): number {
  const most = bounds.length >> 1;
  let cells = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c === delimiter) {
      if (cells === most - 1) return -1;
      bounds[2 * cells] = from;
      bounds[2 * cells + 1] = i;
      cells++;
      from = i + 1;
      continue;
    }
    const k = CLASS[c];
    if (k === ORDINARY) continue;
    if (k === UNSURE || whiteSpace(b, i, c)) return -1;
  }
  bounds[2 * cells] = from;
  bounds[2 * cells + 1] = end;
  return cells + 1;
}
