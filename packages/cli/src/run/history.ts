/**
 * Prior years' results (`--history`): what `score` wrote in earlier years (its JSON, or a CSV with
 * the year, credit-code and class columns), as the class history policies escalate by — from
 * texts held in memory, so a web page reads them as the CLI does.
 */
import { historyFromResults, type ClassHistory, type HistoryRow } from '@mujun/policy';
import { InputUnusableError } from '../errors.js';
import { parseCsvText } from '../internal/parseCsvText.js';

/** One prior results file: its name (`.json` is read as JSON, anything else as CSV) and its text. */
export interface HistoryFile {
  name: string;
  text: string;
}

const YEAR = ['year', '评价年度', '年度'];
const CODE = ['credit_code', 'creditCode', '统一社会信用代码'];
const CLASS = ['class', '类别'];

function rowsFromCsv(path: string, text: string): HistoryRow[] {
  const newline = text.search(/[\r\n]/);
  const [header = []] = parseCsvText(newline < 0 ? text : text.slice(0, newline));
  const find = (names: string[]): number => header.findIndex((h) => names.includes(h.trim()));
  const [y, c, k] = [find(YEAR), find(CODE), find(CLASS)];
  if (y < 0 || c < 0 || k < 0)
    throw new InputUnusableError({
      zh: `历史结果 ${path} 缺少列：需要 年度(year)、统一社会信用代码(credit_code)、类别(class)`,
      en: `prior results ${path} lack a column: year, credit_code and class are needed`,
    });
  // score writes an all-digit code as ="…" so Excel keeps it text; read it back as the code.
  const unwrap = (cell: string): string => (cell.charCodeAt(0) === 61 ? cell.replace(/^="(.*)"$/, '$1') : cell);
  // Only the cells up to the last of the three columns are made (a results file has some 25 a row).
  const rows = parseCsvText(text, Math.max(y, c, k) + 1).slice(1);
  return rows.map((r) => ({ year: r[y] ?? '', creditCode: unwrap(r[c] ?? ''), class: r[k] ?? '' }));
}

function rowsFromJson(path: string, json: unknown): HistoryRow[] {
  if (Array.isArray(json)) return json as HistoryRow[];
  const doc = json as { year?: unknown; referenceDate?: unknown; results?: { creditCode?: unknown; class?: unknown }[] };
  const year = doc.year ?? (typeof doc.referenceDate === 'string' ? doc.referenceDate.slice(0, 4) : undefined);
  if (!Array.isArray(doc.results) || year === undefined || year === null)
    throw new InputUnusableError({
      zh: `历史结果 ${path} 不是 score 输出的 JSON（缺少 year 或 results）`,
      en: `prior results ${path} are not score's JSON output (no year or results)`,
    });
  return doc.results.map((r) => ({ year: String(year), creditCode: String(r.creditCode ?? ''), class: String(r.class ?? '') }));
}

/** The class history of prior results files; unusable ones are InputUnusableError (exit 1). */
export function historyFromFiles(files: readonly HistoryFile[]): ClassHistory {
  const rows: HistoryRow[] = [];
  for (const { name, text } of files) {
    if (/\.json$/i.test(name)) {
      let json: unknown;
      try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        throw new InputUnusableError({ zh: `历史结果 ${name} 不是有效的 JSON`, en: `prior results ${name} are not valid JSON` });
      }
      rows.push(...rowsFromJson(name, json));
    } else rows.push(...rowsFromCsv(name, text));
  }
  try {
    return historyFromResults(rows);
  } catch (error) {
    if (error instanceof Error && error.name === 'PolicyError')
      throw new InputUnusableError({ zh: '历史结果无效', en: 'prior results are invalid' }, error.message);
    throw error;
  }
}
