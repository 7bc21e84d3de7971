/**
 * Money sums in whole fen (0.01 yuan) as bigint: every amount a firm is shown is already rounded
 * to the fen, so sums of them are exact integer additions — no decimal objects, no rounding,
 * and no size limit (a country's totals fit as easily as a firm's).
 */

/** "1234.5", "-0.07", "12" → fen. Accepts at most two decimals (amounts are rounded to the fen). */
export function toFen(yuan: string): bigint {
  if (yuan === '0.00') return 0n;
  // The usual case, an amount as fenToYuan writes it (two decimals): its digits are the fen.
  if (yuan.length >= 4 && yuan.charCodeAt(yuan.length - 3) === 46 && /^-?\d+\.\d\d$/.test(yuan)) return BigInt(yuan.slice(0, -3) + yuan.slice(-2));
  const negative = yuan.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? yuan.slice(1) : yuan).split('.');
  if (frac.length > 2) throw new RangeError(`not rounded to the fen: ${yuan}`);
  const fen = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  return negative ? -fen : fen;
}

/** fen → "1234.50" (always two decimals, "-" only below zero). */
export function fenToYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** Sums yuan amounts already rounded to the fen, exactly; an empty list sums to "0.00". */
export function sumYuan(amounts: readonly string[]): string {
  let total = 0n;
  for (const a of amounts) total += toFen(a);
  return fenToYuan(total);
}
