import { parse } from 'csv-parse/sync';
import { csvParseOptions, lineBreaks } from '../read/csvOptions.js';

const MAX_RECORD = 1 << 20;
/** What makes a line one csv-parse must read: a quote, or any white space (csv-parse trims cells; a CR ends a record). */
const UNSURE = /[\s"]/;

/**
 * The records of bytes [from, to) of UTF-8 text — whole lines, starting at a record boundary — as
 * csv-parse with {@link csvParseOptions} reads them, each with the physical line it starts on
 * (lines counted as the one-stream reader counts them). Each line is first offered to `plainRow`
 * (fast/plainRow: a sure line read straight into the columns); a line it does not take is decoded
 * and, when it holds no quote or white space, split at the delimiter here; every other line, with
 * the lines after it up to one where csv-parse's record is complete, is handed to csv-parse itself.
 * plainLines.test.ts checks the records against csv-parse.
 */
export function splitRecords(
  bytes: Buffer,
  from: number,
  to: number,
  delimiter: string,
  firstLine: number,
  plainRow: (start: number, lineEnd: number, line: number) => boolean,
  onRecord: (cells: string[], line: number) => void,
): void {
  const options = csvParseOptions(delimiter);
  let line = firstLine;
  let at = from;
  const lineFeed = (i: number) => {
    const nl = bytes.indexOf(10, i);
    return nl < 0 || nl >= to ? to : nl;
  };
  while (at < to) {
    const nl = lineFeed(at);
    if (plainRow(at, nl, line)) {
      line++;
      at = nl + 1;
      continue;
    }
    const end = nl > at && bytes[nl] === 10 && bytes[nl - 1] === 13 ? nl - 1 : nl; // CRLF ends a record too
    if (end - at <= MAX_RECORD) {
      const body = bytes.toString('utf8', at, end);
      if (!UNSURE.test(body)) {
        onRecord(body.split(delimiter), line++);
        at = nl + 1;
        continue;
      }
    }
    // csv-parse reads from here to the first line end where its record is complete (a quote may
    // open a cell over several lines, or be a literal quote in an unquoted cell: it decides which).
    let stop = nl;
    let records: string[][];
    for (;;) {
      try {
        records = parse(bytes.toString('utf8', at, Math.min(stop + 1, to)), options) as string[][];
        break;
      } catch (e) {
        if (stop >= to) throw e;
        stop = lineFeed(stop + 1);
      }
    }
    for (const cells of records) {
      onRecord(cells, line);
      line += 1 + lineBreaks(cells);
    }
    at = stop + 1;
  }
}
