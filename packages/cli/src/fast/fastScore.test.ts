/**
 * The fast path writes the same results file and the same stderr as the ordinary path: on a
 * messy generated file (parsed whole, and cut in two and parsed in parallel), with the default
 * scheme and with a scheme that has bonuses, penalties and vetoes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { getPreset } from '@mujun/core';
import { BIN, score, withFiles } from '../test/spawnScore.js';
import { creditCode, messyCsv } from '../../../csv/src/fast/messyCsv.js';

const ENV = ['MUJUN_FAST', 'MUJUN_FAST_MIN_SPLIT', 'MUJUN_FAST_WRITE_THREADS', 'MUJUN_FAST_TIMES'] as const;
afterEach(() => {
  for (const k of ENV) delete process.env[k];
});

function run(dir: string, args: string[], env: Record<string, string>): { out: Buffer; stderr: string; code: number | null } {
  for (const k of ENV) delete process.env[k];
  Object.assign(process.env, env);
  const r = score(['firms.csv', '--out', 'out.csv', ...args], dir);
  return { out: readFileSync(join(dir, 'out.csv')), stderr: r.stderr, code: r.code };
}

describe('score: fast path = ordinary path', () => {
  const dir = withFiles({ 'firms.csv': messyCsv(1500) });
  const scheme = {
    ...getPreset('changzhou-wujin'),
    id: 'with-adjustments',
    adjustments: {
      bonuses: [{ flag: 'high-tech', points: 2.5 }, { flag: 'specialised-new', points: 1 }],
      penalties: [{ flag: 'environmental-violation', points: 3 }],
      vetoes: [{ flag: 'safety-accident', effect: 'forceD' as const }],
    },
  };
  writeFileSync(join(dir, 'scheme.json'), JSON.stringify(scheme));
  const cases: [string, string[]][] = [
    ['default scheme', []],
    ['bonuses, penalties and vetoes', ['--scheme', 'scheme.json']],
    ['English headers', ['--headers', 'en']],
  ];
  for (const [name, args] of cases)
    test(name, () => {
      const ordinary = run(dir, args, { MUJUN_FAST: '0' });
      expect(ordinary.code).toBe(0);
      const whole = run(dir, args, {});
      const split = run(dir, args, { MUJUN_FAST_MIN_SPLIT: '1' });
      for (const fast of [whole, split]) {
        expect(fast.code).toBe(0);
        expect(fast.stderr).toBe(ordinary.stderr);
        expect(fast.out.equals(ordinary.out)).toBe(true);
      }
      expect(ordinary.stderr).toMatch(/拒收 rejected [1-9]/);
    });
});

describe('score: fast path = ordinary path, line feeds only', () => {
  // Without a '\r' in the file the fast reader gives csv-parse the one record delimiter '\n'.
  const dir = withFiles({ 'firms.csv': messyCsv(1500).replace(/\r/g, '') });
  test('default scheme', () => {
    const ordinary = run(dir, [], { MUJUN_FAST: '0' });
    expect(ordinary.code).toBe(0);
    for (const fast of [run(dir, [], {}), run(dir, [], { MUJUN_FAST_MIN_SPLIT: '1' })]) {
      expect(fast.code).toBe(0);
      expect(fast.stderr).toBe(ordinary.stderr);
      expect(fast.out.equals(ordinary.out)).toBe(true);
    }
    expect(ordinary.stderr).toMatch(/拒收 rejected [1-9]/);
  });
});

/**
 * Figures whose indicator values lie exactly halfway between two six-digit values (1.234565 …):
 * the float cannot tell which way they round, so the lines take the exact value — in both threads
 * (the worker thread computes it from the shared fact columns). Several counties and both scales
 * make several pools, so that the worker scores and writes some of them.
 */
function halfwayCsv(): string {
  const halves = ['1.234565', '98.76545', '0.1000005', '123456.5', '7.000005', '33.33335'];
  // c × 10^k, moving the decimal point in the text (exact; a float product would not be).
  const shift = (c: string, k: number) => {
    const [int, frac = ''] = c.split('.') as [string, string?];
    const digits = int + frac.padEnd(k, '0');
    const point = int.length + k;
    const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
    const rest = digits.slice(point).replace(/0+$/, '');
    return rest === '' ? whole : `${whole}.${rest}`;
  };
  const rows = ['credit_code,name,county,industry_code,scale,key_polluter,land_mu,tax_wan,sales_wan,value_added_wan,energy_tce,emission_eq,employees,rd_wan'];
  for (let k = 0; k < 600; k++) {
    const land = [1, 10, 100][k % 3]!;
    const c = halves[k % halves.length]!;
    const d = halves[(k + 1) % halves.length]!;
    const tax = shift(c, Math.log10(land));
    const county = ['天宁区', '钟楼区', '武进区', '新北区'][k % 4]!;
    rows.push([creditCode(k), `企业${k}`, county, 'C3311', k % 5 === 0 ? 'below' : 'above', 'false', String(land), tax, shift(d, Math.log10(land) + 1), tax, '1', '1', '1', d].join(','));
  }
  return rows.join('\n') + '\n';
}

describe('score: fast path = ordinary path where the float cannot decide the shown value', () => {
  const dir = withFiles({ 'firms.csv': halfwayCsv() });
  test('default scheme, one thread and two', () => {
    const ordinary = run(dir, [], { MUJUN_FAST: '0' });
    expect(ordinary.code).toBe(0);
    // The halfway values round up (half-up), as decimal.js does: 1.234565 shows as 1.23457.
    expect(ordinary.out.toString('utf8')).toContain(',1.23457,');
    // MUJUN_FAST_TIMES shows the stages the fast path went through: it did not decline the file,
    // and with the split the worker scored and wrote pools.
    const oneThread = run(dir, [], { MUJUN_FAST_WRITE_THREADS: '1', MUJUN_FAST_TIMES: '1' });
    const twoThreads = run(dir, [], { MUJUN_FAST_MIN_SPLIT: '1', MUJUN_FAST_TIMES: '1' });
    expect(oneThread.stderr).toMatch(/score: {3}pools 1–\d+ scored \(this thread\)/);
    expect(twoThreads.stderr).toMatch(/score: {3}pools \d+–\d+ scored \(worker\)/);
    for (const fast of [oneThread, twoThreads]) {
      expect(fast.code).toBe(0);
      expect(fast.stderr.split('\n').filter((l) => !l.startsWith('score: ')).join('\n')).toBe(ordinary.stderr);
      expect(fast.out.equals(ordinary.out)).toBe(true);
    }
  });
});

describe('score: fast path, a reader that stops early', () => {
  test('the worker stops and its temporary file is removed', async () => {
    const dir = withFiles({ 'firms.csv': messyCsv(3000) });
    const tmp = mkdtempSync(join(tmpdir(), 'mujun-tmp-'));
    const child = spawn(process.execPath, [BIN, 'firms.csv'], { cwd: dir, env: { ...process.env, TMPDIR: tmp, MUJUN_FAST_MIN_SPLIT: '1' } });
    // Read the first bytes of the table, then close the pipe (as `score … | head -c 100` does).
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
