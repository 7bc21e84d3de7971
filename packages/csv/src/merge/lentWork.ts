/**
 * Work a merge hands to another thread while it does its own share: Node's reader lends an idle
 * part worker (fast/readParts); elsewhere none is lent and the merge does all of it. A job's arrays
 * are in shared memory, and its `state` says who does it: 0 sent, 1 taken, 2 done, 3 failed or
 * taken back. The merging thread blocks (Atomics.wait) only while the other is at work.
 */
export interface LentJob {
  kind: 'codes' | 'figures';
  state: Int32Array;
}

let lend: ((job: LentJob) => boolean) | null = null;

/** Sets what sends a job to a thread idle now (false when none is). */
export function setLender(lender: ((job: LentJob) => boolean) | null): void {
  lend = lender;
}

/** Whether a lent thread could read the array in place (threads share memory only). */
export const inShared = (a: ArrayBufferView): boolean => lend !== null && a.buffer instanceof SharedArrayBuffer;

/** Memory another thread can share when one may be lent, else plain. */
export function lendable(bytes: number): ArrayBuffer | SharedArrayBuffer {
  return lend === null ? new ArrayBuffer(bytes) : new SharedArrayBuffer(bytes);
}

/** Does `job` in a lent thread while `own` runs here, or here after `own` when no thread took it. */
export function shareWork<J extends LentJob>(job: J, run: (job: J) => void, own: () => void): void {
  const lent = inShared(job.state) && lend!(job);
  own();
  // A thread that has not started by now never will: the job is taken back.
  if (!lent || Atomics.compareExchange(job.state, 0, 0, 3) === 0 || (Atomics.wait(job.state, 0, 1), Atomics.load(job.state, 0)) !== 2) run(job);
}

/** In the lent thread: does the job unless the merge took it back. */
export function doLent<J extends LentJob>(job: J, run: (job: J) => void): void {
  if (Atomics.compareExchange(job.state, 0, 0, 1) !== 0) return;
  let state = 3;
  try {
    run(job);
    state = 2;
  } finally {
    Atomics.store(job.state, 0, state);
    Atomics.notify(job.state, 0);
  }
}
