import fc from 'fast-check';
import type { ClassId, EnterpriseResult } from '@mujun/core';
import { scoredFirm } from './testing.js';

/**
 * Test helpers (not public API): arbitraries for policy laws. Firms are scored results with
 * random class, group, county and industry. Catalogs, settings, consumption and histories come
 * from the public testkit (`../testkit/index.ts`).
 */

/** A non-negative decimal string with up to 3 decimals, e.g. "1234.567". */
export const arbDecimal = (max = 10_000_000): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 3 })).map(([n, dp]) => (dp === 0 ? String(n) : (n / 10 ** dp).toFixed(dp)));

const CLASSES: ClassId[] = ['A', 'B', 'C', 'C-', 'D'];

/** Scored firms with distinct credit codes. */
export const arbFirms: fc.Arbitrary<EnterpriseResult[]> = fc
  .array(
    fc.record({
      class: fc.constantFrom(...CLASSES),
      group: fc.constantFrom('above-scale', 'below-scale'),
      county: fc.constantFrom(null, '钟楼区', '武进区'),
      industryCode: fc.constantFrom(null, 'C3311', '3411', 'D4411'),
      landMu: arbDecimal(100_000),
    }),
    { maxLength: 12 },
  )
  .map((rows) => rows.map((r, i) => scoredFirm({ ...r, creditCode: `91320400${String(i).padStart(10, '0')}` })));
