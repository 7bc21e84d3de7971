import { ByteWriter } from '../write/byteWriter.js';
import { decideSixDigits, sixDigitsDecided } from './shownValue.js';

/**
 * @mujun/csv's ByteWriter with the numbers of result lines, written digit by digit. Each number
 * writer produces exactly the text of its string counterpart (unitsText, scaledText, String of a
 * whole number); the tests compare them, and the files, byte for byte.
 */
export class ByteLine extends ByteWriter {
  /** A whole number 0 ≤ n < 2^53, in decimal. */
  uint(n: number): void {
    this.room(16);
    if (n < 10) {
      this.buf[this.pos++] = 48 + n;
      return;
    }
    if (n < 2 ** 31) {
      this.pos = smallUintInto(this.buf, this.pos, n);
      return;
    }
    let digits = 0;
    for (let x = n; x >= 1; x = Math.floor(x / 10)) digits++;
    let at = this.pos + digits;
    this.pos = at;
    for (let x = n; x >= 1; x = Math.floor(x / 10)) this.buf[--at] = 48 + (x % 10);
  }

  /** unitsText(units, decimals): a whole number of 10^−decimals units, fixed point. */
  units(units: number, decimals: number): void {
    if (units < 0) this.byte(45);
    const a = Math.abs(units);
    if (a < 2 ** 31 && decimals <= 9) {
      // Scores: integer arithmetic, the digits written in place.
      this.room(24);
      const buf = this.buf;
      const p = POW10_INT[decimals] as number;
      const whole = (a / p) | 0;
      let pos = smallUintInto(buf, this.pos, whole);
      if (decimals > 0) {
        buf[pos++] = 46;
        let frac = a - whole * p;
        for (let k = pos + decimals - 1; k >= pos; k--) {
          const next = (frac / 10) | 0;
          buf[k] = 48 + frac - next * 10;
          frac = next;
        }
        pos += decimals;
      }
      this.pos = pos;
      return;
    }
    const p = 10 ** decimals;
    const whole = Math.floor(a / p);
    this.uint(whole);
    if (decimals === 0) return;
    this.byte(46);
    let frac = a - whole * p;
    this.room(decimals);
    for (let k = decimals - 1; k >= 0; k--) {
      this.buf[this.pos + k] = 48 + (frac % 10);
      frac = Math.floor(frac / 10);
    }
    this.pos += decimals;
  }

  /** scaledText(mant, scale): mant / 10^scale as a canonical plain decimal (no trailing fraction zeros, never "-0"). */
  scaled(mant: number, scale: number): void {
    let m = mant;
    let s = scale;
    while (s > 0 && m % 10 === 0) {
      m /= 10;
      s--;
    }
    this.units(m, s);
  }
}

const digitsOf = new Uint8Array(8);
const POW10_INT = Array.from({ length: 10 }, (_, k) => 10 ** k);

/** 0 ≤ n < 2^31 in decimal at buf[pos…] (room made by the caller); the position after it. */
function smallUintInto(buf: Uint8Array, pos: number, n: number): number {
  let digits = 1;
  for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
  let at = pos + digits;
  for (let x = n; at > pos; ) {
    const next = (x / 10) | 0;
    buf[--at] = 48 + x - next * 10;
    x = next;
  }
  return pos + digits;
}

/**
 * shownValue's six significant digits written straight into `b` (the same decision and text as
 * sixDigits in shownValue.ts): false — nothing written — when the float cannot decide, or the text
 * would need an exponent; the caller then takes the string path.
 */
export function sixDigitsInto(b: ByteLine, x: number): boolean {
  if (!decideSixDigits(Math.abs(x))) return false;
  let { r } = sixDigitsDecided;
  const { e } = sixDigitsDecided;
  if (!(e > -7 && e < 21)) return false;
  let nd = 6;
  // r < 10^6: integer arithmetic.
  while (r % 10 === 0) {
    r = (r / 10) | 0;
    nd--;
  }
  for (let k = nd - 1; k >= 0; k--) {
    const next = (r / 10) | 0;
    digitsOf[k] = 48 + r - next * 10;
    r = next;
  }
  b.room(nd + 30);
  const buf = b.buf;
  let pos = b.pos;
  if (x < 0) buf[pos++] = 45;
  if (e < 0) {
    buf[pos++] = 48;
    buf[pos++] = 46;
    for (let k = 0; k < -e - 1; k++) buf[pos++] = 48;
    for (let k = 0; k < nd; k++) buf[pos++] = digitsOf[k] as number;
  } else if (nd <= e + 1) {
    for (let k = 0; k < nd; k++) buf[pos++] = digitsOf[k] as number;
    for (let k = nd; k < e + 1; k++) buf[pos++] = 48;
  } else {
    for (let k = 0; k < e + 1; k++) buf[pos++] = digitsOf[k] as number;
    buf[pos++] = 46;
    for (let k = e + 1; k < nd; k++) buf[pos++] = digitsOf[k] as number;
  }
  b.pos = pos;
  return true;
}
