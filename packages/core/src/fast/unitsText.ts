/** A whole number of 10^−decimals units as a fixed-point string: (12345, 2) → "123.45", (−5, 2) → "-0.05", (0, 2) → "0.00". */
export function unitsText(units: number, decimals: number): string {
  if (decimals === 2 && units > -1e15 && units < 1e15) {
    // The common case without slicing strings: whole part, then two digits.
    const a = units < 0 ? -units : units;
    const whole = Math.floor(a / 100);
    const cents = a - whole * 100;
    return `${units < 0 ? '-' : ''}${whole}${cents < 10 ? '.0' : '.'}${cents}`;
  }
  const neg = units < 0;
  let digits = String(Math.abs(units));
  if (decimals === 0) return neg ? `-${digits}` : digits;
  if (digits.length <= decimals) digits = '0'.repeat(decimals - digits.length + 1) + digits;
  const body = `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
  return neg ? `-${body}` : body;
}
