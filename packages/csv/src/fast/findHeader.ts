import { parse } from 'csv-parse/sync';
import type { HeaderMapping } from '../headers/headerMapping.js';
import { headerOrTitle } from '../headers/looksLikeHeader.js';
import { csvParseOptions, detectDelimiter, lineBreaks } from '../read/csvOptions.js';

/** Where a file's header is: its cells, the delimiter, and the physical line the data starts on. */
export interface HeaderFound {
  header: string[];
  delimiter: string;
  /** Physical line of the header, and of the first line after it. */
  headerLine: number;
  bodyLine: number;
  /** Title lines skipped above the header. */
  preamble: number[];
}

/**
 * The header of a file from its first lines, as read/readSource finds it: blank lines skipped, up to
 * nine title lines above it skipped when they map no known column. Null when it is not found in
 * `head` or the header is unusable — read/readSource then reads the file in one stream and says why.
 */
export function findHeader(source: string, head: string, mapping: HeaderMapping | undefined): HeaderFound | null {
  const nl = head.search(/[\r\n]/);
  const delimiter = detectDelimiter(nl < 0 ? head : head.slice(0, nl));
  let records: string[][];
  try {
    records = parse(head, { ...csvParseOptions(delimiter), to: 200 }) as string[][];
  } catch {
    return null;
  }
  let line = 1;
  const preamble: number[] = [];
  for (const cells of records) {
    const at = line;
    line += 1 + lineBreaks(cells);
    if (cells.every((c) => c.trim() === '')) continue;
    try {
      if (headerOrTitle(source, cells, mapping, preamble.length) === null) {
        preamble.push(at);
        continue;
      }
      return { header: cells, delimiter, headerLine: at, bodyLine: line, preamble };
    } catch {
      return null;
    }
  }
  return null;
}
