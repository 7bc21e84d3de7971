/**
 * A progress bar on stderr for long runs, drawn only when stderr is a terminal (never into a
 * pipe or a log file, nor with `-q`) and only once a run has taken long enough for a person to wonder.
 */
import type { Io } from './io.js';

/** Reports progress; a no-op when stderr is not a terminal. */
export interface Progress {
  /** Updates the bar: `done` of `total` units, with a label (e.g. the stage); total 0 = a stage of unknown length. */
  update(label: string, done: number, total: number): void;
  /** Clears the bar. */
  finish(): void;
}

const WIDTH = 24;
/** Draw nothing before this many milliseconds: short runs stay silent even on a terminal. */
const DELAY_MS = 300;

/** A progress bar for this run. */
export function createProgress(io: Io, now: () => number = Date.now): Progress {
  if (!io.stderrIsTTY || io.verbose === false) return { update: () => undefined, finish: () => undefined };
  const started = now();
  let drawn = false;
  return {
    update(label, done, total) {
      if (now() - started < DELAY_MS) return;
      if (total <= 0) {
        io.progress(`${label} …`);
        drawn = true;
        return;
      }
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * WIDTH);
      io.progress(`${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.round(share * 100)}%`);
      drawn = true;
    },
    finish() {
      if (drawn) io.progress('');
    },
  };
}
