import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { csvCell, type CellOptions } from './csvCell.js';
import type { ResultColumn } from './resultColumn.js';

/** Options of {@link writeResultsCsv}. */
export interface ResultsCsvOptions {
  /**
   * `utf8-bom` (default): UTF-8 with a BOM, which Excel and WPS open correctly. `gbk`: for old
   * Excel versions; written as GB18030, which is GBK for every character GBK has and keeps the
   * rest (rare name characters) instead of turning them into `?`.
   */
  encoding?: 'utf8-bom' | 'gbk';
  /** Header language; default `zh`. */
  headers?: 'zh' | 'en';
}

const BATCH = 2000;

function encoder(encoding: ResultsCsvOptions['encoding']): (s: string) => Buffer {
  return encoding === 'gbk' ? (s) => iconv.encode(s, 'gb18030') : (s) => Buffer.from(s, 'utf8');
}

function lineWriter<T>(columns: readonly ResultColumn<T>[], options: ResultsCsvOptions) {
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
 * Writes result rows as an Excel/WPS-safe CSV byte stream: BOM (or GBK), CRLF line ends,
 * quoting where needed, formula injection neutralised (see {@link csvCell}). Pipe it to a file
 * or stdout: `await pipeline(writeResultsCsv(rows, columns), createWriteStream(path))`.
 */
export function writeResultsCsv<T>(rows: Iterable<T> | AsyncIterable<T>, columns: readonly ResultColumn<T>[], options: ResultsCsvOptions = {}): Readable {
  const encode = encoder(options.encoding);
  const { header, line } = lineWriter(columns, options);
  async function* chunks(): AsyncGenerator<Buffer> {
    yield encode(options.encoding === 'gbk' ? header : `\ufeff${header}`);
    let batch = '';
    let n = 0;
    for await (const row of rows) {
      batch += line(row);
      if (++n === BATCH) {
        yield encode(batch);
        batch = '';
        n = 0;
      }
    }
    if (batch.length > 0) yield encode(batch);
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** The same bytes as {@link writeResultsCsv}, at once (for small outputs and tests). */
export function formatResultsCsv<T>(rows: Iterable<T>, columns: readonly ResultColumn<T>[], options: ResultsCsvOptions = {}): Buffer {
  const { header, line } = lineWriter(columns, options);
  let s = options.encoding === 'gbk' ? header : `\ufeff${header}`;
  for (const row of rows) s += line(row);
  return encoder(options.encoding)(s);
}
