/**
 * Reads and merges the bureau files with @mujun/csv (归集/比对) and turns its result into what
 * the CLI reports: records to evaluate, rejected rows (one entry per row), and the cross-check.
 */
import type { EnterpriseRecord, Scheme } from '@mujun/core';
import {
  mergedRecordAt,
  mergeSources,
  readInOrder,
  type Conflict,
  type Gap,
  type MergedSources,
  type Origin as FieldOrigin,
  type ReadWarning,
  type RowError,
  type SourceRead,
} from '@mujun/csv';
import { openSource, readHeaderMapping, readSource } from '@mujun/csv/node';
import { InputUnusableError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { resolvePath } from '../io.js';
import { assertUnchanged, snapshotOf } from '../files/inputFiles.js';
import type { RejectedRow } from '../output/scoreRun.js';
import type { Progress } from '../progress.js';

/** The merged input of a run. */
export interface Inputs {
  /** The sources merged, the enterprises as columns: what the engine evaluates and the writers read. */
  merged: MergedSources;
  /** The same enterprises as objects, made once on first use (policies, simulate, sensitivity, the report). */
  readonly records: EnterpriseRecord[];
  /** One entry per rejected row (its first problem; all problems in `problems`). */
  rejected: RejectedRow[];
  /** Bad cells of kept rows. */
  cellProblems: RejectedRow[];
  summaryRows: number;
  conflicts: Conflict[];
  gaps: Gap[];
  warnings: ReadWarning[];
  /** The sources, in the merge's order (by kind of export, then name): the same whatever order they were given in. */
  sources: string[];
  /** What was found about each file: encoding, delimiter, header row, how each column was read. */
  files: MergedSources['sources'];
  /** Row counts per source and in total (@mujun/csv: rows = merged + rejected + summary). */
  sourceAccounting: MergedSources['accounting'];
  /**
   * Where each field of each record came from (same order as records: field → source file and
   * line), when asked for with `provenance: true`; the report shows it on each sheet.
   */
  readonly provenance?: Record<string, FieldOrigin>[];
}

/** Reading options. */
export interface ReadInputsOptions {
  mapping?: string | undefined;
  /** Files (as given) that list only some enterprises: no gaps are reported for them. */
  partial?: string[] | undefined;
  /** `field=file` pairs: the file whose value of that record field wins (in the order given). */
  prefer?: string[] | undefined;
  /** The scheme's `sourcePrecedence`: whose figure it scores, per field (武进: sales from the tax bureau). */
  sourcePrecedence?: Scheme['sourcePrecedence'];
  progress?: Progress;
  /**
   * Keep the source of every field (default false): for the report's sheets, even from one file.
   * Off for the plain `score` run, where it would be a map per record at 10⁶ rows and nothing reads it.
   */
  provenance?: boolean;
}

const oneLine = (e: RowError): string => `${e.message.zh} / ${e.message.en}`;

function toRejected(e: RowError): RejectedRow {
  return { source: e.source, row: e.row, column: e.column, code: e.code, message: oneLine(e), value: e.value };
}

/** Groups row errors by (source, row): a rejected row counts once however many problems it has. */
export function rejectedRows(errors: readonly RowError[]): RejectedRow[] {
  const byRow = new Map<string, RejectedRow>();
  for (const e of errors) {
    const key = `${e.source}\u0000${e.row}`;
    const seen = byRow.get(key);
    if (seen) (seen.problems ??= [{ column: seen.column, code: seen.code, message: seen.message, value: seen.value }]).push(toRejected(e));
    else byRow.set(key, toRejected(e));
  }
  return [...byRow.values()];
}

/** `--prefer taxWan=tax.csv` → { taxWan: ['tax.csv'] }; the file must be one of the inputs. */
export function parsePrecedence(prefer: string[] | undefined, paths: string[]): Record<string, string[]> | undefined {
  if (!prefer || prefer.length === 0) return undefined;
  const out: Record<string, string[]> = {};
  for (const item of prefer) {
    const m = /^([A-Za-z][\w.-]*)=(.+)$/.exec(item.trim());
    const file = m?.[2];
    if (!m || file === undefined || !paths.includes(file))
      throw new UsageError({
        zh: `--prefer 应写作 字段=输入文件（如 taxWan=tax.csv），实为“${item}”`,
        en: `--prefer must be field=input file (e.g. taxWan=tax.csv), found "${item}"`,
      });
    (out[m[1] as string] ??= []).push(file);
  }
  return out;
}

/** Reads `paths` (as given on the command line) into columns and merges them by credit code. */
export async function readInputs(io: Io, paths: string[], options: ReadInputsOptions = {}): Promise<Inputs> {
  for (const p of options.partial ?? [])
    if (!paths.includes(p)) throw new UsageError({ zh: `--partial ${p} 不在输入文件中`, en: `--partial ${p} is not one of the input files` });
  const seen = new Set<string>();
  for (const path of paths) {
    if (seen.has(path)) throw new InputUnusableError({ zh: `文件 ${path} 被重复给出`, en: `the file ${path} was given more than once` });
    seen.add(path);
  }
  const mapping = options.mapping === undefined ? undefined : await readHeaderMapping(resolvePath(io, options.mapping));
  // Sources are named by the path as given, so messages show what the user typed; they are
  // read one by one so the progress bar can advance per file.
  // Two files at a time (@mujun/csv's readInOrder: one parsed while the last one's columns are put together), in order.
  const perPath = await readInOrder(paths, async (path, i) => {
    options.progress?.update(`读取 reading ${path}`, i, paths.length);
    const partial = options.partial?.includes(path) === true;
    const before = snapshotOf(io, path);
    const read: SourceRead[] = [];
    // A CSV read whole (in parallel parts when big) or streamed (a pipe); an .xlsx workbook one source per sheet (or `file.xlsx#sheet`); an .xls a message.
    for (const source of await openSource(resolvePath(io, path), path, { partial })) read.push(await readSource(source, mapping ? { mapping } : {}));
    assertUnchanged(io, path, before);
    return read;
  });
  const reads = perPath.flat();
  options.progress?.update('归集 merging', paths.length, paths.length);
  const precedence = parsePrecedence(options.prefer, paths);
  // Per-field provenance only when a caller shows it.
  const provenance = options.provenance === true;
  const merged = mergeSources(reads, {
    provenance,
    sourcePrecedence: options.sourcePrecedence,
    sourceKinds: mapping?.sources,
    ...(precedence ? { precedence } : {}),
  });
  const n = merged.records.length;
  let records: EnterpriseRecord[] | undefined;
  let fieldOrigins: Record<string, FieldOrigin>[] | undefined;
  return {
    merged,
    get records() {
      return (records ??= Array.from({ length: n }, (_, i) => mergedRecordAt(merged, i)));
    },
    rejected: rejectedRows(merged.rejected),
    cellProblems: merged.fieldErrors.map(toRejected),
    summaryRows: merged.summaryRows.length,
    conflicts: merged.conflicts,
    gaps: merged.gaps,
    warnings: merged.warnings,
    sources: merged.sources.map((s) => s.source),
    files: merged.sources,
    sourceAccounting: merged.accounting,
    ...(provenance
      ? {
          get provenance() {
            return (fieldOrigins ??= Array.from({ length: n }, (_, i) => merged.provenance(i)));
          },
        }
      : {}),
  };
}
