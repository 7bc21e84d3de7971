/**
 * Worker thread entry: format blocks of result lines (rowBlock.blockBytes) as they arrive and
 * append them to a temporary file, so the second half of a million-line table is made while the
 * main thread makes the first, without holding it in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { blockBytes, type BlockSettings, type RowBlock } from './rowBlock.js';

const { settings, path } = workerData as { settings: BlockSettings; path: string };
const fd = openSync(path, 'w');
parentPort?.on('message', (m: { block?: RowBlock; end?: true }) => {
  try {
    if (m.block) writeSync(fd, blockBytes(m.block, settings));
    if (m.end) {
      closeSync(fd);
      parentPort?.postMessage({ done: true });
    }
  } catch (e: unknown) {
    parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
