/**
 * Reads and merges the bureau files with @mujun/csv (归集/比对) and turns its result into what
 * the CLI reports: records to evaluate, rejected rows (one entry per row), and the cross-check.
 */
import type { EnterpriseRecord } from '@mujun/core';
import { mergeSources, openSource, readHeaderMapping, readSource, type Conflict, type Gap, type Origin as FieldOrigin, type ReadResult, type ReadWarning, type RowError, type SourceRead } from '@mujun/csv';
import { InputUnusableError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { resolvePath } from '../io.js';
import { assertUnchanged, snapshotOf } from '../files/inputFiles.js';
import type { Origin, RejectedRow } from '../output/scoreRun.js';
import type { Progress } from '../progress.js';

/** The merged input of a run. */
export interface Inputs {
  records: EnterpriseRecord[];
  /** Where each record first appears (same order as records). */
  origins: Origin[];
  /** One entry per rejected row (its first problem; all problems in `problems`). */
  rejected: RejectedRow[];
  /** Bad cells of kept rows. */
  cellProblems: RejectedRow[];
  summaryRows: number;
  conflicts: Conflict[];
  gaps: Gap[];
  warnings: ReadWarning[];
  /** The sources, as given. */
  sources: string[];
  /** What was found about each file: encoding, delimiter, header row, how each column was read. */
  files: ReadResult['sources'];
  /** Row counts per source and in total (@mujun/csv: rows = merged + rejected + summary). */
  sourceAccounting: ReadResult['accounting'];
  /**
   * Where each field of each record came from (same order as records: field → source file and
   * line), when asked for with `provenance: true`; the report shows it on each sheet.
   */
  provenance?: Record<string, FieldOrigin>[];
}

/** Reading options. */
export interface ReadInputsOptions {
  mapping?: string | undefined;
  /** Files (as given) that list only some enterprises: no gaps are reported for them. */
  partial?: string[] | undefined;
  /** `field=file` pairs: the file whose value of that record field wins (in the order given). */
  prefer?: string[] | undefined;
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

/** Reads `paths` (as given on the command line) and merges them by credit code. */
export async function readInputs(io: Io, paths: string[], options: ReadInputsOptions = {}): Promise<Inputs> {
  for (const p of options.partial ?? [])
    if (!paths.includes(p))
      throw new UsageError({ zh: `--partial ${p} 不在输入文件中`, en: `--partial ${p} is not one of the input files` });
  const mapping = options.mapping === undefined ? undefined : await readHeaderMapping(resolvePath(io, options.mapping));
  // Sources are named by the path as given, so messages show what the user typed; they are
  // read one by one (rather than with readSources) so the progress bar can advance per file.
  const reads: SourceRead[] = [];
  const seen = new Set<string>();
  for (const [i, path] of paths.entries()) {
    options.progress?.update(`读取 reading ${path}`, i, paths.length);
    if (seen.has(path))
      throw new InputUnusableError({ zh: `文件 ${path} 被重复给出`, en: `the file ${path} was given more than once` });
    seen.add(path);
    const before = snapshotOf(io, path);
    const partial = options.partial?.includes(path) === true;
    // A CSV streamed; an .xlsx workbook one source per sheet (or `file.xlsx#sheet`); an .xls a message.
    for (const source of await openSource(resolvePath(io, path), path, { partial })) reads.push(await readSource(source, mapping ? { mapping } : {}));
    assertUnchanged(io, path, before);
  }
  options.progress?.update('归集 merging', paths.length, paths.length);
  // Per-field provenance only when a caller shows it: otherwise it would only cost memory.
  const precedence = parsePrecedence(options.prefer, paths);
  const provenance = options.provenance === true;
  const result = mergeSources(reads, { provenance, ...(precedence ? { precedence } : {}) });
  return {
    records: result.records.map((m) => m.record),
    origins: result.records.map((m) => m.rows[0] ?? { source: paths[0] ?? '', row: 0 }),
    rejected: rejectedRows(result.rejected),
    cellProblems: result.fieldErrors.map(toRejected),
    summaryRows: result.summaryRows.length,
    conflicts: result.conflicts,
    gaps: result.gaps,
    warnings: result.warnings,
    sources: paths,
    files: result.sources,
    sourceAccounting: result.accounting,
    ...(provenance ? { provenance: result.records.map((m) => m.provenance) } : {}),
  };
}
