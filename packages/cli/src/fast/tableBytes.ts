import { createReadStream, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ColumnarEvaluation, IndicatorId } from '@mujun/core';
import { CsvLine, type RecordCellBytes } from '@mujun/csv';
import type { BlockSettings } from './blockSettings.js';
import { lineSource, lineSourceMessage, scoredLineCount } from './lineSource.js';
import { exclusionBytes } from './resultRows.js';
import { scoredLines } from './scoredLines.js';

const FORMAT_WORKER = new URL('./formatWorker.js', import.meta.url);

/**
 * The share of the scored lines this thread makes when a worker makes the rest: this thread also
 * makes the excluded firms' lines and writes the output, the worker first rebuilds its copy of the
 * line source (splitting the joined codes and names).
 */
const OWN_SHARE = 0.45;

/**
 * The bytes of the results table after its header: the scored lines — the first part made in this
 * thread, the rest at the same time in a worker thread (sent a copy of the pools it needs;
 * the records' cells, made by the reader, are shared), the worker appending its lines to a temporary file streamed
 * out after this thread's — then the excluded firms' lines. Memory stays at a block or two of
 * lines whatever the number of firms.
 */
export async function* tableBytes(
  ev: ColumnarEvaluation,
  cells: RecordCellBytes,
  settings: BlockSettings,
  parallelFrom: number,
  stage: (name: string) => void = () => {},
): AsyncGenerator<Buffer> {
  const src = lineSource(ev, cells, settings);
  const total = scoredLineCount(src);
  const parallel = total >= parallelFrom && FORMAT_WORKER.protocol === 'file:' && existsSync(fileURLToPath(FORMAT_WORKER));
  const mid = parallel ? Math.min(total, Math.max(1, Math.floor(total * OWN_SHARE))) : total;
  const excludedLines = () => exclusionBytes(ev, src.cells, settings.indicatorIds as IndicatorId[], new CsvLine(settings.kinds, settings.lang, settings.cached));
  if (mid === total) {
    yield* scoredLines(src, 0, total);
    yield* excludedLines();
    return;
  }
  const path = join(tmpdir(), `mujun-score-${process.pid}-${Date.now()}.csv`);
  const worker = new Worker(FORMAT_WORKER);
  const done = new Promise<void>((resolve, reject) => {
    worker.once('message', (m: { done?: true; error?: string }) => (m.done ? resolve() : reject(new Error(m.error))));
    worker.once('error', reject);
  });
  done.catch(() => {}); // observed below
  try {
    worker.postMessage({ source: lineSourceMessage(src, mid, total), from: mid, to: total, path });
    stage(`  lines ${mid}–${total} sent to the worker`);
    yield* scoredLines(src, 0, mid);
    stage(`  first ${mid} lines written (this thread)`);
    // While the worker finishes, the excluded firms' lines are made here (held: a few MB per 10⁵).
    const held = [...excludedLines()];
    stage(`  ${ev.excluded.length} excluded firms' lines made (this thread)`);
    await done;
    stage(`  next ${total - mid} lines made (worker)`);
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
    yield* held;
  } finally {
    void worker.terminate();
    rmSync(path, { force: true });
  }
}
