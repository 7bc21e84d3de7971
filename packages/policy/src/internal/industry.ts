/**
 * GB/T 4754-2017 门类 (sections) by their first and last 2-digit 大类 (division), so a section
 * letter such as "C" (制造业, divisions 13–43) also matches digit-only codes like "3311".
 */
const SECTIONS: readonly [string, number, number][] = [
  ['A', 1, 5],
  ['B', 6, 12],
  ['C', 13, 43],
  ['D', 44, 46],
  ['E', 47, 50],
  ['F', 51, 52],
  ['G', 53, 60],
  ['H', 61, 62],
  ['I', 63, 65],
  ['J', 66, 69],
  ['K', 70, 70],
  ['L', 71, 72],
  ['M', 73, 75],
  ['N', 76, 79],
  ['O', 80, 82],
  ['P', 83, 83],
  ['Q', 84, 85],
  ['R', 86, 90],
  ['S', 91, 96],
  ['T', 97, 97],
];

function sectionOfDivision(division: number): string | undefined {
  return SECTIONS.find(([, lo, hi]) => division >= lo && division <= hi)?.[0];
}

/** Codes already split: a district has a few hundred distinct ones, read for every firm and measure. */
const splits = new Map<string, { letter: string | undefined; digits: string }>();

/** Splits "C3311" / "3311" / "c33" into an optional section letter and the digits. */
function split(code: string): { letter: string | undefined; digits: string } {
  let s = splits.get(code);
  if (s === undefined) {
    s = splitCode(code);
    if (splits.size < 10_000) splits.set(code, s);
  }
  return s;
}

function splitCode(code: string): { letter: string | undefined; digits: string } {
  const m = /^([A-Za-z]?)(\d*)$/.exec(code.trim());
  if (m === null) return { letter: undefined, digits: '' };
  const digits = m[2] ?? '';
  const given = m[1] === '' || m[1] === undefined ? undefined : m[1].toUpperCase();
  const derived = digits.length >= 2 ? sectionOfDivision(Number(digits.slice(0, 2))) : undefined;
  return { letter: given ?? derived, digits };
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
