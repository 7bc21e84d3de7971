import * as fc from 'fast-check';
import { RECOGNITION_FLAGS, VIOLATION_FLAGS, type EnterpriseRecord } from '../schema/record.js';
import { arbCreditCode } from './creditCode.js';
import { arbDecimalString } from './decimalString.js';

/** Industry codes the record arbitraries draw from; {@link arbScheme}'s industry rules use their prefixes. */
export const ARB_INDUSTRY_CODES = ['C3311', 'C3484', 'C2614', 'C1713', '3921', 'C2929', 'D4411', 'C1610'] as const;

/** Options of {@link arbRecord}. */
export interface RecordOptions {
  /** Credit codes (default {@link arbCreditCode}). */
  creditCode?: fc.Arbitrary<string> | undefined;
  /** Fix the scale (default: above or below, 2 : 1). */
  scale?: 'above' | 'below' | undefined;
  /**
   * 'typical' (default): positive figures of a county's firms, land always given.
   * 'edge': anything the schema accepts — zeros, negatives, no land, tiny and huge figures —
   * for laws such as "no NaN or Infinity ever".
   */
  values?: 'typical' | 'edge' | undefined;
  /** Figures may be absent (default true); the scheme's missing-data rules then apply. */
  withMissing?: boolean | undefined;
  /** Counties drawn from (default 武进区, 钟楼区); an empty list leaves county out. */
  counties?: readonly string[] | undefined;
  /** Some records (1 in 5) have no county while others have one (default: with 'edge' values only). */
  withBlankCounty?: boolean | undefined;
  /** Industry codes drawn from (default {@link ARB_INDUSTRY_CODES}); an empty list leaves industryCode out. */
  industryCodes?: readonly string[] | undefined;
  /** Recognition flags drawn from (default RECOGNITION_FLAGS). */
  flags?: readonly string[] | undefined;
  /** Violations drawn from (default VIOLATION_FLAGS). */
  violations?: readonly string[] | undefined;
  /** Production-start and construction-period dates may appear (default true). */
  withDates?: boolean | undefined;
}

type Figure = fc.Arbitrary<string>;

/**
 * One {@link EnterpriseRecord} the schema accepts: figures as exact decimal strings, optional
 * fields left out (never `undefined`), so records look like what `@mujun/csv` produces.
 *
 * @example
 * fc.assert(fc.property(arbRecords({ minLength: 1, maxLength: 30 }), (records) => {
 *   const e = evaluate(records, getPreset());
 *   expect(e.results.length + e.excluded.length).toBe(records.length);
 * }));
 */
export function arbRecord(options: RecordOptions = {}): fc.Arbitrary<EnterpriseRecord> {
  const edge = options.values === 'edge';
  const withMissing = options.withMissing ?? true;
  const fig = (max: number, decimals = 2): Figure => (edge ? edgeFigure(max) : arbDecimalString({ min: 0, max, decimals }));
  const maybe = <T>(arb: fc.Arbitrary<T>, freq: number): fc.Arbitrary<T | undefined> => (withMissing ? fc.option(arb, { nil: undefined, freq }) : arb);
  // Present about one time in five.
  const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 });
  // Present about one time in ten.
  const seldom = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: arb, weight: 1 });
  const counties = options.counties ?? ['武进区', '钟楼区'];
  const industries = options.industryCodes ?? ARB_INDUSTRY_CODES;
  const flags = options.flags ?? RECOGNITION_FLAGS;
  const violations = options.violations ?? VIOLATION_FLAGS;
  const date = (from: number, to: number) =>
    fc
      .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const withDates = options.withDates ?? true;

  const model = {
    creditCode: options.creditCode ?? arbCreditCode(),
    name: fc
      .constantFrom('精密机械', '新材料', '电子', '纺织', '五金', '化工', '家具', '包装')
      .chain((trade) => fc.nat(999).map((n) => `常州${trade}${n}有限公司`)),
    county:
      counties.length === 0
        ? fc.constant(undefined)
        : (options.withBlankCounty ?? edge)
          ? fc.option(fc.constantFrom(...counties), { nil: undefined, freq: 5 })
          : fc.constantFrom(...counties),
    industryCode: industries.length === 0 ? fc.constant(undefined) : maybe(fc.constantFrom(...industries), 10),
    scale: options.scale === undefined ? fc.constantFrom('above' as const, 'above' as const, 'below' as const) : fc.constant(options.scale),
    keyPolluter: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
    landOwnedMu: edge ? maybe(fig(500), 6) : fig(300),
    landLeasedOutMu: rarely(edge ? fig(50) : arbDecimalString({ min: 0, max: 1, decimals: 2 })),
    landLeasedInMu: rarely(fig(50)),
    rentedFloorM2: rarely(fig(20_000, 0)),
    taxWan: maybe(fig(3000), 12),
    salesWan: maybe(fig(80_000), 12),
    valueAddedWan: maybe(fig(20_000), 8),
    energyTce: maybe(fig(20_000), 6),
    electricityWanKwh: maybe(fig(5000), 6),
    emissionEq: maybe(fig(2000), 3),
    codT: rarely(fig(50, 3)),
    ammoniaNitrogenT: rarely(fig(10, 3)),
    so2T: rarely(fig(50, 3)),
    noxT: rarely(fig(50, 3)),
    rdWan: maybe(fig(2000), 4),
    techInvestmentWan: maybe(fig(3000), 4),
    employees: maybe(edge ? fig(5000) : arbDecimalString({ min: 1, max: 3000, decimals: 0 }), 10),
    productionStartDate: withDates ? rarely(date(2005, 2024)) : fc.constant(undefined),
    constructionPeriodEnd: withDates ? seldom(date(2022, 2026)) : fc.constant(undefined),
    flags: flags.length === 0 ? fc.constant(undefined) : rarely(fc.subarray([...flags], { minLength: 1 })),
    violations: violations.length === 0 ? fc.constant(undefined) : seldom(fc.subarray([...violations], { minLength: 1 })),
  };
  // Typical land: leased out is a small part of the owned land, so effective land stays positive.
  return fc.record(model).map((r) => {
    const record: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(r)) if (value !== undefined) record[key] = value;
    return record as EnterpriseRecord;
  });
}

/** Anything the schema accepts, weighted toward the values that break naive arithmetic. */
function edgeFigure(max: number): Figure {
  return fc.oneof(
    { arbitrary: arbDecimalString({ min: 0, max, decimals: 3 }), weight: 6 },
    { arbitrary: fc.constantFrom('0', '0.0', '0.000001', '-0', '-0.5', '999999999999.99', '1000'), weight: 3 },
    { arbitrary: arbDecimalString({ min: -max, max: 0, decimals: 2 }), weight: 1 },
  );
}
