import { Readable } from 'node:stream';
import { gb18030Buffer } from './gb18030Chunks.js';
import { lineWriter, resultsCsvText, type ResultsCsvOptions } from './resultsCsvText.js';
import type { ResultColumn } from './resultColumn.js';

const BATCH = 2000;

function encoder(encoding: ResultsCsvOptions['encoding']): (s: string) => Buffer {
  return encoding === 'gbk' ? gb18030Buffer : (s) => Buffer.from(s, 'utf8');
}

/**
 * Writes result rows as an Excel/WPS-safe CSV byte stream: BOM (or GBK), CRLF line ends,
 * quoting where needed, formula injection neutralised (see csvCell). Pipe it to a file
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
  return encoder(options.encoding)(resultsCsvText(rows, columns, options));
}
