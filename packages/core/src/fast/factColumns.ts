import { plain } from '../arithmetic/decimal.js';
import { effectiveLandMu, emissionFigure, type FactRules, type Facts } from '../evaluate/facts.js';
import type { EnterpriseRecord, NumericField } from '../schema/record.js';
import { decimalColumn, decimalText, storeDecimal, type ColumnarRecords, type DecimalColumn } from './columns.js';

/** The figures the indicators are made of, as columns (names as in the exact engine's `Facts`, evaluate/facts.ts). */
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
  techInvestment: 'techInvestmentWan',
};

/**
 * Fact columns: most are a record column as it is (shared, not copied). Effective land is the
 * owned land unless a record leases land or rents floor space, and emissions are emissionEq unless
 * a record gives pollutant tonnes instead (on the tonnes basis: the tonnes summed, emissionEq
 * unused); those rows are computed by the rules of
 * evaluate/facts.ts in decimal.js and stored exactly (a wide cell when it needs more than 15 significant digits, e.g. a
 * division by the plot ratio).
 */
export function factColumns(cols: ColumnarRecords, rules: FactRules): FactColumns {
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
        if (owned !== undefined) copyCell(owned, land, i);
        continue;
      }
      const x = effectiveLandMu(figuresAt(cols, i), rules);
      if (x !== null) storeDecimal(land, i, plain(x));
    }
  out.landMu = land;

  const eq = rules.emissionBasis === 'tonnes' ? undefined : numbers.emissionEq;
  const tonnes = [numbers.codT, numbers.ammoniaNitrogenT, numbers.so2T, numbers.noxT].filter((c): c is DecimalColumn => c !== undefined);
  const emission = tonnes.length === 0 ? (eq ?? absent) : decimalColumn(n);
  if (tonnes.length > 0)
    for (let i = 0; i < n; i++) {
      if (eq !== undefined && (eq.scale[i] as number) >= 0) {
        copyCell(eq, emission, i);
        continue;
      }
      if (tonnes.every((c) => (c.scale[i] as number) < 0)) continue;
      const x = emissionFigure(figuresAt(cols, i), rules);
      if (x !== null) storeDecimal(emission, i, plain(x));
    }
  out.emission = emission;
  return out;
}

/** Record i's figures as the record fields the land and emission rules read. */
function figuresAt(cols: ColumnarRecords, i: number): EnterpriseRecord {
  const r: Partial<Record<NumericField, string>> = {};
  for (const [field, col] of Object.entries(cols.numbers) as [NumericField, DecimalColumn][]) {
    const t = decimalText(col, i);
    if (t !== undefined) r[field] = t;
  }
  return r as EnterpriseRecord;
}

function copyCell(from: DecimalColumn, to: DecimalColumn, i: number): void {
  to.mant[i] = from.mant[i] as number;
  to.scale[i] = from.scale[i] as number;
  const w = from.wide?.get(i);
  if (w !== undefined) (to.wide ??= new Map()).set(i, w);
}
