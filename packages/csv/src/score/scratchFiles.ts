/**
 * The scratch files scoring has open (the worker's lines, in the system's temporary folder), so
 * that a program that is interrupted — the CLI on Ctrl-C — can remove them before it ends.
 */
import { unlinkSync } from 'node:fs';

const open = new Set<string>();

/** Remembers a scratch file until {@link forgetScratchFile}. */
export function trackScratchFile(path: string): void {
  open.add(path);
}

/** The file is gone: nothing to remove on an interrupt. */
export function forgetScratchFile(path: string): void {
  open.delete(path);
}

/** Removes every scratch file still open, synchronously (for a signal handler). */
export function removeScratchFiles(): void {
  for (const path of open) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  open.clear();
}
