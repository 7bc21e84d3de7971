/**
 * The root README's run command scores the fixture district and prints the accounting — run
 * exactly as written there (after the build, which `pnpm test` has done).
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPlanted } from './test/planted.js';
import { ROOT, tempDir } from './test/spawnScore.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
// The run command is the README's first code block line that calls `score`; its last step runs it.
const runLine = readme.split('\n').find((l) => / score fixtures\/zhonglou\//.test(l)) ?? '';
const scoreStep =
  runLine
    .split('&&')
    .map((s) => s.trim())
    .find((s) => / score /.test(s)) ?? '';

describe("the README's run command", () => {
  test('is there and scores the five fixture files through `pnpm score`', () => {
    expect(scoreStep).toMatch(/^npx --yes pnpm@12\.4\.2 score fixtures\/zhonglou\/\*\.csv$/);
  });
  test('prints the results and the accounting of the fixture district', () => {
    const errFile = join(tempDir(), 'stderr.txt');
    const csv = execSync(`${scoreStep} 2>${errFile}`, { cwd: ROOT, shell: '/bin/sh', encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
    const out = readFileSync(errFile, 'utf8');
    const planted = readPlanted();
    // One CSV line per enterprise of the district (scored or excluded), after the header.
    expect(csv.startsWith('\uFEFF评价年度,统一社会信用代码')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + planted.enterprises);
    // rows = the district's enterprises + the planted rejected rows (the 合计 row is skipped apart).
    const rows = planted.enterprises + planted.rowErrors.length;
    expect(out).toMatch(new RegExp(`行数 rows ${rows} = 已评价 scored \\d+ \\+ 排除 excluded \\d+ \\+ 拒收 rejected ${planted.rowErrors.length}`));
    expect(out).toContain('summary rows skipped 1');
  });
});
