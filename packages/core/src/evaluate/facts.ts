import { Dec, decOf } from '../arithmetic/decimal.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { EmissionBasis, Scheme } from '../schema/scheme.js';

/** One record's figures as decimals, parsed once; null where the record has no figure. */
export interface Facts {
  landMu: Dec;
  tax: Dec | null;
  sales: Dec | null;
  valueAdded: Dec | null;
  energy: Dec | null;
  electricity: Dec | null;
  /** The emission figure on the scheme's basis: pollution equivalents, or pollutant tonnes summed. */
  emission: Dec | null;
  employees: Dec | null;
  rd: Dec | null;
  techInvestment: Dec | null;
}

/** Land and emission rules as decimals, prepared once per evaluation. */
export interface FactRules {
  includeRentedFloor: boolean;
  /** 亩 per m² of rented floor: 0.0015 / plot ratio. */
  muPerFloorM2: Dec;
  emissionBasis: EmissionBasis;
  /** kg per equivalent, as [record field, value] pairs. */
  equivalents: readonly (readonly [PollutantField, Dec])[];
}

/** The record fields that give a pollutant's tonnes. */
type PollutantField = keyof EnterpriseRecord & ('codT' | 'ammoniaNitrogenT' | 'so2T' | 'noxT');

/** Prepare the land and emission rules of a scheme. */
export function prepareFactRules(scheme: Pick<Scheme, 'land' | 'emissionBasis' | 'emissionEquivalents'>): FactRules {
  const { land, emissionEquivalents: eq } = scheme;
  return {
    includeRentedFloor: land.includeRentedFloor,
    muPerFloorM2: new Dec('0.0015').div(decOf(land.plotRatio)),
    emissionBasis: scheme.emissionBasis,
    equivalents: [
      ['codT', decOf(eq.codKg)],
      ['ammoniaNitrogenT', decOf(eq.ammoniaNitrogenKg)],
      ['so2T', decOf(eq.so2Kg)],
      ['noxT', decOf(eq.noxKg)],
    ],
  };
}

export const opt = (s: string | undefined): Dec | null => (s === undefined ? null : new Dec(s));

/**
 * Effective land (亩): owned − leased out + leased in, plus rented floor area ÷ plot ratio × 0.0015
 * when the scheme says so. Null when the record gives no land at all (a data problem, like ≤ 0).
 */
export function effectiveLandMu(record: EnterpriseRecord, rules: FactRules): Dec | null {
  const floor = rules.includeRentedFloor ? opt(record.rentedFloorM2) : null;
  if (record.landOwnedMu === undefined && record.landLeasedInMu === undefined && floor === null) return null;
  let land = opt(record.landOwnedMu) ?? new Dec(0);
  if (record.landLeasedOutMu !== undefined) land = land.minus(record.landLeasedOutMu);
  if (record.landLeasedInMu !== undefined) land = land.plus(record.landLeasedInMu);
  if (floor !== null) land = land.plus(floor.times(rules.muPerFloorM2));
  return land;
}

/**
 * The emission figure on the scheme's basis. Equivalents: the record's emissionEq, else
 * Σ tonnes × 1000 / kg-per-equivalent over the pollutants given. Tonnes: Σ tonnes over the
 * pollutants given (emissionEq cannot be turned into tonnes). Null when the record gives none.
 */
export function emissionFigure(record: EnterpriseRecord, rules: FactRules): Dec | null {
  const tonnes = rules.emissionBasis === 'tonnes';
  if (!tonnes && record.emissionEq !== undefined) return new Dec(record.emissionEq);
  let total: Dec | null = null;
  for (const [field, kg] of rules.equivalents) {
    const t = record[field];
    if (t !== undefined) total = (total ?? new Dec(0)).plus(tonnes ? new Dec(t) : new Dec(t).times(1000).div(kg));
  }
  return total;
}
