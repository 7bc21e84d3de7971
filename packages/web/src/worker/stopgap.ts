/**
 * STOPGAP until `@mujun/cli/run` (the CLI's pure run over files held in memory) lands: the CLI's
 * reading, loading and output steps redone in memory around its pure output modules, imported
 * from its sources. Deleted when the worker switches to that entry.
 */
import { DEFAULT_SCHEME_ID, getPreset, validateScheme, type EnterpriseRecord, type Scheme } from '@mujun/core';
import {
  fileKindOf,
  mergedRecordAt,
  mergeSources,
  readColumns,
  readSource,
  workbookSources,
  type RowError,
  type SourceInput,
  type SourceRead,
} from '@mujun/csv';
import { getPolicyPreset, historyFromResults, validateCatalog, type ClassHistory, type HistoryRow, type PolicyCatalog } from '@mujun/policy';
import { EXIT, InputUnusableError, reportError, SchemeError, type Bilingual } from '../../../cli/src/errors.js';
import { parseCsvText } from '../../../cli/src/internal/parseCsvText.js';
import { evaluateInputs } from '../../../cli/src/load/evaluateInputs.js';
import type { Inputs } from '../../../cli/src/load/readInputs.js';
import { accountingLine, accountingOf } from '../../../cli/src/output/accounting.js';
import { dataProblems } from '../../../cli/src/output/dataProblems.js';
import { explanationText } from '../../../cli/src/output/explanationText.js';
import { fiscalLine } from '../../../cli/src/output/fiscalLine.js';
import { conflictLines, reconciliationLine } from '../../../cli/src/output/reconciliation.js';
import type { RejectedRow, ScoreRun } from '../../../cli/src/output/scoreRun.js';
import { smallPoolsLine } from '../../../cli/src/output/smallPoolsLine.js';
import { validationText } from '../../../cli/src/output/validationReport.js';
import type { FileBytes, PolicyChoice, RunChoice, SchemeChoice } from '../protocol.js';
import { resultsCsv } from './stopgapCsv.js';

export { explanationText, reportError };
export type { Inputs, ScoreRun };

/** Reports a stage of the run. */
export type OnProgress = (stage: string, done: number, total: number) => void;

const oneLine = (e: RowError): string => `${e.message.zh} / ${e.message.en}`;
const toRejected = (e: RowError): RejectedRow => ({ source: e.source, row: e.row, column: e.column, code: e.code, message: oneLine(e), value: e.value });

function rejectedRows(errors: readonly RowError[]): RejectedRow[] {
  const byRow = new Map<string, RejectedRow>();
  for (const e of errors) {
    const key = `${e.source}\u0000${e.row}`;
    const seen = byRow.get(key);
    if (seen) (seen.problems ??= [{ column: seen.column, code: seen.code, message: seen.message, value: seen.value }]).push(toRejected(e));
    else byRow.set(key, toRejected(e));
  }
  return [...byRow.values()];
}

/** One file's sources: a workbook's sheets, or the CSV itself (an old .xls: @mujun/csv's message). */
async function opened(file: FileBytes): Promise<SourceInput[]> {
  const kind = fileKindOf(file.bytes.subarray(0, 4));
  if (kind === 'xlsx') return workbookSources(file.bytes, file.name);
  if (kind === 'xls') await readColumns([{ name: file.name, data: file.bytes }]);
  return [{ name: file.name, data: file.bytes }];
}

/** The CLI's readInputs over files held in memory. */
export async function readInputs(files: readonly FileBytes[], scheme: Scheme, progress: OnProgress, provenance: boolean): Promise<Inputs> {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.name)) throw new InputUnusableError({ zh: `文件 ${f.name} 被重复给出`, en: `the file ${f.name} was given more than once` });
    seen.add(f.name);
  }
  const reads: SourceRead[] = [];
  for (const [i, f] of files.entries()) {
    progress(`读取 reading ${f.name}`, i, files.length);
    for (const source of await opened(f)) reads.push(await readSource(source));
  }
  progress('归集 merging', files.length, files.length);
  const merged = mergeSources(reads, { provenance, sourcePrecedence: scheme.sourcePrecedence });
  const n = merged.records.length;
  let records: EnterpriseRecord[] | undefined;
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
  };
}

function jsonOf(file: FileBytes, what: Bilingual, fail: (t: Bilingual) => Error): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw fail({ zh: `${what.zh}文件 ${file.name} 不是有效的 JSON：${reason}`, en: `the ${what.en} file ${file.name} is not valid JSON: ${reason}` });
  }
}

/** The CLI's loadScheme: notes go to `note`. */
export function loadScheme(choice: SchemeChoice, note: (line: string) => void): Scheme {
  if ('preset' in choice) return getPreset(choice.preset || DEFAULT_SCHEME_ID);
  const checked = validateScheme(jsonOf(choice.file, { zh: '评价方案', en: 'scheme' }, (t) => new SchemeError(t)));
  if (!checked.success)
    throw new SchemeError(
      { zh: `评价方案文件 ${choice.file.name} 无效`, en: `the scheme file ${choice.file.name} is invalid` },
      checked.error.issues.map((i) => i.message).join('; '),
    );
  for (const warning of checked.warnings) note(`score: 注意 / note: ${warning}`);
  return checked.data;
}

/** The CLI's loadPolicy. */
export function loadPolicy(choice: PolicyChoice, note: (line: string) => void): PolicyCatalog | undefined {
  if (choice === null) return undefined;
  if ('preset' in choice) return getPolicyPreset(choice.preset);
  const checked = validateCatalog(jsonOf(choice.file, { zh: '政策', en: 'policy catalog' }, (t) => new SchemeError(t)));
  if (!checked.success)
    throw new SchemeError(
      { zh: `政策文件 ${choice.file.name} 无效`, en: `the policy catalog ${choice.file.name} is invalid` },
      checked.error.issues.map((i) => i.message).join('; '),
    );
  for (const warning of checked.warnings) note(`score: 注意 / note: ${warning}`);
  return checked.data;
}

/** The CLI's loadHistory (score's CSV or JSON results). */
export function loadHistory(files: readonly FileBytes[]): ClassHistory | undefined {
  if (files.length === 0) return undefined;
  const rows: HistoryRow[] = [];
  for (const f of files) {
    const text = new TextDecoder().decode(f.bytes).replace(/^\uFEFF/, '');
    if (/\.json$/i.test(f.name)) {
      const doc = jsonOf(f, { zh: '历史结果', en: 'prior results' }, (t) => new InputUnusableError(t)) as {
        year?: unknown;
        referenceDate?: unknown;
        results?: { creditCode?: unknown; class?: unknown }[];
      };
      const year = doc.year ?? (typeof doc.referenceDate === 'string' ? doc.referenceDate.slice(0, 4) : undefined);
      if (!Array.isArray(doc.results) || year === undefined || year === null)
        throw new InputUnusableError({
          zh: `历史结果 ${f.name} 不是 score 输出的 JSON（缺少 year 或 results）`,
          en: `prior results ${f.name} are not score's JSON output (no year or results)`,
        });
      rows.push(...doc.results.map((r) => ({ year: String(year), creditCode: String(r.creditCode ?? ''), class: String(r.class ?? '') })));
      continue;
    }
    const table = parseCsvText(text);
    const header = table[0] ?? [];
    const find = (names: string[]): number => header.findIndex((h) => names.includes(h.trim()));
    const [y, c, k] = [find(['year', '评价年度', '年度']), find(['credit_code', 'creditCode', '统一社会信用代码']), find(['class', '类别'])];
    if (y < 0 || c < 0 || k < 0)
      throw new InputUnusableError({
        zh: `历史结果 ${f.name} 缺少列：需要 年度(year)、统一社会信用代码(credit_code)、类别(class)`,
        en: `prior results ${f.name} lack a column: year, credit_code and class are needed`,
      });
    const unwrap = (cell: string): string => (cell.charCodeAt(0) === 61 ? cell.replace(/^="(.*)"$/, '$1') : cell);
    rows.push(...table.slice(1).map((r) => ({ year: r[y] ?? '', creditCode: unwrap(r[c] ?? ''), class: r[k] ?? '' })));
  }
  try {
    return historyFromResults(rows);
  } catch (error) {
    if (error instanceof Error && error.name === 'PolicyError')
      throw new InputUnusableError({ zh: '历史结果无效', en: 'prior results are invalid' }, error.message);
    throw error;
  }
}

/** `score validate`: the text report and the cross-check line. */
export async function validate(files: readonly FileBytes[], schemeChoice: SchemeChoice, progress: OnProgress): Promise<{ text: string; lines: string[] }> {
  const lines: string[] = [];
  const scheme = loadScheme(schemeChoice, (l) => lines.push(l));
  const inputs = await readInputs(files, scheme, progress, true);
  return { text: validationText(inputs), lines: [...lines, reconciliationLine(inputs)] };
}

/** What a `score` run left for the page: its lines, the results CSV, and the run for the report and explain. */
export interface ScoreOutcome {
  exitCode: number;
  lines: string[];
  csv: Uint8Array | null;
  run: ScoreRun | null;
  inputs: Inputs | null;
  catalog: PolicyCatalog | undefined;
  history: ClassHistory | undefined;
}

/** `score <files> [--scheme] [--policy] [--history]`, CSV out. */
export async function score(choice: RunChoice, progress: OnProgress): Promise<ScoreOutcome> {
  const lines: string[] = [];
  const note = (l: string) => lines.push(l);
  const scheme = loadScheme(choice.scheme, note);
  const catalog = loadPolicy(choice.policy, note);
  const history = loadHistory(choice.history);
  const inputs = await readInputs(choice.files, scheme, progress, true);
  const problems = dataProblems(inputs, scheme, false);
  lines.push(...problems.lines);
  if (problems.exitCode !== EXIT.ok) return { exitCode: problems.exitCode, lines, csv: null, run: null, inputs: null, catalog, history };
  progress('评价 evaluating', 0, 0);
  const run = evaluateInputs(inputs, scheme, { catalog, history });
  progress('写出 writing', 0, 0);
  const csv = await resultsCsv(run);
  const small = smallPoolsLine(run.evaluation.pools, scheme);
  if (small !== null) lines.push(small);
  lines.push(...conflictLines(inputs), reconciliationLine(inputs));
  if (run.policies) {
    for (const warning of run.policies.warnings) lines.push(`score: 注意 / note: ${warning}`);
    lines.push(fiscalLine(run.policies));
  }
  lines.push(accountingLine(accountingOf(run)));
  return { exitCode: EXIT.ok, lines, csv, run, inputs, catalog, history };
}
