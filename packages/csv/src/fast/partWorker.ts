/**
 * Worker thread entry (fast/partWorkers): parse each part of a file it is sent (see parsePart) and
 * send the columns back, typed arrays transferred. The worker is started before the first part is
 * known, so that loading its modules overlaps with reading the file, and serves every file after.
 */
import { parentPort } from 'node:worker_threads';
import { numberOddHalf, type HalfJob } from '../merge/codeTable.js';
import { doLent } from '../merge/lentWork.js';
import { copyFigures, type FiguresJob } from '../merge/mergeFields.js';
import { PartUnreadable, parsePart } from './parsePart.js';
import type { Part, PartJob } from './partTypes.js';

function transferables(part: Part): ArrayBuffer[] {
  const list = [part.line.buffer, part.codeHalves.buffer, part.scale.buffer, part.keyPolluter.buffer] as ArrayBuffer[];
  for (const t of [...Object.values(part.text), part.rowKey]) list.push(t.ids.buffer as ArrayBuffer);
  for (const c of Object.values(part.numbers)) list.push(c.mant.buffer as ArrayBuffer, c.scale.buffer as ArrayBuffer);
  return list;
}

parentPort?.on('message', (job: PartJob | HalfJob | FiguresJob) => {
  if ('state' in job) return job.kind === 'codes' ? doLent(job as HalfJob, numberOddHalf) : doLent(job as FiguresJob, copyFigures);
  let part: Part;
  try {
    part = parsePart(job);
  } catch (e: unknown) {
    parentPort?.postMessage({ unreadable: e instanceof PartUnreadable, error: e instanceof Error ? e.message : String(e) });
    return;
  }
  parentPort?.postMessage({ part }, transferables(part));
});
