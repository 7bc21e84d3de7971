import { csvCell, type CellOptions } from './csvCell.js';
import type { ResultColumn } from './resultColumn.js';

/** Options of the results CSV (text here, bytes from `@mujun/csv/node`'s writeResultsCsv). */
export interface ResultsCsvOptions {
  /**
   * `utf8-bom` (default): UTF-8 with a BOM, which Excel and WPS open correctly. `gbk`: for old
   * Excel versions; written as GB18030, which is GBK for every character GBK has and keeps the
   * rest (rare name characters) instead of turning them into `?`.
   */
  encoding?: 'utf8-bom' | 'gbk' | undefined;
  /** Header language; default `zh`. */
  headers?: 'zh' | 'en' | undefined;
}

/** The header line and a row's line of a results CSV, CRLF-ended. */
export function lineWriter<T>(columns: readonly ResultColumn<T>[], options: ResultsCsvOptions) {
  const lang = options.headers ?? 'zh';
  const cellOptions: CellOptions[] = columns.map((c) => ({
    kind: c.kind ?? 'text',
    yes: lang === 'zh' ? '是' : 'yes',
    no: lang === 'zh' ? '否' : 'no',
  }));
  const header = `${columns.map((c, i) => csvCell(lang === 'zh' ? c.zh : c.en, { ...cellOptions[i]!, kind: 'text' })).join(',')}\r\n`;
  const line = (row: T) => {
    let s = '';
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) s += ',';
      s += csvCell(columns[i]!.value(row), cellOptions[i]!);
    }
    return `${s}\r\n`;
  };
  return { header, line };
}

/**
 * Result rows as the text of an Excel/WPS-safe CSV: a BOM (`\ufeff`, for UTF-8; none for `gbk`,
 * which the caller encodes), CRLF line ends, quoting where needed, formula injection neutralised
 * (see {@link csvCell}). Saved as UTF-8 it is byte for byte what `writeResultsCsv` writes.
 */
export function resultsCsvText<T>(rows: Iterable<T>, columns: readonly ResultColumn<T>[], options: ResultsCsvOptions = {}): string {
  const { header, line } = lineWriter(columns, options);
  let s = options.encoding === 'gbk' ? header : `\ufeff${header}`;
  for (const row of rows) s += line(row);
  return s;
}
