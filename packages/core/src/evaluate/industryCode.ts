/**
 * GB/T 4754-2017 industry codes as bureaus write them: with the section letter ("C3311") or
 * without it ("3311"). Both forms are brought to "letter + digits" so that an exemption or a
 * benchmark written as "D44" matches a record coded "4411" and the other way round.
 */

// Divisions (first two digits) of each section in GB/T 4754-2017, as [first, last, letter].
const SECTIONS: readonly (readonly [number, number, string])[] = [
  [1, 5, 'A'],
  [6, 12, 'B'],
  [13, 43, 'C'],
  [44, 46, 'D'],
  [47, 50, 'E'],
  [51, 52, 'F'],
  [53, 60, 'G'],
  [61, 62, 'H'],
  [63, 65, 'I'],
  [66, 69, 'J'],
  [70, 70, 'K'],
  [71, 72, 'L'],
  [73, 75, 'M'],
  [76, 79, 'N'],
  [80, 82, 'O'],
  [83, 83, 'P'],
  [84, 85, 'Q'],
  [86, 90, 'R'],
  [91, 96, 'S'],
  [97, 97, 'T'],
];

/** The section letter of a two-digit division, or '' when the division is not in the standard. */
function sectionOf(division: number): string {
  for (const [first, last, letter] of SECTIONS) if (division >= first && division <= last) return letter;
  return '';
}

/**
 * "C3311" / "3311" / " c3311 " → "C3311"; a bare section letter stays as it is. A code with only
 * one digit, or a division outside the standard, keeps just what was given (upper-cased).
 */
export function normaliseIndustryCode(code: string): string {
  const trimmed = code.trim().toUpperCase();
  const m = /^([A-T]?)(\d*)$/.exec(trimmed);
  if (m === null) return trimmed;
  const [, letter = '', digits = ''] = m;
  if (letter !== '' || digits.length < 2) return trimmed;
  return sectionOf(Number(digits.slice(0, 2))) + digits;
}
