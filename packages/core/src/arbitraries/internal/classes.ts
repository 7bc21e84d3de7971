import * as fc from 'fast-check';
import { CLASS_LABELS } from '../../labels/labels.js';
import type { SchemeInput } from '../../schema/scheme.js';

/** Scheme parts for {@link arbScheme}: class rules, rounding and adjustments that validateScheme accepts. */

type ClassesInput = NonNullable<SchemeInput['classes']>;
type TierInput = NonNullable<ClassesInput['tiers']>[number];
export type ClassMode = 'quota' | 'threshold' | 'hybrid';

type ClassLetter = 'A' | 'B' | 'C' | 'C-' | 'D';
const LADDERS: readonly (readonly ClassLetter[])[] = [
  ['A', 'B', 'C', 'D'],
  ['A', 'B', 'C', 'D'],
  ['A', 'B', 'C', 'C-', 'D'],
  ['A', 'B', 'C'],
  ['A', 'C', 'D'],
  ['B', 'D'],
];

/** Strictly increasing cumulative shares ending at 1 (quota, hybrid). */
function shares(n: number): fc.Arbitrary<number[]> {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n - 1, maxLength: n - 1 })
    .map((s) => [...s.sort((a, b) => a - b).map((x) => x / 100), 1]);
}

/** Strictly decreasing minimum totals for every class but the last (threshold, hybrid). */
function minTotals(n: number): fc.Arbitrary<number[]> {
  return fc.uniqueArray(fc.integer({ min: -20, max: 160 }), { minLength: n - 1, maxLength: n - 1 }).map((t) => t.sort((a, b) => b - a));
}

/** Classes: a ladder of tiers, a mode, a tie-break, a small-pool rule (minimum, fallback class, benchmarks, last-class count), blank counties, vetoed firms' places. */
export function arbClasses(modes: readonly ClassMode[]): fc.Arbitrary<ClassesInput> {
  return fc.record({ ladder: fc.constantFrom(...LADDERS), mode: fc.constantFrom(...modes) }).chain(({ ladder, mode }) =>
    fc
      .record({
        shares: shares(ladder.length),
        minTotals: minTotals(ladder.length),
        tieBreak: fc.constantFrom('taxPerMu-then-code' as const, 'shared' as const),
        counting: fc.constantFrom('round' as const, 'floor' as const, 'ceil' as const, 'literal' as const),
        minPoolSize: fc.integer({ min: 1, max: 6 }),
        fallbackClass: fc.constantFrom(...ladder),
        poolByCounty: fc.boolean(),
        benchmarkOn: fc.constantFrom('group' as const, 'pool' as const),
        lastClass: fc.constantFrom('rest' as const, 'ownShare' as const),
        blankCounty: fc.constantFrom('exclude' as const, 'ownPool' as const),
        vetoedFirms: fc.constantFrom('keepPlace' as const, 'leaveRanking' as const),
      })
      .map((c) => ({
        mode,
        tiers: ladder.map((id, k): TierInput => {
          const tier: TierInput = { id, name: CLASS_LABELS[id].zh, nameEn: CLASS_LABELS[id].en };
          if (mode !== 'threshold') tier.cumulativeShare = c.shares[k] as number;
          if (mode !== 'quota' && k < ladder.length - 1) tier.minTotal = c.minTotals[k] as number;
          return tier;
        }),
        tieBreak: c.tieBreak,
        smallPool: { counting: c.counting, minPoolSize: c.minPoolSize, fallbackClass: c.fallbackClass, benchmarkOn: c.benchmarkOn, lastClass: c.lastClass },
        poolByCounty: c.poolByCounty,
        blankCounty: c.blankCounty,
        vetoedFirms: c.vetoedFirms,
      })),
  );
}

type AdjustmentsInput = NonNullable<SchemeInput['adjustments']>;

/** Bonus and penalty points with at most `decimals` decimals, and vetoes (capC only when the ladder has a C). */
export function arbAdjustments(decimals: number, hasC: boolean, flags: readonly string[], violations: readonly string[]): fc.Arbitrary<AdjustmentsInput> {
  const scale = 10 ** Math.min(decimals, 2);
  const points = fc.integer({ min: 1, max: 10 * scale }).map((n) => n / scale);
  const rule = (names: readonly string[]) => fc.uniqueArray(fc.record({ flag: fc.constantFrom(...names), points }), { maxLength: 3, selector: (r) => r.flag });
  const effects = hasC ? (['forceD', 'capC'] as const) : (['forceD'] as const);
  return fc.record({
    bonuses: rule(flags),
    penalties: rule(violations),
    vetoes: fc.uniqueArray(fc.record({ flag: fc.constantFrom(...violations), effect: fc.constantFrom(...effects) }), { maxLength: 2, selector: (r) => r.flag }),
  });
}
