import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { endIdlePartWorkers } from '../fast/readParts.js';

let gc: (() => void) | null | undefined;

/**
 * The reader's idle threads ended and a full garbage collection: called between reading and scoring, when what the reader made
 * and no longer needs (the files' bytes, the sources' columns, the merge's tables: ≈ 400 MB at 10⁶
 * firms) is garbage that V8 has not yet had a reason to collect — the scoring's own arrays were
 * added on top of it, and that sum was the run's peak memory (1 237 MiB for one file of 10⁶ firms;
 * 840–870 MiB with this collection, which takes ≈ 0.1 s). V8 gives its `gc` to a context made
 * after `--expose-gc` is set (as jest's leak detector gets it); nothing happens where it does not.
 */
export async function collectGarbage(): Promise<void> {
  // The reader's threads first: while one lives, the file's bytes it was sent do too.
  await endIdlePartWorkers();
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
