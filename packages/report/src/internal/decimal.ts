/**
 * Display rounding of decimal strings, done on the digits so that a value shown to an
 * enterprise is never changed by binary floating point (the package has no decimal library).
 */

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Rounds a plain decimal string half-up (away from zero) to `dp` places; other strings pass through. */
export function roundDecimal(value: string, dp: number): string {
  const m = PLAIN.exec(value.trim());
  if (!m) return value;
  const sign = m[1] ?? '';
  const int = m[2] ?? '0';
  const frac = m[3] ?? '';
  if (frac.length <= dp) return trimSign(sign, int + (dp > 0 ? '.' + frac.padEnd(dp, '0') : ''));
  const kept = int + frac.slice(0, dp);
  const roundUp = (frac.charCodeAt(dp) - 48) >= 5;
  const digits = roundUp ? addOne(kept) : kept;
  const intLen = digits.length - dp;
  const out = dp > 0 ? digits.slice(0, intLen) + '.' + digits.slice(intLen) : digits;
  return trimSign(sign, out.replace(/^0+(?=\d)/, ''));
}

/** Formats with thousands separators after rounding, e.g. "1234567.891" → "1,234,567.89". */
export function formatDecimal(value: string, dp: number): string {
  const r = roundDecimal(value, dp);
  const m = PLAIN.exec(r);
  if (!m) return r;
  const grouped = (m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (m[1] ?? '') + grouped + (m[3] !== undefined ? '.' + m[3] : '');
}

/** Chooses display places for an indicator value: more for small magnitudes (e.g. R&D intensity 0.0302). */
export function formatMeasure(value: string): string {
  const m = PLAIN.exec(value.trim());
  if (!m) return value;
  const int = (m[2] ?? '').replace(/^0+/, '');
  return formatDecimal(value, int.length === 0 ? 4 : int.length >= 4 ? 1 : 2);
}

function addOne(digits: string): string {
  const a = digits.split('');
  for (let i = a.length - 1; i >= 0; i--) {
    if (a[i] === '9') a[i] = '0';
    else {
      a[i] = String.fromCharCode((a[i] ?? '0').charCodeAt(0) + 1);
      return a.join('');
    }
  }
  return '1' + a.join('');
}

function trimSign(sign: string, s: string): string {
  // "-0.00" reads as a different number to people; show it as "0.00".
  return sign && /[1-9]/.test(s) ? sign + s : s;
}

/** "12.5000" → "12.5", "100.0000" → "100": the bureau's figure without padding. */
export function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
