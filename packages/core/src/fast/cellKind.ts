import type { FigureId, MissingRule, MissingRules } from '../schema/scheme.js';
import type { FactName } from './factColumns.js';

/**
 * What one firm's figures make of one indicator (DOMAIN.md §4, missing data by figure):
 * - `observed`: both figures reported, denominator > 0 — a value, scored by the method;
 * - `zero`, `poolAverage`, `exclude`: a figure is missing, and this is the rule that applies;
 * - `best`: a positive numerator over a reported 0 (no emissions, no energy): the pool's best score;
 * - `nothing`: a numerator ≤ 0 over a reported 0: scores 0.
 */
export type CellKind = 'observed' | MissingRule | 'best' | 'nothing';

/** A figure as the rule reads it: null when not reported, else its sign. */
export type FigureSign = -1 | 0 | 1 | null;

// When several figures of a cell are missing, the strictest of their rules applies.
const STRICTNESS: Readonly<Record<MissingRule, number>> = { poolAverage: 0, zero: 1, exclude: 2 };

/** The group's rule for a figure: the one named, else `zero` (land is never missing in a scored firm). */
export function ruleOf(missing: MissingRules, fact: FactName): MissingRule {
  return fact === 'landMu' ? 'zero' : (missing[fact as FigureId] ?? 'zero');
}

/**
 * The kind of a cell from its numerator's and denominator's signs (null = not reported) and the
 * rules of their figures. A negative denominator (negative energy, headcount, emissions) is not a
 * figure one can divide by: it counts as missing.
 */
export function cellKind(num: FigureSign, den: FigureSign, numRule: MissingRule, denRule: MissingRule): CellKind {
  const numMissing = num === null;
  const denMissing = den === null || den < 0;
  if (numMissing && denMissing) return STRICTNESS[numRule] >= STRICTNESS[denRule] ? numRule : denRule;
  if (numMissing) return numRule;
  if (denMissing) return denRule;
  if (den === 0) return num > 0 ? 'best' : 'nothing';
  return 'observed';
}

/** Cell kinds as stored per cell of a pool (index into {@link CELL_KINDS}). */
export const CELL_KINDS: readonly CellKind[] = ['observed', 'zero', 'poolAverage', 'exclude', 'best', 'nothing'];
export const KIND_OBSERVED = 0;
export const KIND_ZERO = 1;
export const KIND_AVERAGE = 2;
export const KIND_BEST = 4;
export const KIND_NOTHING = 5;

/** The sign of cell i of a figure column, null when absent (tiny wide cells keep their sign in `mant`). */
export function signAt(col: { mant: Float64Array; scale: Int8Array }, i: number): FigureSign {
  if ((col.scale[i] as number) < 0) return null;
  const m = col.mant[i] as number;
  return m > 0 ? 1 : m < 0 ? -1 : 0;
}
