import { createReadStream, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ColumnarEvaluation, IndicatorId } from '@mujun/core';
import { CsvLine } from './csvLine.js';
import { exclusionBytes } from './resultRows.js';
import { blockBytes, blockTransfer, linePlaces, rowBlock, type BlockSettings } from './rowBlock.js';

const FORMAT_WORKER = new URL('./formatWorker.js', import.meta.url);
const CHUNK = 20_000;

/**
 * The bytes of the results table after its header: scored lines made block by block — the first
 * 20 % in this thread, the rest at the same time in a worker thread, which appends them to
 * a temporary file streamed out after the first half — then the excluded firms' lines. Memory
 * stays at a block or two whatever the number of firms.
 */
export async function* tableBytes(
  ev: ColumnarEvaluation,
  settings: BlockSettings,
  parallelFrom: number,
  stage: (name: string) => void = () => {},
): AsyncGenerator<Buffer> {
  const places = linePlaces(ev);
  const ids = settings.indicatorIds;
  const total = places.starts[places.starts.length - 1] as number;
  const parallel = total >= parallelFrom && FORMAT_WORKER.protocol === 'file:' && existsSync(fileURLToPath(FORMAT_WORKER));
  // Blocks of at most CHUNK lines, at least eight per table (so small tables exercise both threads too).
  const chunk = Math.max(1, Math.min(CHUNK, Math.ceil(total / 8)));
  // This thread also gathers the worker's blocks (rowBlock, and their structured clone) and makes
  // the excluded firms' lines, so it keeps only 20 % of the scored lines: at 35 % the worker
  // finished first and this thread was the wall (10⁶ rows: write 4.6 → 4.2 s, three runs each).
  const mid = parallel ? Math.min(total, Math.ceil((total * 0.2) / chunk) * chunk) : total;
  const ranges: [number, number][] = [];
  for (let a = mid; a < total; a += chunk) ranges.push([a, Math.min(total, a + chunk)]);
  let worker: Worker | null = null;
  let done: Promise<void> = Promise.resolve();
  const path = join(tmpdir(), `mujun-score-${process.pid}-${Date.now()}.csv`);
  if (ranges.length > 0) {
    const w = new Worker(FORMAT_WORKER, { workerData: { settings, path } });
    worker = w;
    done = new Promise<void>((resolve, reject) => {
      w.on('message', (m: { done?: true; error?: string }) => (m.done ? resolve() : reject(new Error(m.error))));
      w.once('error', reject);
    });
    done.catch(() => {}); // observed below
  }
  let sent = 0;
  const send = () => {
    const r = ranges[sent++];
    if (r === undefined || worker === null) return;
    const block = rowBlock(ev, places, ids, r[0], r[1]);
    worker.postMessage({ block }, blockTransfer(block));
  };
  try {
    // One block to the worker per block made here, so the two halves advance together.
    for (let a = 0; a < mid; a += chunk) {
      send();
      yield blockBytes(rowBlock(ev, places, ids, a, Math.min(mid, a + chunk)), settings);
    }
    stage(`  first ${mid} lines written (this thread)`);
    const excluded = exclusionBytes(ev, ids as IndicatorId[], new CsvLine(settings.kinds, settings.lang, settings.cached));
    if (worker !== null) {
      while (sent < ranges.length) send();
      worker.postMessage({ end: true });
      // While the worker finishes, the excluded firms' lines are made here (held: a few MB per 10⁵).
      const held = [...excluded];
      stage(`  ${ev.excluded.length} excluded firms' lines made (this thread)`);
      await done;
      stage(`  next ${total - mid} lines made (worker)`);
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
      yield* held;
    } else yield* excluded;
  } finally {
    if (worker !== null) {
      void worker.terminate();
      rmSync(path, { force: true });
    }
  }
}
