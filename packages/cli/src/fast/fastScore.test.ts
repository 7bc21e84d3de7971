/**
 * The fast path writes the same results file and the same stderr as the ordinary path: on a
 * messy generated file (parsed whole, and cut in two and parsed in parallel), with the default
 * scheme and with a scheme that has bonuses, penalties and vetoes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { getPreset } from '@mujun/core';
import { score, withFiles } from '../test/spawnScore.js';
import { messyCsv } from './messyCsv.js';

const ENV = ['MUJUN_FAST', 'MUJUN_FAST_MIN_SPLIT'] as const;
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
