import fc from 'fast-check';
import { getPreset, parseScheme } from '@mujun/core';
import type { EnterpriseRecord, Scheme } from '@mujun/core';

/**
 * Test helpers (not public API): records and scheme variants for the sensitivity and simulation
 * laws. Values are small decimals with few digits, so ties and exact rounding boundaries occur.
 */

const figure = (max: number) =>
  fc.option(
    fc.tuple(fc.integer({ min: 0, max }), fc.constantFrom(0, 1, 2)).map(([n, dp]) => (dp === 0 ? String(n) : (n / 10 ** dp).toFixed(dp))),
    { nil: undefined, freq: 8 },
  );

/** Records of a small district: two counties, above and below scale, some missing figures, some flags. */
export const arbRecords = (maxLength = 25): fc.Arbitrary<EnterpriseRecord[]> =>
  fc
    .array(
      fc.record({
        county: fc.constantFrom('钟楼区', '武进区'),
        scale: fc.constantFrom('above' as const, 'above' as const, 'below' as const),
        landOwnedMu: fc.integer({ min: 3, max: 120 }).map(String),
        taxWan: figure(2000),
        salesWan: figure(50_000),
        valueAddedWan: figure(10_000),
        energyTce: figure(5000),
        electricityWanKwh: figure(3000),
        emissionEq: figure(50),
        rdWan: figure(900),
        employees: figure(800),
        violations: fc.option(
          fc.constantFrom('safety-accident', 'environmental-violation').map((v) => [v]),
          { nil: undefined, freq: 6 },
        ),
        // Twins (same figures, another code) make ties of shown totals common.
        twinOf: fc.option(fc.nat(30), { nil: undefined, freq: 2 }),
      }),
      { minLength: 1, maxLength },
    )
    .map((rows) =>
      rows.map(({ twinOf, ...own }, i) => {
        const twin = twinOf !== undefined && twinOf < i ? rows[twinOf] : undefined;
        const r = twin === undefined ? own : { ...twin, twinOf: undefined, violations: own.violations };
        const record: EnterpriseRecord = { creditCode: `91320400MA${String(i).padStart(8, '0')}`, name: `企业${i}`, industryCode: 'C3311', ...r };
        delete (record as { twinOf?: unknown }).twinOf;
        for (const k of Object.keys(record) as (keyof EnterpriseRecord)[]) if (record[k] === undefined) delete record[k];
        return record;
      }),
    );

/** The default scheme under class-rule variants: tie-break, threshold/hybrid, small pools, vetoes, rounding. */
export const arbScheme: fc.Arbitrary<Scheme> = fc
  .record({
    preset: fc.constantFrom('changzhou-wujin', 'huaian-2024', 'jingde-2022', 'zhejiang-huangyan-2022'),
    tieBreak: fc.constantFrom('taxPerMu-then-code' as const, 'shared' as const),
    mode: fc.constantFrom('quota' as const, 'threshold' as const, 'hybrid' as const),
    counting: fc.constantFrom('round' as const, 'floor' as const, 'ceil' as const),
    minPoolSize: fc.constantFrom(1, 3),
    decimals: fc.constantFrom(0, 1, 2),
    roundMode: fc.constantFrom('halfUp' as const, 'halfEven' as const, 'down' as const),
    vetoes: fc.boolean(),
  })
  .map((v) => {
    const base = getPreset(v.preset);
    return parseScheme({
      ...base,
      adjustments: {
        ...base.adjustments,
        vetoes: v.vetoes
          ? [
              { flag: 'safety-accident', effect: 'forceD' as const },
              { flag: 'environmental-violation', effect: 'capC' as const },
            ]
          : [],
      },
      classes: {
        ...base.classes,
        mode: v.mode,
        tieBreak: v.tieBreak,
        smallPool: { ...base.classes.smallPool, counting: v.counting, minPoolSize: v.minPoolSize },
        tiers: base.classes.tiers.map((t, k) => ({ ...t, cumulativeShare: t.cumulativeShare ?? [0.2, 0.6, 0.95, 1][k], minTotal: [80, 60, 40, undefined][k] })),
      },
      rounding: { decimals: v.decimals, mode: v.roundMode },
    });
  });
