/**
 * Worker thread entry: make scored lines [from, to) of a results table from the line source it is
 * sent (scoredLines) and append them to a temporary file, while the main thread makes the lines
 * before them — so the table is made by both cores without being held in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { LineSourceMessage } from './lineSource.js';
import { scoredLines } from './scoredLines.js';

parentPort?.once('message', (m: { source: LineSourceMessage; from: number; to: number; path: string }) => {
  try {
    const fd = openSync(m.path, 'w');
    try {
      for (const bytes of scoredLines(m.source, m.from, m.to)) writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    parentPort?.postMessage({ done: true });
  } catch (e: unknown) {
    parentPort?.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
