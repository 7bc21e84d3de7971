import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse';
import { mapHeaders, type MappedColumn } from '../headers/mapHeaders.js';
import { parseRow, type RowContext } from '../read/parseRow.js';
import { csvParseOptions, lineBreaks } from '../read/csvOptions.js';
import { partBuilder } from './partBuilder.js';
import type { Part, PartJob } from './partTypes.js';

/**
 * Thrown when the bytes of a part are not UTF-8 or not well-formed CSV: the source is then read
 * in one stream (read/readSource), which says exactly what is wrong and where.
 */
export class PartUnreadable extends Error {}

/**
 * Parses bytes [start, end) of a file — whole lines, the header excluded — with csv-parse and
 * read/parseRow (the per-row reader of every source, so every value, rejection and summary row is
 * the same whichever thread reads it) into columns.
 */
export async function parsePart(job: PartJob): Promise<Part> {
  const body = job.bytes.subarray(job.start, job.end);
  // csv-parse works on bytes and would quietly replace what is not UTF-8.
  if (!isUtf8(body)) throw new PartUnreadable('not UTF-8');
  const map = mapHeaders(job.source, job.header, job.mapping);
  const b = partBuilder(map.columns, job.source, Math.ceil((job.end - job.start) / 80));
  const find = (kind: string) => map.columns.find((c) => c.spec.kind === kind) as MappedColumn;
  const ctx: RowContext = {
    source: job.source,
    columns: map.columns,
    headerLength: job.header.length,
    codeColumn: find('credit-code'),
    nameColumn: find('name'),
    badValues: job.badValues,
    onUnknownFlag: b.onUnknownFlag,
  };
  let line = job.firstLine;
  let failure: unknown = null;
  const parser = parse(csvParseOptions(job.delimiter, body.indexOf(13) >= 0));
  // Without a quote in the part no cell can hold a line break: every record is one line.
  const quoted = body.indexOf(34) >= 0;
  parser.on('data', (cells: string[]) => {
    const at = line;
    line += quoted ? 1 + lineBreaks(cells) : 1;
    b.take(parseRow(ctx, cells, at));
  });
  const done = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (e) => {
      failure = e;
      resolve();
    });
  });
  const SLICE = 1 << 20;
  for (let k = job.start; k < job.end && failure === null; k += SLICE) {
    const chunk = Buffer.from(job.bytes.buffer, job.bytes.byteOffset + k, Math.min(job.end, k + SLICE) - k);
    if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once('drain', resolve));
  }
  parser.end();
  await done;
  if (failure !== null) throw new PartUnreadable('malformed CSV');
  return b.finish();
}
