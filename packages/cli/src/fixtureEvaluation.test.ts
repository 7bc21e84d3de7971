/**
 * The fixture district's expected evaluation under the default scheme (changzhou-wujin): who is
 * in scope, pool sizes, class counts per pool from the quota arithmetic, and the reference firms.
 * Expected values come from the generator's plan (planted.json) and from arithmetic done by hand.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ScoreJson } from './output/resultsJson.js';
import { readPlanted } from './test/planted.js';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES } from './test/spawnScore.js';

const planted = readPlanted();
let doc: ScoreJson;
beforeAll(async () => {
  const r = await runScore([...FIXTURE_FILES, '--format', 'json']);
  expect(r.code).toBe(0);
  doc = JSON.parse(r.stdout) as ScoreJson;
});

/**
 * changzhou-wujin classes: A 20 %, B 60 %, C 95 %, D the rest, counted the literal way (the firm
 * ranked r is in the first class whose cumulative share ≥ r/n, i.e. ⌊share × n⌋ firms up to that
 * class), and pools under 5 firms all B. Integer arithmetic in percent, so no float rounding.
 */
function quotaCounts(n: number): Record<string, number> {
  if (n < 5) return { A: 0, B: n, C: 0, D: 0 };
  const upTo = (percent: number) => Math.floor((percent * n) / 100);
  return { A: upTo(20), B: upTo(60) - upTo(20), C: upTo(95) - upTo(60), D: n - upTo(95) };
}

describe('scope', () => {
  test('the exempt utilities, new firms and 规下 firms under 3 亩 are excluded with their reason', () => {
    const reasonOf = new Map(doc.excluded.map((e) => [e.creditCode, e.reason]));
    for (const code of planted.scope.exempt) expect(reasonOf.get(code)).toBe('exempt-industry');
    for (const code of planted.scope.newEnterprises) expect(reasonOf.get(code)).toBe('new-enterprise');
    for (const code of planted.scope.belowLandThreshold) expect(reasonOf.get(code)).toBe('below-land-threshold');
  });

  test('the firm whose only land row was rejected (negative area) is excluded for its land, not scored', () => {
    const negative = planted.rowErrors.find((e) => e.kind === 'negative-land');
    expect(doc.excluded.find((e) => e.creditCode === negative?.creditCode)?.reason).toBe('invalid-land');
  });

  test('pool sizes are the planned ones, less the firms a data problem excluded', () => {
    const expected = { ...planted.scope.pools };
    const excluded = new Set(doc.excluded.map((e) => e.creditCode));
    for (const a of planted.affected) if (a.pool && excluded.has(a.creditCode)) expected[a.pool] = (expected[a.pool] ?? 0) - 1;
    const actual = Object.fromEntries(doc.pools.map((p) => [`${p.group}|${p.county}`, p.size]));
    expect(actual).toEqual(expected);
  });
});

describe('classes per pool', () => {
  test('hand-computed: 钟楼区 above-scale, 381 firms → A 76, B 152, C 133, D 20', () => {
    // 382 planned − 1 excluded (negative land). ⌊0.2·381⌋ = ⌊76.2⌋ = 76; ⌊0.6·381⌋ = ⌊228.6⌋ = 228 → B = 152;
    // ⌊0.95·381⌋ = ⌊361.95⌋ = 361 → C = 133; D = 381 − 361 = 20.
    const pool = doc.pools.find((p) => p.group === 'above-scale' && p.county === '钟楼区');
    expect(pool?.size).toBe(381);
    expect(pool?.counts).toMatchObject({ A: 76, B: 152, C: 133, D: 20 });
  });

  test('hand-computed: 钟楼区 key polluters, 35 firms → A 7, B 14, C 12, D 2; 天宁区’s single key polluter is B', () => {
    // ⌊7⌋ = 7; ⌊21⌋ = 21 → 14; ⌊33.25⌋ = 33 → 12; 35 − 33 = 2. A pool of 1 (< 5) is managed as B.
    expect(doc.pools.find((p) => p.group === 'key-polluter' && p.county === '钟楼区')?.counts).toMatchObject({ A: 7, B: 14, C: 12, D: 2 });
    expect(doc.pools.find((p) => p.group === 'key-polluter' && p.county === '天宁区')?.counts).toMatchObject({ A: 0, B: 1, C: 0, D: 0 });
  });

  test('every pool’s class counts, counted from the results, follow the quota arithmetic of its size', () => {
    const counted = new Map<string, Record<string, number>>();
    const sizes = new Map<string, number>();
    for (const r of doc.results) {
      const c = counted.get(r.pool) ?? { A: 0, B: 0, C: 0, D: 0 };
      c[r.class] = (c[r.class] ?? 0) + 1;
      counted.set(r.pool, c);
      sizes.set(r.pool, (sizes.get(r.pool) ?? 0) + 1);
    }
    expect(counted.size).toBe(6);
    for (const [pool, counts] of counted) expect(counts, pool).toEqual(quotaCounts(sizes.get(pool) ?? 0));
  });

  test('ranks within a pool are 1 … n without gaps, best total first', () => {
    const byPool = new Map<string, { rank: number; total: number }[]>();
    for (const r of doc.results) byPool.set(r.pool, [...(byPool.get(r.pool) ?? []), { rank: r.rank, total: Number(r.total) }]);
    for (const rows of byPool.values()) {
      rows.sort((a, b) => a.rank - b.rank);
      expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
      for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.total).toBeGreaterThanOrEqual(rows[i]!.total);
    }
  });
});

describe('the reference firms (far from every boundary)', () => {
  test.each(Object.entries(planted.reference))('%s is in its group and class', (_name, ref) => {
    const r = doc.results.find((x) => x.creditCode === ref.creditCode);
    expect(r).toMatchObject({ group: ref.group, county: ref.county, class: ref.expectedClass });
  });
  test('the champion ranks first; the laggard ranks last', () => {
    const champion = doc.results.find((x) => x.creditCode === planted.reference['champion']?.creditCode);
    const laggard = doc.results.find((x) => x.creditCode === planted.reference['laggard']?.creditCode);
    expect(champion?.rank).toBe(1);
    expect(laggard?.rank).toBe(laggard?.poolSize);
  });
  test('the laggard’s 亩均税收 is its 2 万元 of tax over 150 亩: 0.0133333 万元/亩 as the table shows it', () => {
    // Planted: tax 2 万元, land m² × 100 = round(150 × 10⁶ / 15) = 10 000 000 → 100 000 m² × 0.0015 = 150 亩.
    // 2 / 150 = 0.013333…, six significant digits (the results layout's, in the JSON as in the CSV).
    const laggard = doc.results.find((x) => x.creditCode === planted.reference['laggard']?.creditCode);
    expect(laggard?.landMu).toBe('150');
    expect(laggard?.indicators.find((i) => i.id === 'taxPerMu')?.value).toBe('0.0133333');
  });
});
