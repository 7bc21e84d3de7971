import { parse, type CsvError, type Parser } from '#csv-parse';
import { SourceDecoder, type SourceEncoding } from '../decode/sourceDecoder.js';
import { csvParseOptions, detectDelimiter, lineBreaks } from './csvOptions.js';
import { malformedCsv } from './malformedCsv.js';

/** What was learnt about a file while reading it. */
export interface CsvFileInfo {
  /** The text encoding found; `xlsx` for a worksheet's rows (its XML parts are UTF-8). */
  encoding: SourceEncoding | 'xlsx';
  /** The field delimiter found on the header line: `,` (default), tab or `;`. */
  delimiter: string;
}

const SLICE = 1 << 20;

function* slices(data: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, i + SLICE);
}

/**
 * Streams a source's bytes through the decoder and csv-parse (array rows, no casting) and calls
 * `onRecord` with each record's cells and the physical line it starts on (1-based; a line break
 * inside a quoted cell counts, CRLF counts once). Blank lines are passed on too (as `[""]`).
 * LF, CRLF and CR line ends may be mixed. Throws InputError when the bytes cannot be decoded or
 * the quoting is broken beyond repair; an exception thrown by `onRecord` stops the read and is
 * rethrown. `onProgress`, when given, is called with the bytes read so far after each chunk.
 */
export async function readCsvRecords(
  source: string,
  data: Uint8Array | AsyncIterable<Uint8Array | string>,
  onRecord: (cells: string[], line: number) => void,
  onProgress?: (bytesRead: number) => void,
): Promise<CsvFileInfo> {
  const decoder = new SourceDecoder(source);
  let parser: Parser | null = null;
  let delimiter = ',';
  let head = '';
  let nextLine = 1;
  let failure: unknown = null;
  let finished: Promise<void> | null = null;

  const start = (firstText: string) => {
    const nl = firstText.search(/[\r\n]/);
    delimiter = detectDelimiter(nl < 0 ? firstText : firstText.slice(0, nl));
    const p = parse(csvParseOptions(delimiter));
    p.on('data', (cells: string[]) => {
      if (failure) return;
      const line = nextLine;
      nextLine += 1 + lineBreaks(cells);
      try {
        onRecord(cells, line);
      } catch (e: unknown) {
        failure = e;
        p.destroy();
      }
    });
    finished = new Promise<void>((resolve) => {
      p.on('end', resolve);
      p.on('close', resolve);
      p.on('error', (e: CsvError) => {
        failure ??= malformedCsv(source, e, nextLine);
        resolve();
      });
    });
    parser = p;
  };

  const write = async (text: string, final: boolean) => {
    if (parser === null) {
      head += text;
      if (!final && !/[\r\n]/.test(head)) return;
      start(head);
      text = head;
      head = '';
    }
    if (text.length > 0 && !failure) {
      const p = parser as Parser;
      if (!p.write(text))
        await new Promise<void>((resolve) => {
          p.once('drain', resolve);
          p.once('close', resolve);
        });
    }
  };

  try {
    const chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array | string> = data instanceof Uint8Array ? slices(data) : data;
    let bytesRead = 0;
    for await (const chunk of chunks) {
      const bytes: Uint8Array = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      await write(decoder.push(bytes), false);
      if (failure) break;
      bytesRead += bytes.length;
      onProgress?.(bytesRead);
    }
    if (!failure) {
      await write(decoder.end(), true);
      (parser as Parser | null)?.end();
    }
  } catch (e: unknown) {
    failure ??= e;
    (parser as Parser | null)?.destroy();
  }
  if (finished) await finished;
  if (failure) throw failure;
  return { encoding: decoder.encoding ?? 'utf-8', delimiter };
}
