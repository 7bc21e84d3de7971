/**
 * evaluate() against the same job through the columnar API (columnarFromRecords + evaluateColumnar),
 * on the bench generator's records: wall time of each, best of a few runs, and whether the results
 * are identical (every field, as JSON). Not a test: `npx tsx bench/evaluateVsColumnar.ts [n=1e5] [runs=3]` after a build.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnarFromRecords, evaluate, evaluateColumnar, evaluationOf, getPreset } from '../packages/core/dist/index.js';
import { readSources } from '../packages/csv/dist/node.js';
import { generateFile, parseSize } from './generate.ts';

const n = parseSize(process.argv[2] ?? '1e5');
const runs = Number(process.argv[3] ?? '3');
const file = join(tmpdir(), `mujun-evaluate-${n}.csv`);
if (!existsSync(file)) generateFile({ n, seed: 7, out: file });
const records = (await readSources([file])).records.map((m) => m.record);
const scheme = getPreset();

/** Best wall and CPU time (this process, all threads) of a few runs: CPU is steadier on a busy machine. */
function best(label: string, job: () => unknown): { ms: number; cpu: number } {
  let ms = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    job();
    const used = process.cpuUsage(c);
    ms = Math.min(ms, performance.now() - t);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  console.log(`${label.padEnd(34)} ${(ms / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s CPU`);
  return { ms, cpu };
}

console.log(`${records.length} records, default scheme, best of ${runs}`);
const columnar = best('columnar (columns + evaluate)', () => evaluateColumnar(columnarFromRecords(records)!, scheme));
const objects = best('evaluate() (records → objects)', () => evaluate(records, scheme));
console.log(`ratio evaluate / columnar          ${(objects.ms / columnar.ms).toFixed(2)} × wall, ${(objects.cpu / columnar.cpu).toFixed(2)} × CPU`);

// The 40-digit figures (value, rawScore, rawTotal) are computed when first read: what reading all of them costs.
const results = evaluate(records, scheme).results;
const t = performance.now();
const json = JSON.stringify(results);
console.log(`reading every field of every result ${((performance.now() - t) / 1000).toFixed(2)} s`);
const same = json === JSON.stringify(evaluationOf(evaluateColumnar(columnarFromRecords(records), scheme)).results);
console.log(`results identical                  ${same}`);
