import { decideSixDigits, sixDigitsDecided } from './shownValue.js';

/**
 * A growing byte buffer that result lines are written into directly: numbers digit by digit, text
 * as UTF-8 — instead of a string per cell and a string per line, which a million lines turn into
 * garbage-collector work. Each number writer produces exactly the text of its string counterpart
 * (unitsText, scaledText, String of a whole number); the tests compare the files byte for byte.
 */
export class ByteLine {
  buf: Buffer;
  pos = 0;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(Math.max(1024, size));
  }

  room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  byte(c: number): void {
    this.room(1);
    this.buf[this.pos++] = c;
  }

  /** Any text, as UTF-8. */
  text(s: string): void {
    this.room(s.length * 3);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  /**
   * A code cell csvCell would leave as it is (capitals and digits, not all digits, not digits-E-digits:
   * see CsvLine's isSafeCode), written byte by byte; false — nothing written — otherwise.
   */
  safeCode(s: string): boolean {
    this.room(s.length);
    const start = this.pos;
    let letters = 0;
    let e = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || (c > 57 && c < 65) || c > 90) {
        this.pos = start;
        return false;
      }
      if (c >= 65) {
        letters++;
        if (c === 69) e++;
      }
      this.buf[this.pos++] = c;
    }
    if (letters === 0 || (letters === 1 && e === 1)) {
      this.pos = start;
      return false;
    }
    return true;
  }

  /** A whole number 0 ≤ n < 2^53, in decimal. */
  uint(n: number): void {
    this.room(16);
    if (n < 10) {
      this.buf[this.pos++] = 48 + n;
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
    if (mant === 0) {
      this.byte(48);
      return;
    }
    if (mant < 0) this.byte(45);
    let m = Math.abs(mant);
    let s = scale;
    while (s > 0 && m % 10 === 0) {
      m /= 10;
      s--;
    }
    if (s === 0) {
      this.uint(m);
      return;
    }
    const p = 10 ** s;
    const whole = Math.floor(m / p);
    this.uint(whole);
    this.byte(46);
    let frac = m - whole * p;
    this.room(s);
    for (let k = s - 1; k >= 0; k--) {
      this.buf[this.pos + k] = 48 + (frac % 10);
      frac = Math.floor(frac / 10);
    }
    this.pos += s;
  }

  /** The bytes written so far (no copy: a large buffer is memory outside the heap, and copying it twice as much), and a fresh buffer. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(1024);
    this.pos = 0;
    return out;
  }
}

const digitsOf = new Uint8Array(8);

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
  while (r % 10 === 0) {
    r /= 10;
    nd--;
  }
  for (let k = nd - 1; k >= 0; k--) {
    digitsOf[k] = 48 + (r % 10);
    r = Math.floor(r / 10);
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
