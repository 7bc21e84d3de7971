/**
 * Worker thread entry of a results table: takes the table's pools from the last one backwards
 * (while the calling thread takes them from the first one on, until they meet), scores each when
 * it is only planned (@mujun/core's scorePlannedPool, pools being independent) and makes its
 * lines, which it hands to the calling thread at the end to write after its own.
 */
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { CoreError, scorePlannedPool, type PlannedPool } from '@mujun/core';
import { linePool, type LinePool, type RecordCellBytes } from './lineSource.js';
import { textAt, type PoolJob, type PoolJobMessage } from './poolJob.js';
import { scoredLines } from './scoredLines.js';

async function work(job: PoolJob): Promise<[number, Uint8Array[]][]> {
  const score = job.scoring === null ? null : scorer(job);
  const extra = job.extra;
  const taken: [number, Uint8Array[]][] = [];
  // Pools taken before the record cells came (they are made meanwhile): scored, their lines not yet made.
  const pending: [number, LinePool][] = [];
  let cells = job.cells;
  let lines: ((pool: LinePool) => Generator<Buffer>) | null = null;
  const write = (cells: RecordCellBytes) => {
    lines ??= scoredLines({ ...job, cells, extra: extra === null ? undefined : (i) => textAt(extra, i) }, true);
    // Each chunk copied out of the maker's one buffer, into memory of its own: 10⁶ firms' lines
    // through a scratch file cost the writes into the page cache and the reads back (≈ 0.15 s of CPU).
    for (const [k, pool] of pending) taken.push([k, Array.from(lines(pool), (chunk) => new Uint8Array(chunk))]);
    pending.length = 0;
  };
  const last = job.first + job.pools.length - 1;
  for (let k = last; k >= job.first && (k === last || Atomics.compareExchange(job.owners, k, 0, 2) === 0); k--) {
    const p = job.pools[k - job.first] as PlannedPool | LinePool;
    pending.push([k, score === null ? (p as LinePool) : score(p as PlannedPool)]);
    cells ??= (receiveMessageOnPort(parentPort!)?.message as RecordCellBytes | undefined) ?? null;
    if (cells !== null) write(cells);
  }
  if (pending.length > 0) write(cells ?? (await new Promise<RecordCellBytes>((resolve) => parentPort?.once('message', resolve))));
  return taken;
}

/** Scores a planned pool of the job. */
function scorer(job: PoolJob): (p: PlannedPool) => LinePool {
  const { scheme, codes, points, vetoes } = job.scoring!;
  const ctx = {
    scheme,
    facts: job.facts,
    creditCode: (i: number) => textAt(codes, i),
    points: (i: number) => points.get(i) ?? null,
    vetoes: (i: number) => vetoes.get(i),
  };
  return (p) => linePool(scorePlannedPool(p, ctx).pool, scheme.groups);
}

parentPort?.once('message', (job: PoolJob) => {
  work(job).then(
    (lines) =>
      parentPort?.postMessage(
        { done: true, lines } satisfies PoolJobMessage,
        lines.flatMap(([, chunks]) => chunks.map((c) => c.buffer as ArrayBuffer)),
      ),
    (e: unknown) => {
      const m: PoolJobMessage =
        e instanceof CoreError ? { coreError: { code: e.code, message: e.message } } : { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      parentPort?.postMessage(m);
    },
  );
});
