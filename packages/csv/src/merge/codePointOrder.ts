/**
 * Compares two strings by Unicode code point — the same on every machine and in every locale
 * (a shell's `*.csv` and `localeCompare` follow the locale's collation; `<` on strings compares
 * UTF-16 units, which puts U+10000 and above before U+E000 … U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
