import { parse } from 'csv-parse/sync';
import { csvParseOptions, lineBreaks } from '../read/csvOptions.js';

const MAX_RECORD = 1 << 20;
/** What makes a line one csv-parse must read: a quote, or any white space (csv-parse trims cells; a CR ends a record). */
const UNSURE = /[\s"]/;

/**
 * The records of `text` — whole lines, starting at a record boundary — as csv-parse with {@link csvParseOptions} reads them, each
 * with the physical line it starts on (lines counted as the one-stream reader counts them). A line
 * without a quote, white space or carriage return inside (what most lines of a bureau export are)
 * is split at the delimiter here; every other line, with the lines after it up to one where
 * csv-parse's record is complete, is handed to csv-parse itself. plainLines.test.ts checks both against csv-parse.
 */
export function splitRecords(text: string, delimiter: string, firstLine: number, onRecord: (cells: string[], line: number) => void): void {
  const options = csvParseOptions(delimiter);
  let line = firstLine;
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const end = nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl; // CRLF ends a record too
    const body = text.slice(at, end);
    // csv-parse's record limit counts UTF-8 bytes (a UTF-16 unit is at most 3 of them).
    const small = body.length <= MAX_RECORD / 3 || Buffer.byteLength(body) <= MAX_RECORD;
    if (small && !UNSURE.test(body)) {
      onRecord(body.split(delimiter), line++);
      at = nl + 1;
      continue;
    }
    // csv-parse reads from here to the first line end where its record is complete (a quote may
    // open a cell over several lines, or be a literal quote in an unquoted cell: it decides which).
    let stop = nl;
    let records: string[][];
    for (;;) {
      try {
        records = parse(text.slice(at, Math.min(stop + 1, text.length)), options) as string[][];
        break;
      } catch (e) {
        if (stop >= text.length) throw e;
        const next = text.indexOf('\n', stop + 1);
        stop = next < 0 ? text.length : next;
      }
    }
    for (const cells of records) {
      onRecord(cells, line);
      line += 1 + lineBreaks(cells);
    }
    at = stop + 1;
  }
}
