/**
 * Our own results given back as a bureau's data (`score 数据/*.csv` after `--out 数据/results.csv`)
 * are refused with a message naming the file and `--history`; given as `--history` they are read.
 */
import { describe, expect, test } from 'vitest';
import { hasStackTrace, runScore } from '../test/memoryIo.js';
import { FIXTURE_FILES, ROOT, tempDir } from '../test/spawnScore.js';
import { join } from 'node:path';
import { copyFileSync } from 'node:fs';

const BUREAUS = ['environment.csv', 'land.csv', 'power.csv', 'statistics.csv', 'tax.csv'];

/** A folder holding the five bureau files, as a user's data folder does. */
function dataFolder(): string {
  const dir = tempDir();
  for (const f of FIXTURE_FILES) copyFileSync(join(ROOT, f), join(dir, f.split('/').pop() as string));
  return dir;
}

describe('results given as a bureau source', () => {
  test.each([
    ['CSV, Chinese headers', 'results.csv', [] as string[]],
    ['CSV, English headers', 'results-en.csv', ['--headers', 'en']],
    ['CSV, GBK', 'results-gbk.csv', ['--encoding', 'gbk']],
    ['JSON', 'results.json', ['--format', 'json']],
  ])('%s: refused (exit 2), named, --history suggested', async (_what, name, options) => {
    const dir = dataFolder();
    const written = await runScore([...BUREAUS, '--out', name, ...options], dir);
    expect(written.code).toBe(0);
    // `score 数据/*` now names the five bureau files and the results (score expands the pattern itself).
    const again = await runScore(['*.csv', ...(name.endsWith('.json') ? [name] : [])], dir);
    expect(again.code).toBe(2);
    expect(hasStackTrace(again.stderr)).toBe(false);
    expect(again.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')} 是 score 写出的评价结果.*--history ${name.replace('.', '\\.')}`));
  });

  test('the same file as --history is read', async () => {
    const dir = dataFolder();
    expect((await runScore([...BUREAUS, '--out', 'results.csv'], dir)).code).toBe(0);
    const r = await runScore([...BUREAUS, '--history', 'results.csv', '--policy', 'shandong-2022-electricity', '--format', 'json'], dir);
    expect(r.code).toBe(0);
  });
});
