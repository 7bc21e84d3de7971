/**
 * The temporary files this process has open — an output being written beside its target — so
 * that an interrupt (../interrupt.ts) can remove them all, synchronously, before the process ends.
 */
import { unlinkSync } from 'node:fs';

/** Temporary path → the output it becomes, as the user named it. */
const open = new Map<string, string>();

/** Remembers a temporary file until {@link untrackTemporary}; `becomes` is the output it is for. */
export function trackTemporary(path: string, becomes: string): void {
  open.set(path, becomes);
}

/** The file is gone or in place: nothing to remove on an interrupt. */
export function untrackTemporary(path: string): void {
  open.delete(path);
}

/** Removes every tracked file and returns the outputs they were for (the interrupt's message names them). */
export function removeTemporaries(): string[] {
  const outputs = [...open.values()];
  for (const path of open.keys()) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  open.clear();
  return outputs;
}
