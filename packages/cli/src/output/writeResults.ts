/**
 * Writes a run's results to --out or stdout: CSV written from the engine's columns by @mujun/csv's
 * byte writers (UTF-8 with BOM or GBK, Chinese or English headers, formula injection neutralised;
 * the policy columns with --policy), one JSON object, or an .xlsx workbook.
 */
import { type TableLanguage, tableWords } from '@mujun/csv';
import { evaluationCsv, writeResultsJson, type PolicyCells } from '@mujun/csv/node';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeStdout } from '../files/writeStdout.js';
import { resolvePath, type Io } from '../io.js';
import { resultsJsonStream } from './resultsJson.js';
import { resultsWorkbookBytes, workbookNeedsOut } from './xlsx/resultsXlsx.js';
import type { ScoreRun } from '../run/scoreRun.js';

/** Output choices. */
export interface WriteOptions {
  format: 'csv' | 'json' | 'xlsx';
  headers: TableLanguage;
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
    const bytes = resultsWorkbookBytes(run, { headers: options.headers });
    await writeAtomically({ path: resolvePath(io, out), shown: out, force: options.force === true }, [bytes]);
    return;
  }
  if (options.format === 'json') {
    await emit(io, writeResultsJson(resultsJsonStream(run)), options.out, options.force);
    return;
  }
  await emit(
    io,
    evaluationCsv(run.columns, { headers: options.headers, encoding: options.encoding, ...policyCellsOf(run, options.headers) }),
    options.out,
    options.force,
  );
}

/**
 * With policies: each firm's amounts and measure names by record index, for the policy columns.
 * The outcome lists the firms in the engine's order (pools, each in rank order), then the exempt
 * firms managed as a class: walked in step with the columns, no lookup by credit code.
 */
function policyCellsOf(run: ScoreRun, language: TableLanguage): { policies?: (i: number) => PolicyCells | undefined } {
  const outcome = run.policies;
  if (outcome === undefined) return {};
  const ev = run.columns;
  const separator = tableWords(ev.scheme, language).itemSeparator;
  const indices: number[] = [];
  for (const pool of ev.pools) for (let p = 0; p < pool.members.length; p++) indices.push(pool.members[pool.order[p] as number] as number);
  for (const e of ev.excluded) if (e.managedAs !== undefined) indices.push(e.index);
  const cells: (PolicyCells | undefined)[] = new Array(ev.records.length);
  // Firms share a few combinations of measures: each one's names joined once.
  const names = new Map<string, string>();
  outcome.firms.forEach((f, k) => {
    const i = indices[k] as number;
    if (ev.records.creditCode[i] !== f.creditCode) throw new Error(`internal: policy outcome out of step with the evaluation at ${f.creditCode}`);
    let measures = '';
    if (f.measures.length > 0) {
      const key = f.measures.map((m) => m.measureId).join('\u0000');
      measures = names.get(key) ?? '';
      if (!names.has(key)) names.set(key, (measures = f.measures.map((m) => m.name[language]).join(separator)));
    }
    cells[i] = { surcharge: f.surcharge, relief: f.relief, measures };
  });
  return { policies: (i) => cells[i] };
}
