import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandGlobs } from './expandGlobs.js';

describe('expandGlobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mujun-glob-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const names = ['统计.csv', 'b.csv', '𝐀.csv', 'Ａ.csv', 'B.csv', '税务.csv', 'a.csv'];
  for (const n of names) writeFileSync(join(dir, n), '');

  it('expands *.csv in code-point order, the same in every locale (not a collation, not UTF-16 units)', () => {
    expect(expandGlobs(dir, ['*.csv'])).toEqual(['B.csv', 'a.csv', 'b.csv', '税务.csv', '统计.csv', 'Ａ.csv', '𝐀.csv']);
  });
});
