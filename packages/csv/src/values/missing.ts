import { halfWidth } from './halfWidth.js';

/** Cell texts that mean "no value" (after trimming and full-width folding): blank, dashes, slash, 无. */
export const MISSING_TOKENS: readonly string[] = ['', '-', '--', '—', '——', '―', '/', '无'];
const MISSING = new Set(MISSING_TOKENS);

/** The cell folded to half-width and trimmed; `undefined` when it means "missing". */
export function presentText(raw: string): string | undefined {
  const s = halfWidth(raw).trim();
  return MISSING.has(s) ? undefined : s;
}
