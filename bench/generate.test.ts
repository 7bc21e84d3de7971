import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLUMNS, generateFile, isValidUscc, parseSize, usccCheckChar } from './generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'mujun-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = (file: string): string[][] =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));

describe('bench generator', () => {
  it('computes the GB 32100-2015 check character of a published example', () => {
    // 91350100M000100Y43: a widely cited valid code.
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
  });

  it('writes the canonical columns, valid unique codes and plain decimals, reproducibly', () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    generateFile({ n: 3000, seed: 3, out: a });
    generateFile({ n: 3000, seed: 3, out: b });
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const [header, ...rows] = rowsOf(a);
    expect(header).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(3000);
    const codes = rows.map((r) => r[0]!);
    expect(new Set(codes).size).toBe(3000);
    expect(codes.every(isValidUscc)).toBe(true);
    for (const r of rows) {
      expect(r).toHaveLength(COLUMNS.length);
      for (const v of r.slice(6)) expect(v).toMatch(/^\d+(\.\d{1,4})?$/);
      for (const v of r.slice(6)) expect(Number(v)).toBeGreaterThan(0);
    }
    const kinds = new Set(rows.map((r) => `${r[4]}/${r[5]}/${Number(r[6]) >= 3 ? 'ge3' : 'lt3'}`));
    for (const k of ['above/false/ge3', 'below/false/ge3', 'below/false/lt3', 'above/true/ge3', 'below/true/ge3']) {
      expect(kinds).toContain(k);
    }
    expect(new Set(rows.map((r) => r[2])).size).toBeGreaterThan(3);
  });

  it('reads sizes like 1e5, 100k and 1m', () => {
    expect(parseSize('1e5')).toBe(100_000);
    expect(parseSize('100k')).toBe(100_000);
    expect(parseSize('1m')).toBe(1_000_000);
    expect(() => parseSize('1.5')).toThrow();
  });
});
