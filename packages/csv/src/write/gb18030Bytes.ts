/**
 * Text as GB18030-2005 bytes, in Node and in a browser alike (`score --encoding gbk`, and the web
 * page's). The table is the platform's own GB18030 decoder run backwards, made once on first use
 * (some 63 000 code points, a few milliseconds); the bytes are those iconv-lite wrote before it was
 * replaced (a test pins every code point's).
 */

/** Two-byte codes: 126 lead bytes × 190 trail bytes. */
const TWO_BYTE = 23_940;
/** Four-byte codes of the Basic Multilingual Plane (pointers 0 … 39 419). */
const FOUR_BYTE_BMP = 39_420;
/** The four-byte pointer of U+10000; the planes above follow it one by one. */
const SUPPLEMENTARY_POINTER = 189_000;

/**
 * Where GB18030-2022 (today's decoders) and GB18030-2005 differ: vertical forms and CJK characters
 * that 2005 left in the Private Use Area, and U+E5E5. `score` has always written 2005's codes, so
 * these are written as 2005 writes them: runs of code points given four-byte pointers one after the
 * other, and two-byte codes.
 */
const FOUR_BYTE_2005: readonly (readonly [first: number, pointer: number, count: number])[] = [
  [0x9fb4, 19_057, 8],
  [0xe5e5, 37_026, 1],
  [0xfe10, 39_076, 10],
];
const TWO_BYTE_2005: readonly (readonly [first: number, codes: readonly number[]])[] = [
  [0xe78d, [0xa6d9, 0xa6da, 0xa6db, 0xa6dc, 0xa6dd, 0xa6de, 0xa6df, 0xa6ec, 0xa6ed, 0xa6f3]],
  [0xe81e, [0xfe59]],
  [0xe826, [0xfe61]],
  [0xe82b, [0xfe66, 0xfe67]],
  [0xe832, [0xfe6d]],
  [0xe843, [0xfe7e]],
  [0xe854, [0xfe90]],
  [0xe864, [0xfea0]],
];

const twoBytes = (p: number): [number, number] => {
  const trail = p % 190;
  return [Math.floor(p / 190) + 0x81, trail + (trail < 0x3f ? 0x40 : 0x41)];
};
const fourBytes = (p: number): [number, number, number, number] => [
  Math.floor(p / 12_600) + 0x81,
  (Math.floor(p / 1260) % 10) + 0x30,
  (Math.floor(p / 10) % 126) + 0x81,
  (p % 10) + 0x30,
];

let table: Uint32Array | undefined;

/**
 * Each BMP code unit's bytes as one big-endian integer (0: not yet known), from the platform's
 * decoder. A two-byte code is below 2¹⁶ (its lead byte is 0x81 or more), a four-byte one above.
 */
function bmpTable(): Uint32Array {
  if (table) return table;
  const out = new Uint32Array(0x10000);
  const decode = (bytes: Uint8Array, width: number, count: number): string => {
    const text = new TextDecoder('gb18030').decode(bytes);
    if (text.length !== count) throw new Error(`internal: the platform's GB18030 decoder gave ${text.length} characters for ${count} ${width}-byte codes`);
    return text;
  };
  const two = new Uint8Array(TWO_BYTE * 2);
  for (let p = 0; p < TWO_BYTE; p++) two.set(twoBytes(p), p * 2);
  const twoText = decode(two, 2, TWO_BYTE);
  for (let p = 0; p < TWO_BYTE; p++) {
    const c = twoText.charCodeAt(p);
    if (out[c] === 0) out[c] = pack(twoBytes(p));
  }
  const four = new Uint8Array(FOUR_BYTE_BMP * 4);
  for (let p = 0; p < FOUR_BYTE_BMP; p++) four.set(fourBytes(p), p * 4);
  const fourText = decode(four, 4, FOUR_BYTE_BMP);
  for (let p = 0; p < FOUR_BYTE_BMP; p++) {
    const c = fourText.charCodeAt(p);
    if (out[c] === 0) out[c] = pack(fourBytes(p));
  }
  for (const [first, pointer, count] of FOUR_BYTE_2005) for (let k = 0; k < count; k++) out[first + k] = pack(fourBytes(pointer + k));
  for (const [first, codes] of TWO_BYTE_2005) codes.forEach((code, k) => (out[first + k] = code));
  table = out;
  return out;
}

/** Two or four bytes as one big-endian integer (below 2³², so it fits a Uint32Array). */
function pack(bytes: readonly number[]): number {
  let n = 0;
  for (const b of bytes) n = n * 256 + b;
  return n;
}

/**
 * `text` as GB18030 bytes (GBK's for every character GBK has), as `score --encoding gbk` writes it.
 * A lone surrogate is written as U+FFFD.
 */
export function gb18030Bytes(text: string): Uint8Array {
  const codes = bmpTable();
  let out = new Uint8Array(text.length * 2 + 16);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (k + 4 > out.length) {
      const bigger = new Uint8Array(out.length * 2);
      bigger.set(out.subarray(0, k));
      out = bigger;
    }
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[k++] = c;
      continue;
    }
    let code: number;
    if (c >= 0xd800 && c < 0xe000) {
      const low = text.charCodeAt(i + 1);
      if (c < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
        i++;
        code = pack(fourBytes(SUPPLEMENTARY_POINTER + ((c - 0xd800) << 10) + (low - 0xdc00)));
      } else code = codes[0xfffd] as number; // a lone surrogate is U+FFFD, as once the CLI's text has been through UTF-8
    } else code = codes[c] as number;
    if (code < 0x10000) {
      out[k] = code >>> 8;
      out[k + 1] = code & 0xff;
      k += 2;
    } else {
      out[k] = code >>> 24;
      out[k + 1] = (code >>> 16) & 0xff;
      out[k + 2] = (code >>> 8) & 0xff;
      out[k + 3] = code & 0xff;
      k += 4;
    }
  }
  return out.subarray(0, k);
}
