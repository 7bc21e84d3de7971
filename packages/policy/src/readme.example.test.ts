// README example: a user's own property test of a policy. The README quotes this file between
// its markers, and readme.test.ts checks that the quote is current, so the example always runs.
// <readme-example>
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { evaluate } from '@mujun/core';
import { arbRecords, arbScheme } from '@mujun/core/arbitraries';
import { applyPolicies, getPolicyPreset } from '@mujun/policy';

const catalog = getPolicyPreset('zhejiang-2019-land-tax');
const settings = { 'land-use-tax-rate': '4' }; // your locality's rate, 元/平方米·年

test('only A and B firms get land-tax relief, and never more than the tax itself', () => {
  const law = fc.property(arbScheme(), arbRecords({ maxLength: 30 }), (scheme, records) => {
    const outcome = applyPolicies(evaluate(records, scheme), catalog, { records, settings });
    for (const firm of outcome.firms) {
      if (firm.class !== 'A' && firm.class !== 'B') expect(firm.relief).toBe('0.00');
      for (const m of firm.measures) {
        // relief = land m² × rate × percent, rounded to the fen: at most the whole tax.
        const tax = Number(m.calculation?.quantity) * Number(settings['land-use-tax-rate']);
        expect(Number(m.amount)).toBeLessThanOrEqual(tax + 0.005);
      }
    }
  });
  fc.assert(law, { numRuns: 50 });
});
// </readme-example>
