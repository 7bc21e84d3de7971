/** `score explain` on the fixture district's reference firms and an exempt utility. */
import { describe, expect, test } from 'vitest';
import { readPlanted } from './test/planted.js';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES } from './test/spawnScore.js';

const planted = readPlanted();
const laggard = planted.reference['laggard']!.creditCode;
const champion = planted.reference['champion']!.creditCode;
const cents = (s: string) => Math.round(Number(s) * 100);

describe('score explain', () => {
  test('the laggard: its indicator scores add up to its total, last of its pool, class D, and the way to C', async () => {
    const r = await runScore(['explain', ...FIXTURE_FILES, '--id', laggard, '--format', 'json']);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.indicators.reduce((s: number, i: { score: string }) => s + cents(i.score), 0)).toBe(cents(x.total));
    expect(x).toMatchObject({ class: 'D', rank: x.poolSize, group: 'above-scale' });
    expect(x.nextClass.targetClass).toBe('C');
    expect(cents(x.nextClass.pointsNeeded)).toBe(cents(x.nextClass.targetTotal) - cents(x.total));
    // Its 亩均税收 path names the yearly tax that value means on its 150 亩: value × 150.
    const taxPath = x.nextClass.byIndicator.find((p: { id: string }) => p.id === 'taxPerMu');
    expect(Number(taxPath.neededAmount.value)).toBeCloseTo(Number(taxPath.neededValue) * 150, 3);
  });
  test('the text form shows the sum, the rank and the way up, in both languages', async () => {
    const r = await runScore(['explain', ...FIXTURE_FILES, '--id', laggard]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(laggard);
    expect(r.stdout).toMatch(/合计 total: [\d. +]+= \d+\.\d\d/);
    expect(r.stdout).toMatch(/排名 rank (\d+)\/\1 · 类别 class D/);
    expect(r.stdout).toMatch(/升类 next class: .*C.* \/ .*[Cc]lass C/);
  });
  test('the champion is already at the top', async () => {
    const x = JSON.parse((await runScore(['explain', ...FIXTURE_FILES, '--id', champion, '--format', 'json'])).stdout);
    expect(x).toMatchObject({ class: 'A', rank: 1 });
    expect(x.nextClass.status).toBe('top');
  });
  test('an exempt utility is explained by its exclusion', async () => {
    const r = await runScore(['explain', ...FIXTURE_FILES, '--id', planted.scope.exempt[0]!]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/未评价 not scored: 免评行业 \/ exempt industry/);
  });
});
