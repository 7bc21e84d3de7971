/**
 * Writes a run's results to --out or stdout: CSV through @mujun/csv's Excel-safe writer (UTF-8
 * with BOM or GBK, Chinese or English headers, formula injection neutralised) or one JSON object.
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import { writeResultsCsv, writeResultsJson, type ResultColumn } from '@mujun/csv';
import { InputUnusableError } from '../errors.js';
import { resolvePath, type Io } from '../io.js';
import { resultsJsonStream } from './resultsJson.js';
import { resultsTable } from './resultsTable.js';
import type { ScoreRun } from './scoreRun.js';

/** Output choices. */
export interface WriteOptions {
  format: 'csv' | 'json';
  headers: 'zh' | 'en';
  encoding: 'utf8' | 'gbk';
  out?: string | undefined;
}

/** Writes `bytes` to the --out file, or to stdout (left open). */
export async function emit(io: Io, bytes: Readable, out: string | undefined): Promise<void> {
  if (out === undefined) {
    try {
      await pipeline(bytes, io.stdout, { end: false });
    } catch (error) {
      // The reader stopped reading (`score … | head`): what it wanted, it has; not a failure.
      if (error instanceof Error && 'code' in error && error.code === 'EPIPE') return;
      throw error;
    }
    return;
  }
  try {
    await pipeline(bytes, createWriteStream(resolvePath(io, out)));
  } catch (error) {
    throw cannotWrite(out, error);
  }
}

/**
 * Runs a writer that writes to a file path or a stream: the --out file (resolved), or stdout (left
 * open). Null when the reader of stdout stopped reading (`score … | head`): what it wanted, it has.
 */
export async function emitTo<T>(io: Io, out: string | undefined, write: (target: string | Writable) => Promise<T>): Promise<T | null> {
  if (out !== undefined) return write(resolvePath(io, out));
  try {
    return await write(io.stdout);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EPIPE') return null;
    throw error;
  }
}

/** The one-line error for an output file that could not be opened or written (`out` as the user gave it). */
export function cannotWrite(out: string, error: unknown): InputUnusableError {
  const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
  return new InputUnusableError({ zh: `无法写入 ${out}（${reason}）`, en: `cannot write ${out} (${reason})` });
}

/** Writes the results of a run. */
export async function writeResults(io: Io, run: ScoreRun, options: WriteOptions): Promise<void> {
  if (options.format === 'json') {
    await emit(io, writeResultsJson(resultsJsonStream(run)), options.out);
    return;
  }
  const table = resultsTable(run);
  const columns: ResultColumn<string[]>[] = table.columns.map((c, i) => ({
    id: c.en,
    zh: c.zh,
    en: c.en,
    kind: c.kind ?? 'text',
    value: (row) => row[i],
  }));
  await emit(io, writeResultsCsv(table.rows, columns, { encoding: options.encoding === 'gbk' ? 'gbk' : 'utf8-bom', headers: options.headers }), options.out);
}
