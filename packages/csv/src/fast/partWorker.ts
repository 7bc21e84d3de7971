/**
 * Worker thread entry (fast/partWorkers): parse each part of a file it is sent (see parsePart) and
 * send the columns back, typed arrays transferred. The worker is started before the first part is
 * known, so that loading its modules overlaps with reading the file, and serves every file after.
 */
import { parentPort } from 'node:worker_threads';
import { numberHalf } from '../merge/codeTable.js';
import { PartUnreadable, parsePart } from './parsePart.js';
import type { HalfJob } from './partWorkers.js';
import type { Part, PartJob } from './partTypes.js';

function transferables(part: Part): ArrayBuffer[] {
  const list = [part.line.buffer, part.codeHalves.buffer, part.scale.buffer, part.keyPolluter.buffer] as ArrayBuffer[];
  for (const t of [...Object.values(part.text), part.rowKey]) list.push(t.ids.buffer as ArrayBuffer);
  for (const c of Object.values(part.numbers)) list.push(c.mant.buffer as ArrayBuffer, c.scale.buffer as ArrayBuffer);
  return list;
}

parentPort?.on('message', (job: PartJob | HalfJob) => {
  if ('state' in job) {
    // Half the merge's codes (fast/partWorkers' numberHalf), unless the merging thread took them back.
    if (Atomics.compareExchange(job.state, 0, 0, 1) !== 0) return;
    let done = false;
    try {
      numberHalf(job.halves, 1, job.firstOf);
      done = true;
    } finally {
      Atomics.store(job.state, 0, done ? 2 : 3);
      Atomics.notify(job.state, 0);
    }
    return;
  }
  let part: Part;
  try {
    part = parsePart(job);
  } catch (e: unknown) {
    parentPort?.postMessage({ unreadable: e instanceof PartUnreadable, error: e instanceof Error ? e.message : String(e) });
    return;
  }
  parentPort?.postMessage({ part }, transferables(part));
});
