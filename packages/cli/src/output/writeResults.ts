/**
 * Writes a run's results to --out or stdout: CSV through @mujun/csv's Excel-safe writer (UTF-8
 * with BOM or GBK, Chinese or English headers, formula injection neutralised) or one JSON object.
 */
import type { ResultColumn } from '@mujun/csv';
import { writeResultsCsv, writeResultsJson } from '@mujun/csv/node';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeStdout } from '../files/writeStdout.js';
import { resolvePath, type Io } from '../io.js';
import { resultsJsonStream } from './resultsJson.js';
import { resultsTable } from './resultsTable.js';
import { workbookNeedsOut, writeResultsXlsx } from './xlsx/resultsXlsx.js';
import type { ScoreRun } from './scoreRun.js';

/** Output choices. */
export interface WriteOptions {
  format: 'csv' | 'json' | 'xlsx';
  headers: 'zh' | 'en';
  encoding: 'utf8' | 'gbk';
  out?: string | undefined;
  /** Replace an existing --out file (`--force`). */
  force?: boolean;
}

/**
 * Writes `bytes` to the --out file (atomically: files/writeAtomically; an existing file only with
 * `force`), or to stdout (left open) when there is none or it is `-`.
 */
export async function emit(
  io: Io,
  bytes: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  out: string | undefined,
  force = false,
): Promise<void> {
  if (out === undefined || out === '-') await writeStdout(io, bytes);
  else await writeAtomically({ path: resolvePath(io, out), shown: out, force }, bytes);
}

/** Writes the results of a run. */
export async function writeResults(io: Io, run: ScoreRun, options: WriteOptions): Promise<void> {
  if (options.format === 'xlsx') {
    const out = options.out;
    if (out === undefined || out === '-') throw workbookNeedsOut();
    await writeResultsXlsx(run, { path: resolvePath(io, out), shown: out, force: options.force === true }, options.headers);
    return;
  }
  if (options.format === 'json') {
    await emit(io, writeResultsJson(resultsJsonStream(run)), options.out, options.force);
    return;
  }
  const table = resultsTable(run, options.headers);
  const columns: ResultColumn<string[]>[] = table.columns.map((c, i) => ({
    id: c.en,
    zh: c.zh,
    en: c.en,
    kind: c.kind ?? 'text',
    value: (row) => row[i],
  }));
  await emit(
    io,
    writeResultsCsv(table.rows, columns, { encoding: options.encoding === 'gbk' ? 'gbk' : 'utf8-bom', headers: options.headers }),
    options.out,
    options.force,
  );
}
