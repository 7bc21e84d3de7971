/**
 * Test helper: runs the BUILT `score` (bin/score.js → dist/main.js) as a user would, in a child
 * process, for the few tests about the real process (exit status, pipes, signals, workers); the
 * others run it in-process with `runScore`. `pnpm test` builds first; run
 * `npx pnpm@12.4.2 build` before `npx vitest run --project e2e`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The `score` command's entry script. */
export const BIN = join(ROOT, 'packages/cli/bin/score.js');

/** What a run printed and returned. */
export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs `score ...args` in `cwd` (default: the repository root). */
export function score(args: string[], cwd: string = ROOT): Spawned {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('packages/cli is not built: run `npx pnpm@12.4.2 build` first');
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'score-'));
}

/** Writes `files` (name → text or bytes) into a fresh temp dir and returns it. */
export function withFiles(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The five fixture files, as paths relative to the repository root. */
export const FIXTURE_FILES = ['land', 'tax', 'power', 'environment', 'statistics'].map((n) => `fixtures/zhonglou/${n}.csv`);
