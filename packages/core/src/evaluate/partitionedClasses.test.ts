/**
 * A partitioned run reproduces a single run: each part scored separately with the single run's
 * benchmarks gives the same totals, and ranking the parts' merged results per pool (shown total,
 * then higher taxPerMu, then credit code) and applying the pool's quota gives the same classes.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { arbRecords } from '../arbitraries/index.js';
import { getPreset } from '../presets/getPreset.js';
import { validateScheme } from '../schema/validateScheme.js';
import type { Scheme } from '../schema/scheme.js';
import type { EnterpriseResult } from '../types/evaluation.js';
import { Dec } from '../arithmetic/decimal.js';
import { evaluate } from './evaluate.js';
import { quotaCounts } from './quotaCounts.js';

const scheme = validateScheme(getPreset('changzhou-wujin')).data as Scheme;

/** Classes from the merged order of a pool's results, as the single run assigns them (quota mode, small-pool fallback). */
function classesOfMerged(results: EnterpriseResult[]): Map<string, string> {
  const byPool = new Map<string, EnterpriseResult[]>();
  for (const r of results) byPool.set(r.pool, [...(byPool.get(r.pool) ?? []), r]);
  const out = new Map<string, string>();
  const { tiers, smallPool } = scheme.classes;
  for (const pool of byPool.values()) {
    const tax = (r: EnterpriseResult) => r.indicators.find((i) => i.id === 'taxPerMu')?.value ?? null;
    pool.sort((a, b) => {
      const byTotal = new Dec(b.total).comparedTo(a.total);
      if (byTotal !== 0) return byTotal;
      const ta = tax(a);
      const tb = tax(b);
      if (ta !== tb) {
        if (ta === null || tb === null) return ta === null ? 1 : -1;
        const byTax = new Dec(tb).comparedTo(ta);
        if (byTax !== 0) return byTax;
      }
      return a.creditCode < b.creditCode ? -1 : 1;
    });
    const counts = quotaCounts(pool.length, scheme.classes);
    const fallback = pool.length < smallPool.minPoolSize ? smallPool.fallbackClass : null;
    pool.forEach((r, p) => out.set(r.creditCode, fallback ?? tiers[counts.findIndex((c) => p + 1 <= c)]!.id));
  }
  return out;
}

test('parts scored with the whole run’s benchmarks, classes from the merged order = the single run', () =>
  fc.assert(
    fc.property(arbRecords({ minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 4 }), (records, k) => {
      const whole = evaluate(records, scheme);
      const parts = Array.from({ length: k }, (_, j) => records.filter((_, i) => i % k === j));
      const scored = parts.flatMap((part) => evaluate(part, scheme, { benchmarks: whole.benchmarks }).results);
      const merged = classesOfMerged(scored);
      expect(scored.length).toBe(whole.results.length);
      for (const r of whole.results) {
        const s = scored.find((x) => x.creditCode === r.creditCode)!;
        expect([s.total, s.rawTotal, s.indicators]).toEqual([r.total, r.rawTotal, r.indicators]);
        expect(merged.get(r.creditCode)).toBe(r.class);
      }
    }),
    { numRuns: 60 },
  ));
