import { normaliseIndustryCode } from '@mujun/core';

/** Codes already split: a district has a few hundred distinct ones, read for every firm and measure. */
const splits = new Map<string, { letter: string | undefined; digits: string }>();

/** Splits "C3311" / "3311" / "c33" into an optional section letter (given, or implied by the digits) and the digits. */
function split(code: string): { letter: string | undefined; digits: string } {
  let s = splits.get(code);
  if (s === undefined) {
    s = splitCode(code);
    if (splits.size < 10_000) splits.set(code, s);
  }
  return s;
}

// core's normal form: the section letter given, or implied by the digits ("33" → "C33"; "98" → "98": none).
function splitCode(code: string): { letter: string | undefined; digits: string } {
  const m = /^([A-Z]?)(\d*)$/.exec(normaliseIndustryCode(code));
  return m === null ? { letter: undefined, digits: '' } : { letter: m[1] || undefined, digits: m[2] ?? '' };
}

/**
 * True when the firm's GB/T 4754 code falls under the pattern: a section letter ("C"), a
 * digit prefix ("33", "3311") or both ("C33"). Letters are optional on either side.
 */
export function industryMatches(code: string | null, pattern: string): boolean {
  if (code === null || code.trim() === '') return false;
  const c = split(code);
  const p = split(pattern);
  if (p.letter !== undefined && c.letter !== p.letter) return false;
  return c.digits.startsWith(p.digits);
}

/** The 2-digit 大类 a code belongs to with its section letter ("C3311" and "3311" → "C33"), for fiscal summaries; "(unknown)" when absent. */
export function industryDivision(code: string | null): string {
  if (code === null) return '(unknown)';
  const c = split(code);
  if (c.digits.length < 2) return code.trim() === '' ? '(unknown)' : code.trim();
  return `${c.letter ?? ''}${c.digits.slice(0, 2)}`;
}
