/**
 * STOPGAP until `@mujun/cli/run`: the results CSV written by @mujun/csv's own byte writers
 * (evaluationCsv, from its compiled file; scripts/build.mjs gives it a Buffer made of Uint8Array
 * and leaves out its worker threads, never reached with `parallelFrom: Infinity`).
 */
import { evaluationCsv } from '../../../csv/dist/score/evaluationCsv.js';
import type { ScoreRun } from '../../../cli/src/output/scoreRun.js';
import { policyCellsOf } from './stopgapPolicyCells.js';

/** The bytes `score` writes for `run` (UTF-8 with BOM, Chinese headers). */
export async function resultsCsv(run: ScoreRun): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of evaluationCsv(run.columns, {
    headers: 'zh',
    encoding: 'utf8',
    parallelFrom: Number.POSITIVE_INFINITY,
    ...policyCellsOf(run, 'zh'),
  }) as AsyncIterable<Uint8Array>) {
    parts.push(chunk.slice());
    size += chunk.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
