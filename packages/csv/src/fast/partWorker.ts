/** Worker thread entry: parse one part of a file (see parsePart) and send the columns back, typed arrays transferred. */
import { parentPort, workerData } from 'node:worker_threads';
import { NotFast, parsePart } from './parsePart.js';
import type { Part, PartJob } from './partTypes.js';

function transferables(part: Part): ArrayBuffer[] {
  const list = [part.line.buffer, part.scale.buffer, part.keyPolluter.buffer] as ArrayBuffer[];
  for (const t of Object.values(part.text)) list.push(t.ids.buffer as ArrayBuffer);
  for (const c of Object.values(part.numbers)) list.push(c.mant.buffer as ArrayBuffer, c.scale.buffer as ArrayBuffer);
  return list as ArrayBuffer[];
}

parsePart(workerData as PartJob).then(
  (part) => parentPort?.postMessage({ part }, transferables(part)),
  (e: unknown) => parentPort?.postMessage({ notFast: e instanceof NotFast, error: e instanceof Error ? e.message : String(e) }),
);
