/**
 * `score simulate` on a small case worked by hand, and `score sensitivity` on the fixture:
 * deterministic for a seed, no unstable firm without noise, unstable firms named with noise.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES, ROOT, type Spawned, withFiles } from './test/spawnScore.js';

// Five manufacturing firms (C3484) in one pool. Land 6 000 m² = 9 亩 (f5: 18 000 m² = 27 亩).
//          亩均税收 taxPerMu        亩均销售 salesPerMu
// f1  100/9  = 11.1 (1st)    1 000/9  = 111 (5th)
// f2   80/9  =  8.9 (2nd)    2 000/9  = 222 (4th)
// f3   60/9  =  6.7 (3rd)    3 000/9  = 333 (3rd)
// f4   40/9  =  4.4 (4th)    4 000/9  = 444 (2nd)
// f5   60/27 =  2.2 (5th)   15 000/27 = 556 (1st)
// Quotas for n = 5 (literal): A ⌊1⌋ = 1, B ⌊3⌋ − 1 = 2, C ⌊4.75⌋ − 3 = 1, D 1.
// Scheme "tax" (taxPerMu only):   f1 A; f2, f3 B; f4 C; f5 D.
// Scheme "sales" (salesPerMu only): f5 A; f4, f3 B; f2 C; f1 D.
const code = ['91320404000000001H', '91320404000000002L', '91320404000000003P', '91320404000000004T', '91320404000000005X'];
const csv = [
  'credit_code,name,scale,industry_code,土地使用权面积(平方米),tax_wan,sales_wan',
  `${code[0]},常州一号机械有限公司,above,C3484,6000,100,1000`,
  `${code[1]},常州二号机械有限公司,above,C3484,6000,80,2000`,
  `${code[2]},常州三号机械有限公司,above,C3484,6000,60,3000`,
  `${code[3]},常州四号机械有限公司,above,C3484,6000,40,4000`,
  `${code[4]},常州五号机械有限公司,above,C3484,18000,60,15000`,
].join('\n');

async function schemeFiles(dir: string): Promise<{ tax: string; sales: string }> {
  const init = await runScore(['init', '--scheme', 'huaian-2024']);
  expect(init.code).toBe(0);
  const base = JSON.parse(init.stdout);
  const one = (id: string, indicator: 'taxPerMu' | 'salesPerMu') => {
    const spec = base.groups[0].indicators.find((i: { id: string }) => i.id === indicator);
    const scheme = { ...base, id, groups: [{ ...base.groups[0], indicators: [{ ...spec, weight: 100 }] }] };
    delete scheme.$schema;
    const path = join(dir, `${id}.json`);
    writeFileSync(path, JSON.stringify(scheme));
    return path;
  };
  return { tax: one('tax-only', 'taxPerMu'), sales: one('sales-only', 'salesPerMu') };
}

describe('score simulate, worked by hand', () => {
  const dir = withFiles({ 'five.csv': `${csv}\n` });
  let args: string[] = [];
  let json: Spawned;
  // biome-ignore lint/suspicious/noExplicitAny: the simulation's JSON, read field by field below
  let doc: any;
  beforeAll(async () => {
    const { tax, sales } = await schemeFiles(dir);
    args = ['simulate', 'five.csv', '--scheme', tax, '--vs', sales, '--policy', 'zhejiang-2019-land-tax', '--setting', 'land-use-tax-rate=6'];
    json = await runScore([...args, '--format', 'json'], dir);
    doc = JSON.parse(json.stdout);
  });

  test('the migration matrix', () => {
    expect(json.code).toBe(0);
    const c = doc.migration.matrix;
    expect([c.A.D, c.B.C, c.B.B, c.C.B, c.D.A]).toEqual([1, 1, 1, 1, 1]);
    const total = Object.values(c as Record<string, Record<string, number>>).reduce((s, row) => s + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(5);
    expect(doc.migration.moved.map((m: { creditCode: string }) => m.creditCode).sort()).toEqual([code[0], code[1], code[3], code[4]].sort());
  });

  test('the fiscal delta of the land-use tax relief (A 100 %, B 80 %, 6 元/m²)', () => {
    // Baseline: f1 A 6 000 × 6 = 36 000; f2, f3 B 0.8 × 36 000 = 28 800 each → 93 600.00.
    // Scenario: f5 A 18 000 × 6 = 108 000; f4, f3 B 28 800 each → 165 600.00. Δ relief +72 000.00, Δ net −72 000.00.
    expect(Number(doc.fiscal.baseline.reliefForgone)).toBe(93600);
    expect(Number(doc.fiscal.scenario.reliefForgone)).toBe(165600);
    expect(Number(doc.fiscal.delta.reliefForgone)).toBe(72000);
    expect(Number(doc.fiscal.delta.net)).toBe(-72000);
  });

  test('the text report shows the matrix and names every firm that changes', async () => {
    const text = await runScore(args, dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('类别迁移矩阵 class migration');
    for (const c of [code[0], code[1], code[3], code[4]]) expect(text.stdout).toContain(c);
  });

  test('needs something to compare with', async () => {
    expect((await runScore(['simulate', 'five.csv'], dir)).code).toBe(2);
  });
});

describe('score sensitivity on the fixture district', () => {
  const run = (extra: string[]) => runScore(['sensitivity', ...FIXTURE_FILES, '--draws', '60', '--format', 'json', ...extra], ROOT);
  test('is deterministic for a seed, and names unstable firms whose evaluated class came up in < 95 % of draws', async () => {
    const a = await run(['--seed', '42']);
    const b = await run(['--seed', '42']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout);
    expect(doc.unstable.length).toBeGreaterThan(0);
    for (const code of doc.unstable) {
      const firm = doc.perFirm.find((f: { creditCode: string }) => f.creditCode === code);
      expect(firm.probabilities[firm.evaluatedClass] ?? 0).toBeLessThan(0.95);
    }
  });
  test('without noise no firm is unstable', async () => {
    const doc = JSON.parse((await run(['--seed', '1', '--weight-noise', '0'])).stdout);
    expect(doc.unstable).toEqual([]);
  });
  test('a bad --draws is a usage error', async () => {
    expect((await runScore(['sensitivity', ...FIXTURE_FILES, '--draws', 'many'], ROOT)).code).toBe(2);
  });
});
