import type { CsvError } from 'csv-parse';
import { InputError } from '../errors/inputError.js';

/**
 * The error for quoting csv-parse cannot read, naming the file and the lines: for a quote never
 * closed, from the line its record starts on (where the stray quote is) to where the file ended,
 * rather than only the last line.
 */
export function malformedCsv(source: string, e: CsvError, recordLine: number): InputError {
  const why = e.message.replace(/\s+/g, ' ');
  const at = typeof e.lines === 'number' ? e.lines : recordLine;
  const where =
    e.code === 'CSV_QUOTE_NOT_CLOSED' && recordLine < at
      ? { zh: `第 ${recordLine} 行起的引号直到第 ${at} 行都未闭合`, en: `a quote opened on line ${recordLine} is still open on line ${at}` }
      : { zh: `约第 ${at} 行`, en: `about line ${at}` };
  return new InputError('malformed-csv', source, {
    zh: `${source} 的 CSV 格式有误（${where.zh}）：${why}`,
    en: `${source} is not well-formed CSV (${where.en}): ${why}`,
  });
}
