import { Worker } from 'node:worker_threads';
import { compareText, CoreError, scorePlannedPool, type ColumnarPlan, type ColumnarRecords, type CoreErrorCode } from '@mujun/core';
import { workerAvailable } from '../internal/workerAvailable.js';
import type { LineSettings } from './lineSettings.js';
import { adjustmentTexts, linePool, type LinePool, type LineSource } from './lineSource.js';
import { joinedTexts, type PoolJob, type PoolJobMessage } from './poolJob.js';
import { recordCells } from './recordCells.js';
import { exclusionBytes } from './resultRows.js';
import { scoredLines } from './scoredLines.js';

const POOL_WORKER = new URL('./poolWorker.js', import.meta.url);

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
 * pools in table order (by key), then the excluded firms' lines — from `parallelFrom` firms on in
 * two threads ({@link tableBytes}), `thread` (from {@link startPoolWorker}; ended when not needed)
 * scoring pools from the last one backwards while the records' cells are made here. A CoreError
 * from either thread (a score out of range, naming the firm) stops the table and is thrown as
 * itself.
 */
export async function scoreTable(
  plan: ColumnarPlan,
  records: ColumnarRecords,
  settings: LineSettings,
  parallelFrom: number,
  thread: Worker | null,
  reuse: boolean,
  stage: (name: string) => void = () => {},
): Promise<AsyncGenerator<Buffer>> {
  const pools = byKey(plan.pools);
  const { scheme, facts } = plan;
  const adjustments = adjustmentTexts(plan.adjustments, settings.words);
  const parallel = thread !== null && pools.reduce((n, p) => n + p.members.length, 0) >= parallelFrom && pools.length > 1;
  if (!parallel) void thread?.terminate();
  const worker = parallel
    ? poolWorker(thread, pools.length, (owners) => ({
        pools: pools.slice(1),
        first: 1,
        owners,
        scoring: {
          scheme,
          codes: joinedTexts(records.creditCode),
          points: new Map([...plan.points].map(([i, p]) => [i, p.toString()])),
          vetoes: plan.vetoes,
        },
        settings,
        groups: scheme.groups,
        facts,
        adjustments,
        cells: null,
        extra: null,
      }))
    : null;
  if (worker !== null) stage(`  pools sent to the worker`);
  try {
    const cells = recordCells(records);
    worker?.thread.postMessage(cells);
    stage('record cells');
    const ctx = {
      scheme,
      facts,
      creditCode: (i: number) => records.creditCode[i] as string,
      points: (i: number) => plan.points.get(i) ?? null,
      vetoes: (i: number) => plan.vetoes.get(i),
    };
    const own = (k: number) => linePool(scorePlannedPool(pools[k]!, ctx).pool, scheme.groups);
    const src = { settings, groups: scheme.groups, cells, facts, adjustments };
    return tableBytes(pools.length, own, src, exclusionBytes(plan, cells, settings), worker, reuse, stage);
  } catch (e) {
    void worker?.thread.terminate();
    throw e;
  }
}

/** Pools in table order: by key. */
export function byKey<P extends { key: string }>(pools: readonly P[]): P[] {
  return [...pools].sort((a, b) => compareText(a.key, b.key));
}

/** A worker thread taking pools of a table ({@link PoolJob}), and the lines of those it took when it is done. */
export interface PoolWorker {
  thread: Worker;
  owners: Int32Array;
  /** PoolJobMessage's lines; rejected with the worker's CoreError or failure. */
  done: Promise<[number, Uint8Array[]][]>;
}

/**
 * Sends `thread` (or a new pool worker; null when none can start here) the job `jobOf` makes for a
 * table of `count` pools, of which the worker has the last one and this thread the first.
 */
export function poolWorker(thread: Worker | null, count: number, jobOf: (owners: Int32Array) => PoolJob): PoolWorker | null {
  const w = thread ?? (workerAvailable(POOL_WORKER) ? new Worker(POOL_WORKER) : null);
  if (w === null) return null;
  const owners = new Int32Array(new SharedArrayBuffer(4 * count));
  owners[0] = 1;
  owners[count - 1] = 2;
  const done = new Promise<[number, Uint8Array[]][]>((resolve, reject) => {
    w.once('message', (m: PoolJobMessage) => {
      if ('done' in m) resolve(m.lines);
      else reject('coreError' in m ? new CoreError(m.coreError.code as CoreErrorCode, m.coreError.message) : new Error(m.error));
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`the pool worker ended (exit code ${code}) before its lines were made`)));
  });
  done.catch(() => {}); // observed by tableBytes
  w.postMessage(jobOf(owners));
  return { thread: w, owners, done };
}

/**
 * The lines of a table's `count` pools in table order, then the excluded firms' lines. This thread
 * takes pools from the first one on (`pool(k)`: scored here, or already), writing each one's lines
 * as it goes, until it meets the pools `worker` took from the last one backwards; then come the
 * worker's lines. With a worker, the excluded firms' lines are made first and held (a few MB per
 * 10⁵), so that the worker takes the more pools meanwhile. Memory: a block of lines, and the
 * worker's lines (about half the table: ≈ 100 MB at 10⁶ firms, less than the reading took).
 */
export async function* tableBytes(
  count: number,
  pool: (k: number) => LinePool,
  src: LineSource,
  excluded: Iterable<Buffer>,
  worker: PoolWorker | null,
  reuse: boolean,
  stage: (name: string) => void = () => {},
): AsyncGenerator<Buffer> {
  try {
    const afterPools = worker === null ? excluded : [...excluded];
    if (worker !== null) stage(`  excluded firms' lines made (this thread)`);
    const lines = scoredLines(src, reuse);
    let k = 0;
    let written = 0;
    for (; k < count && (k === 0 || worker === null || Atomics.compareExchange(worker.owners, k, 0, 1) === 0); k++) {
      const p = pool(k);
      written += p.members.length;
      yield* lines(p);
    }
    stage(`  pools 1–${k} scored (this thread), their ${written} lines written`);
    if (worker !== null) {
      const theirs = await worker.done;
      stage(`  pools ${k + 1}–${count} scored (worker), their lines made`);
      for (const [, chunks] of theirs.reverse()) for (const c of chunks) yield Buffer.from(c.buffer, c.byteOffset, c.length);
    }
    yield* afterPools;
  } finally {
    void worker?.thread.terminate();
  }
}
