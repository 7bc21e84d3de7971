/**
 * files/writeAtomically: a file appears whole or not at all, an existing file is replaced only
 * with force, a failure or an interrupt leaves the previous file and no temporary file, and
 * concurrent writers on one target leave one writer's complete file (never a mix, never NULs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CliError } from '../errors.js';
import { runScore } from '../test/memoryIo.js';
import { FIXTURE_FILES, ROOT } from '../test/spawnScore.js';
import { removeTemporaries } from './temporaryFiles.js';
import { writeAtomically, type WriteTarget } from './writeAtomically.js';

const dir = () => mkdtempSync(join(tmpdir(), 'atomic-'));
const target = (d: string, name: string, force = false): WriteTarget => ({ path: join(d, name), shown: name, force });

/** `n` chunks of `size` bytes of `letter`, each yielded after a pause (so writers interleave). */
async function* slowChunks(letter: string, n: number, size = 64 << 10): AsyncGenerator<Buffer> {
  for (let k = 0; k < n; k++) {
    await new Promise((resolve) => setImmediate(resolve));
    yield Buffer.alloc(size, letter);
  }
}

async function failure(p: Promise<unknown>): Promise<CliError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe('writeAtomically', () => {
  test('writes the file, and leaves no temporary file beside it', async () => {
    const d = dir();
    await writeAtomically(target(d, 'r.csv'), ['a,b\r\n', Buffer.from('1,2\r\n')]);
    expect(readFileSync(join(d, 'r.csv'), 'utf8')).toBe('a,b\r\n1,2\r\n');
    expect(readdirSync(d)).toEqual(['r.csv']);
  });

  test('an existing file is kept, and the message names --force (exit 2); with force it is replaced', async () => {
    const d = dir();
    writeFileSync(join(d, 'published.csv'), 'old');
    const e = await failure(writeAtomically(target(d, 'published.csv'), ['new']));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('--force');
    expect(readFileSync(join(d, 'published.csv'), 'utf8')).toBe('old');
    await writeAtomically(target(d, 'published.csv', true), ['new']);
    expect(readFileSync(join(d, 'published.csv'), 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['published.csv']);
  });

  test('a producer that fails midway leaves the previous file as it was and no temporary file', async () => {
    const d = dir();
    writeFileSync(join(d, 'r.csv'), 'previous');
    async function* broken(): AsyncGenerator<string> {
      yield 'half of the results';
      throw new Error('the evaluation failed');
    }
    await expect(writeAtomically(target(d, 'r.csv', true), broken())).rejects.toThrow('the evaluation failed');
    expect(readFileSync(join(d, 'r.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(d)).toEqual(['r.csv']);
  });

  test('an interrupt during the write removes the temporary file and names the target', async () => {
    const d = dir();
    writeFileSync(join(d, 'r.csv'), 'previous');
    let abandoned: string[] = [];
    async function* interrupted(): AsyncGenerator<string> {
      yield 'part';
      abandoned = removeTemporaries(); // what the SIGINT handler does
      throw new Error('interrupted');
    }
    await expect(writeAtomically(target(d, 'r.csv', true), interrupted())).rejects.toThrow();
    expect(abandoned).toEqual(['r.csv']);
    expect(readdirSync(d)).toEqual(['r.csv']);
    expect(readFileSync(join(d, 'r.csv'), 'utf8')).toBe('previous');
  });

  test('a missing output folder and a folder as the target are one-line user errors (exit 1)', async () => {
    const d = dir();
    const missing = await failure(writeAtomically(target(d, 'no-such-folder/r.csv'), ['x']));
    expect(missing.exitCode).toBe(1);
    expect(missing.message).toMatch(/输出文件夹不存在.*the output folder does not exist/);
    mkdirSync(join(d, 'folder'));
    const folder = await failure(writeAtomically(target(d, 'folder', true), ['x']));
    expect(folder.exitCode).toBe(1);
    expect(folder.message).toContain('EISDIR');
  });

  test('concurrent writers with force: the target is one writer’s complete file, no NUL, no mix', async () => {
    const d = dir();
    const letters = ['a', 'b', 'c', 'd'];
    await Promise.all(letters.map((l) => writeAtomically(target(d, 'out.csv', true), slowChunks(l, 16))));
    const bytes = readFileSync(join(d, 'out.csv'));
    expect(bytes.length).toBe(16 * (64 << 10));
    expect(bytes.includes(0)).toBe(false);
    expect(new Set(bytes).size).toBe(1);
    expect(readdirSync(d)).toEqual(['out.csv']);
  });

  test('concurrent writers without force: exactly one places its file, the others are refused', async () => {
    const d = dir();
    const outcomes = await Promise.allSettled(['a', 'b', 'c'].map((l) => writeAtomically(target(d, 'out.csv'), slowChunks(l, 8))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(new Set(readFileSync(join(d, 'out.csv'))).size).toBe(1);
    expect(readdirSync(d)).toEqual(['out.csv']);
  });
});

/** A 64 KiB tmpfs: only where this process may mount one (root on Linux); the test says so when skipped. */
function smallDisk(): string | undefined {
  const mount = mkdtempSync(join(tmpdir(), 'full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { stdio: 'ignore' });
    return mount;
  } catch {
    console.log('skipped: the full-disk test needs to mount a small tmpfs (root on Linux); /dev/full is tested in pathErrors.test.ts');
    return undefined;
  }
}

const disk = smallDisk();
afterAll(() => {
  if (disk) execFileSync('umount', [disk]);
});

describe.skipIf(disk === undefined)('a full disk', () => {
  test('ENOSPC: a one-line error, the previous file untouched, no temporary file left', async () => {
    const d = disk as string;
    writeFileSync(join(d, 'results.csv'), 'previous');
    const e = await failure(writeAtomically(target(d, 'results.csv', true), slowChunks('x', 4)));
    expect(e.exitCode).toBe(1);
    expect(e.message).toMatch(/磁盘已满.*the disk is full.*ENOSPC/);
    expect(readFileSync(join(d, 'results.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(d)).toEqual(['results.csv']);
    expect(existsSync(join(d, 'results.csv'))).toBe(true);
  });
  test('score --out on the full disk: exit 1, one line, the published file untouched', async () => {
    const d = disk as string;
    writeFileSync(join(d, 'published.csv'), '公示');
    const r = await runScore([...FIXTURE_FILES, '--out', join(d, 'published.csv'), '--force'], ROOT);
    expect(r.code).toBe(1);
    // The fixture's data warning (three firms missing a figure) comes first; the failure is one line.
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('score: 注意 / warning:')),
    ).toHaveLength(1);
    expect(r.stderr).toContain('ENOSPC');
    expect(readFileSync(join(d, 'published.csv'), 'utf8')).toBe('公示');
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
