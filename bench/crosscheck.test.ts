/**
 * The baselines do the same job as `score`: on a generated district, DuckDB's results agree with
 * `score`'s firm by firm (same firms in scope, same group, class and total), and pandas' with
 * DuckDB's. Without this the bench would compare us with a different, easier job.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareResults, describeComparison, normaliseTotal, type Outcome, readResultsCsv } from './compare.ts';
import { SCORE_BIN, scoreAvailable } from './contenders.ts';
import { runDuckdb } from './contenders/duckdb.mjs';
import { generateFile } from './generate.ts';
import { PYTHON, pandasVersion } from './machine.ts';

const N = 2000;
const hasScore = scoreAvailable();
const hasPandas = pandasVersion() !== null;

// CI installs pandas (.ci/run) and builds first, so there a missing tool fails the test; elsewhere it skips, saying why.
const inCi = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
if (!hasScore && !inCi) console.warn('bench/crosscheck: `score` is not built (run `pnpm build`): skipping score vs DuckDB');
if (!hasPandas && !inCi) console.warn(`bench/crosscheck: ${PYTHON} has no pandas (apt install python3-pandas, or set PYTHON): skipping pandas vs DuckDB`);

describe(`baselines do the same job as score (${N} generated firms)`, () => {
  let dir = '';
  let input = '';
  let duck = new Map<string, Outcome>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mujun-crosscheck-'));
    input = join(dir, 'firms.csv');
    generateFile({ n: N, seed: 7, out: input });
    await runDuckdb(input, join(dir, 'duckdb.csv'));
    duck = readResultsCsv(join(dir, 'duckdb.csv'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('DuckDB scores the in-scope firms and classes every one', () => {
    expect(duck.size).toBeGreaterThan(N * 0.7);
    expect(duck.size).toBeLessThan(N);
    expect(new Set([...duck.values()].map((o) => o.class))).toEqual(new Set(['A', 'B', 'C', 'D']));
  });

  it.skipIf(!hasScore && !inCi)('score and DuckDB agree on group, class and total for every firm', () => {
    if (!hasScore) throw new Error('CI is set but `score` is not built: the test command builds first');
    const out = join(dir, 'score.json');
    execFileSync(process.execPath, [SCORE_BIN, input, '--format', 'json', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      results: { creditCode: string; group: string; total: string; class: string }[];
    };
    const ours = new Map<string, Outcome>(json.results.map((r) => [r.creditCode, { total: normaliseTotal(String(r.total)), class: r.class, group: r.group }]));
    const c = compareResults(duck, ours);
    expect(describeComparison(c, 'duckdb', 'score')).toBe(`duckdb and score agree on group, class and total for all ${duck.size} firms`);
  });

  it.skipIf(!hasPandas && !inCi)('pandas and DuckDB agree on group, class and total for every firm', () => {
    if (!hasPandas) throw new Error(`CI is set but ${PYTHON} has no pandas: .ci/run must install python3-pandas`);
    const out = join(dir, 'pandas.csv');
    execFileSync(PYTHON, [new URL('./baseline_pandas.py', import.meta.url).pathname, input, out], { stdio: 'ignore' });
    const c = compareResults(duck, readResultsCsv(out));
    expect(describeComparison(c, 'duckdb', 'pandas')).toBe(`duckdb and pandas agree on group, class and total for all ${duck.size} firms`);
  });
});
