import { isUtf8 } from 'node:buffer';
import { mapHeaders, type MappedColumn } from '../headers/mapHeaders.js';
import { parseRow, type RowContext } from '../read/parseRow.js';
import { PartBuilder } from './partBuilder.js';
import type { Part, PartJob } from './partTypes.js';
import { splitRecords } from './plainLines.js';
import { PlainRows } from './plainRow.js';

/**
 * Thrown when the bytes of a part are not UTF-8 or not well-formed CSV: the source is then read
 * in one stream (read/readSource), which says exactly what is wrong and where.
 */
export class PartUnreadable extends Error {}

/**
 * Parses bytes [start, end) of a file — whole lines, the header excluded — into columns: each sure
 * line straight from its bytes (fast/plainRow), every other line split into records
 * (fast/plainLines: plain lines split here, the others by csv-parse) and read with read/parseRow
 * (the per-row reader of every source, so every value, rejection and summary row is the same
 * whichever thread reads it, and however).
 */
export function parsePart(job: PartJob): Part {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  // csv-parse works on bytes and would quietly replace what is not UTF-8.
  if (!isUtf8(bytes.subarray(job.start, job.end))) throw new PartUnreadable('not UTF-8');
  const map = mapHeaders(job.source, job.header, job.mapping);
  const b = new PartBuilder(map.columns, job.source, expectedRows(bytes, job.start, job.end));
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
  const plain = new PlainRows(map.columns, job.header.length, job.delimiter, b);
  try {
    splitRecords(
      bytes,
      job.start,
      job.end,
      job.delimiter,
      job.firstLine,
      (start, lineEnd, line) => plain.take(bytes, start, lineEnd, line),
      (cells, line) => b.take(parseRow(ctx, cells, line)),
    );
  } catch (e: unknown) {
    if (e instanceof Error && 'code' in e && String(e.code).startsWith('CSV_')) throw new PartUnreadable('malformed CSV');
    throw e;
  }
  return b.finish();
}

/** About how many lines [start, end) holds, from the lines of its first 64 KiB (the columns then rarely grow). */
function expectedRows(bytes: Buffer, start: number, end: number): number {
  const sample = Math.min(end, start + (64 << 10));
  let lines = 1;
  for (let i = bytes.indexOf(10, start); i >= 0 && i < sample; i = bytes.indexOf(10, i + 1)) lines++;
  return Math.ceil(((lines * (end - start)) / Math.max(1, sample - start)) * 1.05);
}
