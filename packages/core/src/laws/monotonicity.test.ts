import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dec, plain } from '../arithmetic/decimal.js';
import { arbDecimalString, arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';

// Law: with fixed benchmarks, raising a higher-is-better input of one firm never lowers that
// firm's total, rank or class. The inputs are the numerators of ratio-scored indicators: tax,
// value added and R&D always, sales unless a group scores rdIntensity (where sales is the
// denominator). Missing data scores zero or excludes; the pool-average rule is left out because
// it moves other firms' imputed scores with this firm's (see the report).

const FIELDS = ['taxWan', 'valueAddedWan', 'rdWan', 'salesWan'] as const;

test('with fixed benchmarks, raising a higher-is-better input never lowers that firm’s total or class', () =>
  fc.assert(
    fc.property(
      arbScheme({ normalisations: ['ratio'], benchmarks: ['fixed', 'byIndustry'], missing: ['zero', 'exclude'] }),
      arbRecords({ minLength: 1, maxLength: 30 }),
      fc.nat(),
      fc.constantFrom(...FIELDS),
      arbDecimalString({ min: 0.01, max: 5000, decimals: 2 }),
      (scheme, records, pick, field, delta) => {
        const usesSalesAsDenominator = scheme.groups.some((g) => g.indicators.some((i) => i.id === 'rdIntensity'));
        if (field === 'salesWan' && usesSalesAsDenominator) return;
        const i = pick % records.length;
        const record = records[i];
        const current = record?.[field];
        if (record === undefined || current === undefined) return;
        const raised = records.map((r, j) => (j === i ? { ...r, [field]: plain(new Dec(current).plus(new Dec(delta))) } : r));

        const before = evaluate(records, scheme).results.find((r) => r.creditCode === record.creditCode);
        const after = evaluate(raised, scheme).results.find((r) => r.creditCode === record.creditCode);
        const classIndex = (id: string) => scheme.classes.tiers.findIndex((t) => t.id === id);
        expect(after === undefined).toBe(before === undefined); // raising a figure never changes who is in scope
        if (before === undefined || after === undefined) return;
        expect(new Dec(after.total).gte(new Dec(before.total))).toBe(true);
        expect(after.rank).toBeLessThanOrEqual(before.rank);
        expect(classIndex(after.class)).toBeLessThanOrEqual(classIndex(before.class));
      },
    ),
    { numRuns: 150 },
  ));
