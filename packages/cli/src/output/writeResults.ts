/**
 * Writes a run's results to --out or stdout: CSV written from the engine's columns by @mujun/csv's
 * byte writers (UTF-8 with BOM or GBK, Chinese or English headers, formula injection neutralised;
 * the policy columns with --policy), one JSON object, or an .xlsx workbook.
 */
import { evaluationCsv, tableWords, writeResultsJson, type PolicyCells } from '@mujun/csv';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeStdout } from '../files/writeStdout.js';
import { resolvePath, type Io } from '../io.js';
import { resultsJsonStream } from './resultsJson.js';
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
  await emit(io, evaluationCsv(run.columns, { headers: options.headers, encoding: options.encoding, ...policyCellsOf(run, options.headers) }), options.out, options.force);
}

/** With policies: each firm's amounts and measure names by record index, for the policy columns. */
function policyCellsOf(run: ScoreRun, language: 'zh' | 'en'): { policies?: (i: number) => PolicyCells | undefined } {
  const outcome = run.policies;
  if (outcome === undefined) return {};
  const separator = tableWords(run.columns.scheme, language).itemSeparator;
  const byCode = new Map(outcome.firms.map((f) => [f.creditCode, f]));
  const codes = run.columns.records.creditCode;
  // Firms share a few combinations of measures: each one's names joined once.
  const names = new Map<string, string>();
  return {
    policies: (i) => {
      const f = byCode.get(codes[i] as string);
      if (f === undefined) return undefined;
      const key = f.measures.map((m) => m.measureId).join('\u0000');
      let measures = names.get(key);
      if (measures === undefined) names.set(key, (measures = f.measures.map((m) => m.name[language]).join(separator)));
      return { surcharge: f.surcharge, relief: f.relief, measures };
    },
  };
}
