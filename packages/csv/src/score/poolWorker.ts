/**
 * Worker thread entry of the fast `score`: scores and ranks the last pools of the table (@mujun/core's
 * scorePlannedPool, pools being independent) while the main thread scores the others, says so, then
 * writes their lines to a temporary file that the main thread streams out after its own lines.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { CoreError, scorePlannedPool } from '@mujun/core';
import { linePool, type LinePool } from './lineSource.js';
import type { LineJob, PoolJob, PoolJobMessage } from './poolJob.js';
import { scoredLines } from './scoredLines.js';

const say = (m: PoolJobMessage) => parentPort?.postMessage(m);

/** Writes the lines of pools scored elsewhere into the job's file. */
function writeLines(job: LineJob): void {
  const extra = job.extra;
  const fd = openSync(job.path, 'w');
  try {
    const { settings, groups, pools, cells, facts, adjustments } = job;
    const src = { settings, groups, pools, cells, facts, adjustments, ...(extra === null ? {} : { extra: (i: number) => extra.get(i) ?? ',,' }) };
    for (const bytes of scoredLines(src, true)) writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

parentPort?.once('message', (job: PoolJob | LineJob) => {
  try {
    if ('lines' in job) {
      writeLines(job);
      return say({ done: true });
    }
    const creditCode = (i: number) => job.codes.slice(i === 0 ? 0 : (job.codeEnds[i - 1] as number), job.codeEnds[i] as number);
    const ctx = {
      scheme: job.scheme,
      facts: job.facts,
      creditCode,
      points: (i: number) => job.points.get(i) ?? null,
      vetoes: (i: number) => job.vetoes.get(i),
    };
    const pools: LinePool[] = [];
    for (const planned of job.pools) pools.push(linePool(scorePlannedPool(planned, ctx).pool, job.scheme.groups));
    say({ scored: true });
    const fd = openSync(job.path, 'w');
    try {
      const src = { settings: job.settings, groups: job.scheme.groups, pools, cells: job.cells, facts: job.facts, adjustments: job.adjustments };
      for (const bytes of scoredLines(src, true)) writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    say({ done: true });
  } catch (e: unknown) {
    if (e instanceof CoreError) say({ coreError: { code: e.code, message: e.message } });
    else say({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
