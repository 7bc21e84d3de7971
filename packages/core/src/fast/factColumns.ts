import { Dec } from '../arithmetic/decimal.js';
import { effectiveLandMu, factsOf, type FactRules, type Facts } from '../evaluate/facts.js';
import { recordAt, decimalColumn, setDecimal, type ColumnarRecords, type DecimalColumn } from './columns.js';

/** The figures the indicators are made of, as columns (names as in the reference engine's {@link Facts}). */
export type FactName = keyof Facts;
export type FactColumns = Record<FactName, DecimalColumn>;

const DIRECT: Partial<Record<FactName, keyof ColumnarRecords['numbers']>> = {
  tax: 'taxWan',
  sales: 'salesWan',
  valueAdded: 'valueAddedWan',
  energy: 'energyTce',
  electricity: 'electricityWanKwh',
  employees: 'employees',
  rd: 'rdWan',
};

/**
 * Fact columns: most are a record column as it is (shared, not copied). Effective land is the
 * owned land unless a record leases land or rents floor space, and emissions are emissionEq unless
 * a record gives pollutant tonnes instead; those rows are computed by the reference engine's own
 * functions and stored exactly. Null when such a derived figure needs more than 15 significant
 * digits (e.g. a division by the plot ratio): the caller then leaves the fast path.
 */
export function factColumns(cols: ColumnarRecords, rules: FactRules): FactColumns | null {
  const n = cols.length;
  const absent = decimalColumn(n);
  const out = {} as FactColumns;
  for (const [fact, field] of Object.entries(DIRECT) as [FactName, keyof ColumnarRecords['numbers']][]) out[fact] = cols.numbers[field] ?? absent;

  const { numbers } = cols;
  const owned = numbers.landOwnedMu;
  const leasing = [numbers.landLeasedOutMu, numbers.landLeasedInMu, rules.includeRentedFloor ? numbers.rentedFloorM2 : undefined].filter(
    (c): c is DecimalColumn => c !== undefined,
  );
  const land = leasing.length === 0 ? (owned ?? absent) : decimalColumn(n);
  if (leasing.length > 0)
    for (let i = 0; i < n; i++) {
      if (leasing.every((c) => (c.scale[i] as number) < 0)) {
        if (owned !== undefined) {
          land.mant[i] = owned.mant[i] as number;
          land.scale[i] = owned.scale[i] as number;
        }
        continue;
      }
      const x = effectiveLandMu(recordAt(cols, i), rules);
      if (x !== null && !setDecimal(land, i, plainText(x))) return null;
    }
  out.landMu = land;

  const eq = numbers.emissionEq;
  const tonnes = [numbers.codT, numbers.ammoniaNitrogenT, numbers.so2T, numbers.noxT].filter((c): c is DecimalColumn => c !== undefined);
  const emission = tonnes.length === 0 ? (eq ?? absent) : decimalColumn(n);
  if (tonnes.length > 0)
    for (let i = 0; i < n; i++) {
      if (eq !== undefined && (eq.scale[i] as number) >= 0) {
        emission.mant[i] = eq.mant[i] as number;
        emission.scale[i] = eq.scale[i] as number;
        continue;
      }
      if (tonnes.every((c) => (c.scale[i] as number) < 0)) continue;
      const x = factsOf(recordAt(cols, i), new Dec(1), rules).emission;
      if (x !== null && !setDecimal(emission, i, plainText(x))) return null;
    }
  out.emission = emission;
  return out;
}

function plainText(x: Dec): string {
  return x.isZero() ? '0' : x.toFixed();
}

/** Fact i as the reference engine's decimal.js {@link Facts} (exact path). */
export function factsAt(facts: FactColumns, i: number): Facts {
  const get = (c: DecimalColumn): Dec | null => {
    const s = c.scale[i] as number;
    return s < 0 ? null : new Dec(c.mant[i] as number).div(new Dec(10).pow(s));
  };
  return {
    landMu: get(facts.landMu) as Dec,
    tax: get(facts.tax),
    sales: get(facts.sales),
    valueAdded: get(facts.valueAdded),
    energy: get(facts.energy),
    electricity: get(facts.electricity),
    emission: get(facts.emission),
    employees: get(facts.employees),
    rd: get(facts.rd),
  };
}
