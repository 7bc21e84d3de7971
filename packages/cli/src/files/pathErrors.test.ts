/**
 * Every path error is a user error: exit 1 or 2 with one bilingual line naming the path, never
 * exit 3 or a stack trace — on both readers (one file with CSV out takes the fast path, several
 * files the streaming one). The guide's exit-code table (docs/guide.*.md) lists these cases.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { messyCsv } from '../../../csv/src/test/messyCsv.js';
import { runScore } from '../test/memoryIo.js';
import { BIN, FIXTURE_FILES, ROOT, tempDir, withFiles } from '../test/spawnScore.js';
import { expectOneLineError } from '../test/oneLineError.js';

// A file that can be scored alone: it has the land area (without it the run stops before reading rows, exit 1).
const TAX = join(ROOT, 'fixtures/zhonglou/land.csv');

describe.each([
  ['one file', [] as string[]],
  ['two files', ['tax.csv']],
])('input paths, %s', (_what, more) => {
  const dir = withFiles({ 'tax.csv': readFileSync(TAX) });
  mkdirSync(join(dir, '2024数据'));

  test.each([
    ['a folder', '2024数据', /这是一个文件夹.*it is a folder/],
    ['a missing file', 'no-such.csv', /文件不存在.*no such file/],
    ['a path through a file', 'tax.csv/x.csv', /ENOTDIR/],
  ])('%s: exit 1, named', async (_case, path, message) => {
    const r = await runScore([path, ...more, '--out', join(tempDir(), 'r.csv')], dir);
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(message);
  });
});

describe('the other files a run reads: --mapping and --history', () => {
  const dir = withFiles({ 'tax.csv': readFileSync(TAX) });
  mkdirSync(join(dir, 'folder'));
  test.each([
    ['--mapping', 'folder', /folder.*EISDIR/],
    ['--mapping', 'no-such.json', /no-such\.json.*ENOENT/],
    ['--history', 'folder', /folder.*EISDIR/],
    ['--history', 'no-such.csv', /no-such\.csv.*ENOENT/],
  ])('%s %s: exit 1, named', async (option, path, message) => {
    const r = await runScore(['tax.csv', option, path], dir);
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(message);
  });
});

describe('odd paths', () => {
  test('a name with spaces, brackets, quotes and Chinese is read like any other', async () => {
    const name = `钟楼 (2024) 'tax' "v2" $HOME.csv`;
    const dir = withFiles({ [name]: readFileSync(TAX) });
    const r = await runScore([name, '--out', 'r.csv'], dir);
    expect(r.code).toBe(0);
  });
  test('a line break in a missing name is shown escaped: the message stays one line', async () => {
    const r = await runScore(['bad\nname.csv'], tempDir());
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('bad\\nname.csv');
  });
  test('a pattern that matches nothing: exit 1, named', async () => {
    const r = await runScore(['数据/*.csv'], tempDir());
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('数据/*.csv');
  });
});

describe('a file that changes while it is read', () => {
  test('exit 1: the file is named and said to have changed', async () => {
    const dir = withFiles({ 'growing.csv': messyCsv(20000), 'tax.csv': readFileSync(TAX) });
    // A bureau's export still being copied in: lines keep arriving while score reads it.
    const timer = setInterval(() => appendFileSync(join(dir, 'growing.csv'), `${'9'.repeat(17)}X,常州追加有限公司\r\n`), 1);
    try {
      const r = await runScore(['growing.csv', 'tax.csv', '--out', 'r.csv'], dir);
      expect(r.code).toBe(1);
      expectOneLineError(r.stderr);
      expect(r.stderr).toMatch(/growing\.csv.*读取过程中被修改.*changed while it was read/);
    } finally {
      clearInterval(timer);
    }
  });
});

describe('output paths', () => {
  test('an output folder that does not exist: exit 1, nothing written', async () => {
    const r = await runScore([...FIXTURE_FILES, '--out', 'no-such-folder/r.csv'], ROOT);
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(/no-such-folder\/r\.csv.*the output folder does not exist/);
  });
  test('an existing --out without --force: exit 2 before anything is read, the file kept', async () => {
    const dir = withFiles({ 'published.csv': '公示' });
    const r = await runScore([...FIXTURE_FILES.map((f) => join(ROOT, f)), '--out', 'published.csv'], dir);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'published.csv'), 'utf8')).toBe('公示');
  });
  test('a stdout that refuses writes (EPIPE): exit 1, one line', async () => {
    const refusing = new Writable({ write: (_c, _e, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const r = await runScore([...FIXTURE_FILES], ROOT, { stdout: refusing });
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('EPIPE');
  });
});

describe('the real process (spawned): unreadable files, full and closed standard output', () => {
  const dir = withFiles({ 'tax.csv': readFileSync(TAX) });
  chmodSync(dir, 0o755);
  const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });

  test('a file without read permission (run as nobody): exit 1, named', () => {
    copyFileSync(TAX, join(dir, 'locked.csv'));
    chmodSync(join(dir, 'locked.csv'), 0o000);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, 'locked.csv'], { cwd: dir, encoding: 'utf8', ...asNobody });
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(/locked\.csv.*EACCES/);
  });
  test.each([
    ['CSV to /dev/full', `node ${BIN} tax.csv > /dev/full`, /ENOSPC/],
    ['JSON to /dev/full', `node ${BIN} tax.csv --format json > /dev/full`, /ENOSPC/],
    ['a closed stdout (>&-)', `node ${BIN} tax.csv >&-`, /EBADF/],
    ['score explain to /dev/full', `node ${BIN} explain tax.csv --id 91320402010918341L > /dev/full`, /ENOSPC/],
    ['score schemes to a closed stdout', `node ${BIN} schemes >&-`, /EBADF/],
  ])('%s: exit 1, one line', (_what, script, message) => {
    const r = sh(script);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(message);
  });
});

describe('pipes as inputs', () => {
  const expected = async () => (await runScore([TAX], ROOT)).stdout;

  test('a named pipe is read (the fast reader leaves it to the streaming one)', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'tax.csv');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat '${TAX}' > '${fifo}'`]);
    const written = new Promise((resolve) => writer.once('close', resolve));
    const r = await runScore(['tax.csv'], dir);
    await written;
    expect(r.code).toBe(0);
    expect(r.stdout.equals(await expected())).toBe(true);
  });
  test.each([
    ['redirected from a file', `node ${BIN} /dev/stdin < '${TAX}'`],
    ['from a pipe', `cat '${TAX}' | node ${BIN} /dev/stdin`],
  ])('/dev/stdin %s', async (_what, script) => {
    const r = spawnSync('bash', ['-c', script], { encoding: 'buffer' });
    expect(r.status).toBe(0);
    expect(r.stdout.equals(await expected())).toBe(true);
  });
});
