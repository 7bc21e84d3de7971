/**
 * The merged input of a run (归集/比对) in the CLI's terms, from @mujun/csv's merge: the
 * enterprises as columns, one rejected row per unusable source row, and the cross-check. Made the
 * same way from files (load/readInputs, Node) and from bytes held in memory (readRun, a web page).
 */
import type { EnterpriseRecord, Scheme } from '@mujun/core';
import { mergedRecordAt, mergeSources, type HeaderMapping, type MergedSources, type Origin as FieldOrigin, type RowError, type SourceRead } from '@mujun/csv';
import { InputUnusableError, UsageError } from '../errors.js';
import type { RejectedSourceRow } from './scoreRun.js';

/** The merged input of a run. */
export interface Inputs extends Pick<MergedSources, 'conflicts' | 'gaps' | 'warnings'> {
  /** The sources merged, the enterprises as columns: what the engine evaluates and the writers read. */
  merged: MergedSources;
  /** The same enterprises as objects, made once on first use (policies, simulate, sensitivity, the report). */
  readonly records: EnterpriseRecord[];
  /** Rows dropped as unusable, one entry each (its first problem; all problems in `problems`): each counts once in the accounting. */
  rejected: RejectedSourceRow[];
  /** Cell-level problems that blanked one value but kept the row (reported, not counted as rejected). */
  cellProblems: RejectedSourceRow[];
  /** Summary rows (合计/总计) recognised and skipped; not counted in `rows`. */
  summaryRows: number;
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

/** How the sources are merged (the reading options `score` takes, already read). */
export interface MergeInputsOptions {
  /** A header-mapping file's content (`--mapping`), validated. */
  mapping?: HeaderMapping | undefined;
  /** Sources (by name as given) that list only some enterprises: no gaps are reported for them. */
  partial?: readonly string[] | undefined;
  /** `field=source` pairs: the source whose value of that record field wins (in the order given; `--prefer`). */
  prefer?: readonly string[] | undefined;
  /** The scheme's `sourcePrecedence`: whose figure it scores, per field (武进: sales from the tax bureau). */
  sourcePrecedence?: Scheme['sourcePrecedence'];
  /**
   * Keep the source of every field (default false): for the report's sheets, even from one file.
   * Off for the plain `score` run, where it would be a map per record at 10⁶ rows and nothing reads it.
   */
  provenance?: boolean | undefined;
}

/** Checks the names of the sources given (each once; every `--partial` one of them) before anything is read. */
export function checkInputNames(names: readonly string[], partial: readonly string[] | undefined): void {
  for (const p of partial ?? [])
    if (!names.includes(p)) throw new UsageError({ zh: `--partial ${p} 不在输入文件中`, en: `--partial ${p} is not one of the input files` });
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new InputUnusableError({ zh: `文件 ${name} 被重复给出`, en: `the file ${name} was given more than once` });
    seen.add(name);
  }
}

function toRejected(e: RowError): RejectedSourceRow {
  return { source: e.source, row: e.row, column: e.column, code: e.code, message: e.message, value: e.value };
}

/** Groups row errors by (source, row): a rejected row counts once however many problems it has. */
function rejectedRows(errors: readonly RowError[]): RejectedSourceRow[] {
  const byRow = new Map<string, RejectedSourceRow>();
  for (const e of errors) {
    const key = `${e.source}\u0000${e.row}`;
    const seen = byRow.get(key);
    if (seen) (seen.problems ??= [{ ...seen }]).push(toRejected(e));
    else byRow.set(key, toRejected(e));
  }
  return [...byRow.values()];
}

/** `--prefer taxWan=tax.csv` → { taxWan: ['tax.csv'] }; the file must be one of the inputs. */
function parsePrecedence(prefer: readonly string[] | undefined, names: readonly string[]): Record<string, string[]> | undefined {
  if (!prefer || prefer.length === 0) return undefined;
  const out: Record<string, string[]> = {};
  for (const item of prefer) {
    const m = /^([A-Za-z][\w.-]*)=(.+)$/.exec(item.trim());
    const file = m?.[2];
    if (!m || file === undefined || !names.includes(file))
      throw new UsageError({
        zh: `--prefer 应写作 字段=输入文件（如 taxWan=tax.csv），实为“${item}”`,
        en: `--prefer must be field=input file (e.g. taxWan=tax.csv), found "${item}"`,
      });
    (out[m[1] as string] ??= []).push(file);
  }
  return out;
}

/** Merges the sources read from the inputs `names` (as given) by credit code into the run's input. */
export function mergeInputs(reads: SourceRead[], names: readonly string[], options: MergeInputsOptions = {}): Inputs {
  const precedence = parsePrecedence(options.prefer, names);
  // Per-field provenance only when a caller shows it.
  const provenance = options.provenance === true;
  const merged = mergeSources(reads, {
    provenance,
    sourcePrecedence: options.sourcePrecedence,
    sourceKinds: options.mapping?.sources,
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
