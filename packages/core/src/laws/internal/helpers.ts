import { fc } from '@fast-check/vitest';
import type { EnterpriseRecord } from '../../schema/record.js';
import type { Scheme } from '../../schema/scheme.js';
import type { ClassId, Evaluation, IndicatorId } from '../../types/evaluation.js';

/** Shared helpers of the law tests (not public). */

/** Records together with a shuffled copy of them. */
export const withShuffle = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> =>
  arb.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })));

/** Position of a class in the scheme's ladder (0 = best). */
export const classIndex = (scheme: Scheme, id: ClassId): number => scheme.classes.tiers.findIndex((t) => t.id === id);

/** Results by credit code. */
export const byCode = (e: Evaluation) => new Map(e.results.map((r) => [r.creditCode, r]));

/** A plain decimal string, as the records and results use. */
export const DECIMAL = /^-?\d+(\.\d+)?$/;

type Field = keyof EnterpriseRecord;

/** Record fields each indicator reads: [numerator, denominator] ('land' = the effective land, 'emission' = equivalents). */
export function fieldsOf(id: IndicatorId, variant: 'valueAdded' | 'sales' | undefined): [Field, Field | 'land' | 'emission'] {
  switch (id) {
    case 'taxPerMu':
      return ['taxWan', 'land'];
    case 'salesPerMu':
      return ['salesWan', 'land'];
    case 'valueAddedPerMu':
      return ['valueAddedWan', 'land'];
    case 'taxPerEnergy':
      return ['taxWan', 'energyTce'];
    case 'taxPerElectricity':
      return ['taxWan', 'electricityWanKwh'];
    case 'valueAddedPerEnergy':
      return ['valueAddedWan', 'energyTce'];
    case 'taxPerEmission':
      return ['taxWan', 'emission'];
    case 'valueAddedPerEmission':
      return ['valueAddedWan', 'emission'];
    case 'laborProductivity':
      return [variant === 'sales' ? 'salesWan' : 'valueAddedWan', 'employees'];
    case 'rdIntensity':
      return ['rdWan', 'salesWan'];
  }
}
