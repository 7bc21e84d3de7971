/**
 * `score` runs where the data is. A global install (`npm install -g ./packages/cli`) is a `score`
 * on the PATH that reads the files of whatever folder it runs in. The single-file `score`
 * (dist/score.mjs, built by `pnpm build`): copied alone into an empty
 * folder — no node_modules anywhere above it — it scores the fixture district to the very bytes
 * the installed CLI writes, and its two worker threads (parts read in parallel, pools scored in a
 * second thread) still run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messyCsv } from '../../csv/src/test/messyCsv.js';
import { BIN, FIXTURE_FILES, ROOT } from './test/spawnScore.js';

const BUNDLE = join(ROOT, 'packages/cli/dist/score.mjs');

/** An empty folder with the bundle, and no node_modules in it or any folder above it. */
function emptyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'score-bundle-'));
  for (let d = dir; d !== parse(d).root; d = dirname(d)) expect(existsSync(join(d, 'node_modules'))).toBe(false);
  copyFileSync(BUNDLE, join(dir, 'score.mjs'));
  return dir;
}

function node(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'buffer', maxBuffer: 64 << 20 });
}

describe('dist/score.mjs from an empty folder', () => {
  if (!existsSync(BUNDLE)) throw new Error('packages/cli/dist/score.mjs is not built: run npx --yes pnpm@12.4.2 build');
  test('scores the fixture district as the installed CLI does', () => {
    const dir = emptyFolder();
    for (const f of FIXTURE_FILES) copyFileSync(join(ROOT, f), join(dir, parse(f).base));
    const single = node(['score.mjs', '*.csv', '--out', 'results.csv'], dir);
    expect(single.stderr.toString()).toContain('已评价 scored 799');
    expect(single.status).toBe(0);
    const installed = node([BIN, ...FIXTURE_FILES.map((f) => parse(f).base).sort(), '--out', 'installed.csv'], dir);
    expect(installed.status).toBe(0);
    expect(readFileSync(join(dir, 'results.csv')).equals(readFileSync(join(dir, 'installed.csv')))).toBe(true);
  });

  test('its worker threads run: a file of several MiB read in parts, the same bytes as the installed score', () => {
    const dir = emptyFolder();
    // From 4 MiB a UTF-8 file is parsed in parts, one in a worker thread (embedded in score.mjs as a data: URL).
    const text = messyCsv(60_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 << 20);
    writeFileSync(join(dir, 'firms.csv'), text);
    const single = node(['score.mjs', 'firms.csv', '--out', 'bundle.csv'], dir);
    expect(single.status, single.stderr.toString()).toBe(0);
    const installed = node([BIN, 'firms.csv', '--out', 'installed.csv'], dir);
    expect(installed.status).toBe(0);
    expect(readFileSync(join(dir, 'bundle.csv')).equals(readFileSync(join(dir, 'installed.csv')))).toBe(true);
  });

  test('--version, help and init work without package files', () => {
    const dir = emptyFolder();
    expect(node(['score.mjs', '--version'], dir).stdout.toString()).toMatch(/^\d+\.\d+\.\d+\n$/);
    const init = node(['score.mjs', 'init', '--out', 'scheme.json'], dir);
    expect(init.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'scheme.json'), 'utf8')).id).toBe('changzhou-wujin');
  });
});

describe('a global install of @mujun/cli', () => {
  test('npm install -g ./packages/cli gives a score that works in any folder', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'score-global-'));
    const npm = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(ROOT, 'packages/cli')], {
      encoding: 'utf8',
    });
    expect(npm.status, npm.stderr).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'score-data-'));
    for (const f of FIXTURE_FILES) copyFileSync(join(ROOT, f), join(dir, parse(f).base));
    const r = spawnSync(join(prefix, 'bin/score'), ['*.csv', '--out', 'results.csv'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('已评价 scored 799');
    expect(existsSync(join(dir, 'results.csv'))).toBe(true);
  });
});

describe('the workspace script (`cd 2024数据 && pnpm score *.csv`)', () => {
  test('pnpm starts the script in the repository root; score reads the files of the folder the user was in (INIT_CWD)', () => {
    const data = mkdtempSync(join(tmpdir(), 'score-init-cwd-'));
    copyFileSync(join(ROOT, 'fixtures/zhonglou/land.csv'), join(data, 'land.csv'));
    const r = spawnSync(process.execPath, [BIN, 'land.csv', '--out', 'results.csv'], {
      cwd: ROOT,
      env: { ...process.env, npm_lifecycle_event: 'score', INIT_CWD: data },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(data, 'results.csv'))).toBe(true);
  });
});
