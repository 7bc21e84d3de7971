import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CoreError, scorePlannedPool, type ColumnarPlan, type ColumnarRecords, type CoreErrorCode } from '@mujun/core';
import { workerAvailable } from '../internal/workerAvailable.js';
import type { LineSettings } from './lineSettings.js';
import { adjustmentTexts, linePool, type LineSource, type RecordCellBytes } from './lineSource.js';
import { forgetScratchFile, trackScratchFile } from './scratchFiles.js';
import type { LineJob, PoolJob, PoolJobMessage } from './poolJob.js';
import { exclusionBytes } from './resultRows.js';
import { scoredLines } from './scoredLines.js';

const POOL_WORKER = new URL('./poolWorker.js', import.meta.url);

/**
 * The share of the scored lines whose pools the worker scores and writes: this thread also makes
 * the excluded firms' lines and writes the whole output.
 */
const WORKER_SHARE = 0.6;

/**
 * The pool worker of {@link scoreTable}, started ahead for a table of `firms` records — its start-up
 * (a thread, its modules) then overlaps the plan — or null when it will not be needed or cannot start.
 */
export function startPoolWorker(firms: number, parallelFrom: number): Worker | null {
  return firms >= parallelFrom && workerAvailable(POOL_WORKER) ? new Worker(POOL_WORKER) : null;
}

/**
 * Scores the plan's pools and returns the bytes of the results table after its header (with
 * `reuse`, in chunks that share buffers: each must be consumed before the next is asked for): the
 * pools in table order (by key), the first ones scored, ranked and written by this thread, the last ones
 * (about {@link WORKER_SHARE} of the lines, whole pools) at the same time by `thread` (from
 * {@link startPoolWorker}; ended when not needed) into a temporary file streamed out after this
 * thread's lines; then the excluded firms' lines. A
 * CoreError from either thread (a score out of range, naming the firm) stops the worker and is
 * thrown as itself. Memory stays at a block or two of lines whatever the number of firms.
 */
export async function scoreTable(
  plan: ColumnarPlan,
  records: ColumnarRecords,
  cells: RecordCellBytes,
  settings: LineSettings,
  parallelFrom: number,
  thread: Worker | null,
  reuse: boolean,
  stage: (name: string) => void = () => {},
): Promise<AsyncGenerator<Buffer>> {
  const pools = [...plan.pools].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = pools.reduce((n, p) => n + p.members.length, 0);
  const parallel = thread !== null && total >= parallelFrom && pools.length > 1;
  if (!parallel) void thread?.terminate();
  const split = parallel ? splitPools(pools, total) : pools.length;
  const adjustments = adjustmentTexts(plan.adjustments, settings.words);
  const path = join(tmpdir(), `mujun-score-${process.pid}-${Date.now()}.csv`);
  // The worker, when there is one: its first message says whether its pools are scored, the next that its lines are written.
  let worker: { thread: Worker; scored: Promise<void>; done: Promise<void> } | null = null;
  trackScratchFile(path); // removed by an interrupt too (removeScratchFiles)
  const stop = () => {
    if (worker !== null) void worker.thread.terminate();
    rmSync(path, { force: true });
    forgetScratchFile(path);
  };
  if (parallel) {
    const w = thread;
    // Its two messages, received by one listener from the start (none can pass unheard), or its failure.
    const resolvers: ((m: PoolJobMessage) => void)[] = [];
    const [first, second] = [0, 1].map(() => new Promise<PoolJobMessage>((resolve) => resolvers.push(resolve)));
    w.on('message', (m: PoolJobMessage) => resolvers.shift()?.(m));
    const failed = new Promise<never>((_, reject) => w.once('error', reject));
    const scored = Promise.race([first as Promise<PoolJobMessage>, failed]).then((m) => {
      if ('coreError' in m) throw new CoreError(m.coreError.code as CoreErrorCode, m.coreError.message);
      if (!('scored' in m)) throw new Error('error' in m ? m.error : 'unexpected message');
    });
    const done = scored.then(async () => {
      const m = await Promise.race([second as Promise<PoolJobMessage>, failed]);
      if (!('done' in m)) throw new Error('error' in m ? m.error : 'unexpected message');
    });
    failed.catch(() => {}); // observed through scored and done
    done.catch(() => {}); // observed below
    worker = { thread: w, scored, done };
    const job: PoolJob = {
      scheme: plan.scheme,
      facts: plan.facts,
      pools: pools.slice(split),
      ...joinedCodes(records.creditCode),
      points: new Map([...plan.points].map(([i, p]) => [i, p.toString()])),
      vetoes: plan.vetoes,
      settings,
      cells,
      adjustments,
      path,
    };
    w.postMessage(job);
    stage(`  pools ${split + 1}–${pools.length} sent to the worker`);
  }
  try {
    const ctx = {
      scheme: plan.scheme,
      facts: plan.facts,
      creditCode: (i: number) => records.creditCode[i] as string,
      points: (i: number) => plan.points.get(i) ?? null,
      vetoes: (i: number) => plan.vetoes.get(i),
    };
    const own: LineSource = { settings, groups: plan.scheme.groups, pools: [], cells, facts: plan.facts, adjustments };
    for (const planned of pools.slice(0, split)) own.pools.push(linePool(scorePlannedPool(planned, ctx).pool, plan.scheme.groups));
    stage(`  pools 1–${split} scored (this thread)`);
    const excluded = exclusionBytes(plan, cells, settings);
    if (worker === null) return tableLines(own, excluded, null, reuse, stage, stop);
    // While the worker scores and writes, the excluded firms' lines are made here (held: a few MB per 10⁵).
    const held = [...excluded];
    stage(`  ${plan.excluded.length} excluded firms' lines made (this thread)`);
    await worker.scored;
    stage(`  pools ${split + 1}–${pools.length} scored (worker)`);
    return tableLines(own, held, { done: worker.done, path }, reuse, stage, stop);
  } catch (e) {
    stop();
    throw e;
  }
}

/** The credit codes as one string and where each ends. */
function joinedCodes(codes: readonly string[]): { codes: string; codeEnds: Int32Array } {
  const codeEnds = new Int32Array(codes.length);
  let at = 0;
  for (let i = 0; i < codes.length; i++) codeEnds[i] = at += (codes[i] as string).length;
  return { codes: codes.join(''), codeEnds };
}

/**
 * A worker thread writing the lines of pools already scored (a {@link LineJob} without its file)
 * into a scratch file while the caller makes others: `done` when they are written; `stop` ends
 * the worker and removes the file. Null when no worker thread can start here.
 */
export function linesInWorker(job: Omit<LineJob, 'lines' | 'path'>): { done: Promise<void>; path: string; stop: () => void } | null {
  if (!workerAvailable(POOL_WORKER)) return null;
  const path = join(tmpdir(), `mujun-lines-${process.pid}-${Date.now()}.csv`);
  trackScratchFile(path);
  const thread = new Worker(POOL_WORKER);
  const done = new Promise<void>((resolve, reject) => {
    thread.once('message', (m: PoolJobMessage) => ('done' in m ? resolve() : reject(new Error('error' in m ? m.error : 'unexpected message'))));
    thread.once('error', reject);
  });
  done.catch(() => {}); // observed by the caller
  thread.postMessage({ ...job, lines: true, path } satisfies LineJob);
  const stop = () => {
    void thread.terminate();
    rmSync(path, { force: true });
    forgetScratchFile(path);
  };
  return { done, path, stop };
}

/** A file's bytes, 1 MiB at a time (into one buffer when the consumer takes each chunk before asking for the next). */
function* fileChunks(path: string, reuse: boolean): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    let buf = Buffer.allocUnsafe(1 << 20);
    for (let got = readSync(fd, buf); got > 0; got = readSync(fd, buf)) {
      yield buf.subarray(0, got);
      if (!reuse) buf = Buffer.allocUnsafe(1 << 20);
    }
  } finally {
    closeSync(fd);
  }
}

/** Where the worker's pools begin: the split whose worker lines come nearest its share, each side keeping a pool. */
export function splitPools(pools: readonly { members: Int32Array }[], total: number): number {
  let best = pools.length - 1;
  let bestGap = Infinity;
  let after = 0;
  for (let k = pools.length - 1; k >= 1; k--) {
    after += (pools[k] as { members: Int32Array }).members.length;
    const gap = Math.abs(after - total * WORKER_SHARE);
    if (gap < bestGap) [best, bestGap] = [k, gap];
  }
  return best;
}

/** This thread's lines, then the worker's (when it has finished them), then the excluded firms' lines; `stop` at the end or when abandoned. */
export async function* tableLines(
  own: LineSource,
  excluded: Iterable<Buffer>,
  worker: { done: Promise<void>; path: string } | null,
  reuse: boolean,
  stage: (name: string) => void = () => {},
  stop: () => void = () => {},
): AsyncGenerator<Buffer> {
  try {
    yield* scoredLines(own, reuse);
    stage(`  ${own.pools.reduce((n, p) => n + p.members.length, 0)} lines written (this thread)`);
    if (worker !== null) {
      await worker.done;
      stage(`  the worker's lines made`);
      yield* fileChunks(worker.path, reuse);
    }
    yield* excluded;
  } finally {
    stop();
  }
}
