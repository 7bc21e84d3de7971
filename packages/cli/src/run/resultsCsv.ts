/**
 * The results CSV of a run as bytes, without Node: the CLI's one results table (output/resultsTable,
 * the workbook's too) written by @mujun/csv's CSV writer of rows — byte for byte what `score`
 * writes from the columns with its threaded writer (both follow @mujun/csv's resultsLayout).
 */
import { gb18030Bytes, resultsCsvText, type ResultColumn, type TableLanguage } from '@mujun/csv';
import { resultsTable } from '../output/resultsTable.js';
import type { ScoreRun } from './scoreRun.js';

/** The choices of `score --headers … --encoding …`. */
export interface ResultsCsvChoice {
  /** The language of the headers and text cells (default zh). */
  headers?: TableLanguage | undefined;
  /** UTF-8 with a BOM (default) or GBK (GB18030, no BOM) for old Excel/WPS. */
  encoding?: 'utf8' | 'gbk' | undefined;
}

/** The results CSV of `run`, as `score` writes it with the same choices. */
export function resultsCsvBytes(run: ScoreRun, choice: ResultsCsvChoice = {}): Uint8Array {
  const headers = choice.headers ?? 'zh';
  const table = resultsTable(run, headers);
  const columns: ResultColumn<string[]>[] = table.columns.map((c, i) => ({ ...c, value: (row) => row[i] }));
  const gbk = choice.encoding === 'gbk';
  const text = resultsCsvText(table.rows, columns, { headers, encoding: gbk ? 'gbk' : 'utf8-bom' });
  return gbk ? gb18030Bytes(text) : new TextEncoder().encode(text);
}
