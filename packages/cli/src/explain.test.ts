/** `score explain` on the fixture district's reference firms and an exempt utility. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPlanted } from './test/planted.js';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES } from './test/spawnScore.js';

const planted = readPlanted();
const laggard = planted.reference['laggard']!.creditCode;
const champion = planted.reference['champion']!.creditCode;
const cents = (s: string) => Math.round(Number(s) * 100);
/** A CSV line's cells (quoted cells may hold commas; the fixture quotes no quotes). */
const cells = (line: string): string[] => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? '');

describe('score explain', () => {
  test('the laggard: its indicator scores add up to its total, last of its pool, class D, and the way to C', async () => {
    const r = await runScore(['explain', ...FIXTURE_FILES, '--id', laggard, '--format', 'json']);
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x.indicators.reduce((s: number, i: { score: string }) => s + cents(i.score), 0)).toBe(cents(x.total));
    expect(x).toMatchObject({ class: 'D', rank: x.poolSize, group: 'above-scale' });
    expect(x.nextClass.targetClass).toBe('C');
    expect(cents(x.nextClass.pointsNeeded)).toBe(cents(x.nextClass.targetTotal) - cents(x.total));
    // Each figure path states a figure at its precision, the change from the record, and a class at least C.
    expect(x.nextClass.byFigure.length).toBeGreaterThan(0);
    for (const p of x.nextClass.byFigure) {
      expect(Number(p.change)).toBeCloseTo(Number(p.needed) - Number(p.current), 9);
      expect(['A', 'B', 'C']).toContain(p.class);
    }
  });
  test('every stated figure, put into the bureau file and run again, gives the class stated', async () => {
    const x = JSON.parse((await runScore(['explain', ...FIXTURE_FILES, '--id', laggard, '--format', 'json'])).stdout);
    const tax = x.nextClass.byFigure.find((p: { field: string }) => p.field === 'taxWan');
    expect(tax).toBeDefined();
    // Put the stated tax (万元) into the tax bureau's file (元) and run again: nothing else changes.
    const dir = mkdtempSync(join(tmpdir(), 'mujun-explain-'));
    const files = FIXTURE_FILES.map((f) => {
      if (!f.endsWith('tax.csv')) return f;
      const lines = readFileSync(f, 'utf8').split('\n');
      const column = cells(lines[0] as string).findIndex((h) => h.startsWith('实缴税金(元)'));
      const at = lines.findIndex((l) => l.includes(laggard));
      expect([column >= 0, at > 0]).toEqual([true, true]);
      const row = cells(lines[at] as string);
      // 万元 → 元: the point moves four places right, exactly.
      const [int, frac = ''] = (tax.needed as string).split('.');
      row[column] = `${int}${frac.padEnd(4, '0').slice(0, 4)}${frac.length > 4 ? `.${frac.slice(4)}` : ''}`;
      lines[at] = row.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',');
      const out = join(dir, basename(f));
      writeFileSync(out, lines.join('\n'));
      return out;
    });
    const after = JSON.parse((await runScore(['explain', ...files, '--id', laggard, '--format', 'json'])).stdout);
    expect([after.total, after.class]).toEqual([tax.total, tax.class]);
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
