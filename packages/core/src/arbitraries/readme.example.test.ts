import fc from 'fast-check';
import { expect, test } from 'vitest';
import { evaluate, getPreset } from '@mujun/core';
import { arbRecords } from '@mujun/core/arbitraries';

const scheme = getPreset('zhejiang-huangyan-2022');
const rank = (c: string) => scheme.classes.tiers.findIndex((t) => t.id === c);

test('paying more tax never lowers a firm’s class', () => {
  const law = fc.property(arbRecords({ minLength: 1, maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 500 }), (records, pick, extra) => {
    const firm = records[pick % records.length]!;
    if (firm.taxWan === undefined || !/^\d+$/.test(firm.taxWan)) return; // whole 万元: exact arithmetic, no floats
    const richer = records.map((r) => (r === firm ? { ...r, taxWan: String(BigInt(firm.taxWan!) + BigInt(extra)) } : r));
    const before = evaluate(records, scheme).results.find((r) => r.creditCode === firm.creditCode);
    const after = evaluate(richer, scheme).results.find((r) => r.creditCode === firm.creditCode);
    if (before && after) expect(rank(after.class)).toBeLessThanOrEqual(rank(before.class));
  });
  fc.assert(law, { numRuns: 50 });
});
