/**
 * The input files of a run, checked before any reader opens them — a folder, a missing file, a
 * file without read permission each become one line naming the file (exit 1), whichever reader
 * (the fast one or the streaming one) would have met it — and again after reading: a file that
 * changed meanwhile (a bureau's export still being copied in) gave a mix of two versions.
 */
import { accessSync, constants, existsSync, statSync, type Stats } from 'node:fs';
import { resolvePath, type Io } from '../io.js';
import { cannotRead, changedWhileRead } from './fileErrors.js';

/** What is compared after the read: size, time of last change, and which file it is. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** Throws (exit 1) for the first of `paths` that cannot be read as a file. Pipes and /dev/stdin pass. */
export function checkInputFiles(io: Io, paths: readonly string[]): void {
  for (const path of paths) {
    const full = fileOf(io, path);
    let stats: Stats;
    try {
      stats = statSync(full);
      accessSync(full, constants.R_OK);
    } catch (error) {
      throw cannotRead(path, error);
    }
    if (stats.isDirectory()) throw cannotRead(path, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  }
}

/** The snapshot of a regular file, or undefined (a pipe changes by being read). */
export function snapshotOf(io: Io, path: string): FileSnapshot | undefined {
  try {
    const s = statSync(fileOf(io, path));
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino } : undefined;
  } catch {
    return undefined;
  }
}

/** Throws (exit 1) when the file at `path` is no longer what `before` saw. */
export function assertUnchanged(io: Io, path: string, before: FileSnapshot | undefined): void {
  if (before === undefined) return;
  const now = snapshotOf(io, path);
  if (now === undefined || now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ctimeMs !== before.ctimeMs || now.ino !== before.ino)
    throw changedWhileRead(path);
}

/** The file a path names: `税务.xlsx#2023年` (one sheet of a workbook) names `税务.xlsx`, unless the whole name is itself a file. */
function fileOf(io: Io, path: string): string {
  const full = resolvePath(io, path);
  const hash = path.lastIndexOf('#');
  return hash < 0 || existsSync(full) ? full : resolvePath(io, path.slice(0, hash));
}
