/**
 * The one way `score` writes a file (results, JSON, report, workbook, scheme): into a temporary
 * file beside the target, renamed into place only when every byte is on disk. A run that fails or
 * is interrupted leaves the previous file as it was and no temporary file behind; two runs on one
 * target each write their own temporary file, so the target ends as one run's complete file.
 */
import { closeSync, existsSync, fdatasync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { cannotWrite, errorCode, outputExists } from './fileErrors.js';
import { trackTemporary, untrackTemporary } from './temporaryFiles.js';

/** A file to write: where, how the user wrote it (for messages), and whether it may replace one. */
export interface WriteTarget {
  /** Absolute path. */
  path: string;
  /** The path as the user gave it. */
  shown: string;
  /** Replace an existing file (`--force`); otherwise an existing file is an error. */
  force: boolean;
}

/**
 * Writes `chunks` to `target`. Each chunk is written (synchronously) before the next is asked
 * for, so a producer may reuse one buffer for all of them. Throws the CLI's one-line errors: the
 * target exists (without force), its folder does not exist, the disk is full, and so on.
 */
export async function writeAtomically(target: WriteTarget, chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): Promise<void> {
  refuseExisting(target);
  const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o666);
  } catch (error) {
    throw cannotWrite(target.shown, error);
  }
  trackTemporary(temp, target.shown);
  let done = false;
  // The bytes are flushed to disk as they come, in the background (32 MB at a time), so the fsync
  // before the rename has little left to wait for (200 MB of results: ≈ 0.1–0.17 s at the end).
  let flushing: Promise<void> | null = null;
  try {
    try {
      let turn = performance.now();
      let unflushed = 0;
      for await (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
        if ((unflushed += bytes.length) > 32 << 20 && flushing === null) {
          unflushed = 0;
          flushing = new Promise((resolve) =>
            fdatasync(fd, () => {
              flushing = null;
              resolve();
            }),
          );
        }
        // Chunks made in microtasks never let the event loop turn: give it one every 50 ms, so a
        // Ctrl-C is handled during the write, not after it.
        if (performance.now() - turn > 50) {
          await new Promise((resolve) => setImmediate(resolve));
          turn = performance.now();
        }
      }
      // On disk before the rename, or a crash could leave a complete-looking empty file.
      await flushing;
      fsyncSync(fd);
    } catch (error) {
      throw isFileSystemError(error) ? cannotWrite(target.shown, error) : error;
    } finally {
      await flushing; // never closed under a flush
      closeSync(fd);
    }
    place(temp, target);
    done = true;
  } finally {
    untrackTemporary(temp);
    if (!done) removeQuietly(temp);
  }
}

/**
 * Throws the error writing `target` would end in, where it can be known before any work is done:
 * a folder at the target, an existing file without force, a missing output folder. Commands call
 * it before reading their inputs, so a long run does not end in "exists".
 */
export function refuseExisting(target: WriteTarget): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(target.path).isDirectory();
  } catch {
    try {
      if (!statSync(dirname(target.path)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    } catch (error) {
      throw cannotWrite(target.shown, error);
    }
    return;
  }
  if (isDirectory) throw cannotWrite(target.shown, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  if (!target.force) throw outputExists(target.shown);
}

/**
 * Moves the finished temporary file onto the target. Without force a hard link places it only if
 * no file appeared there meanwhile (another run); where links are not supported, a check and a rename.
 */
function place(temp: string, target: WriteTarget): void {
  try {
    if (target.force) {
      renameSync(temp, target.path);
      return;
    }
    try {
      linkSync(temp, target.path);
      unlinkSync(temp);
      return;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw outputExists(target.shown);
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK'].includes(errorCode(error))) throw error;
    }
    if (existsSync(target.path)) throw outputExists(target.shown);
    renameSync(temp, target.path);
  } catch (error) {
    throw isFileSystemError(error) ? cannotWrite(target.shown, error) : error;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function isFileSystemError(error: unknown): boolean {
  return /^E[A-Z]+$/.test(errorCode(error));
}
