import { CREDIT_CODE_CHARSET } from '@mujun/core';

/** A credit-code character's value in the code's alphabet (GB 32100: 0–9 and 21 letters), by character code; −1 outside it. */
export const CODE_VALUE = new Int8Array(256).fill(-1);
for (const [v, ch] of [...CREDIT_CODE_CHARSET].entries()) CODE_VALUE[ch.charCodeAt(0)] = v;

const BASE = CREDIT_CODE_CHARSET.length;

/**
 * Row k's credit code as two exact integers at 2k and 2k + 1 of `out`: its first and last nine
 * characters in base 31, the code's alphabet (31⁹ < 2⁵³), so equal pairs are equal codes. The
 * readers write them as they read each code — from the bytes of a sure line, or from the text
 * parseRow made of any other — and the merge numbers the codes of every source from them
 * (merge/codeTable) without reading or comparing a string. `code` must be a valid code.
 */
export function writeCodeHalves(code: Uint8Array | string, start: number, out: Float64Array, k: number): void {
  const bytes = typeof code !== 'string';
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 9; i++) {
    const a = CODE_VALUE[bytes ? code[start + i]! : code.charCodeAt(start + i)]!;
    const b = CODE_VALUE[bytes ? code[start + 9 + i]! : code.charCodeAt(start + 9 + i)]!;
    if (!(a >= 0 && b >= 0)) throw new Error(`not a credit code at row ${k}`);
    hi = hi * BASE + a;
    lo = lo * BASE + b;
  }
  out[2 * k] = hi;
  out[2 * k + 1] = lo;
}
