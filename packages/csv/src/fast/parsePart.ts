import { isUtf8 } from 'node:buffer';
import { mapHeaders, type MappedColumn } from '../headers/mapHeaders.js';
import { parseRow, type RowContext } from '../read/parseRow.js';
import { partBuilder } from './partBuilder.js';
import type { Part, PartJob } from './partTypes.js';
import { splitRecords } from './plainLines.js';
import { splitBody } from './splitBody.js';

const PIECE = 1 << 20;

/**
 * Thrown when the bytes of a part are not UTF-8 or not well-formed CSV: the source is then read
 * in one stream (read/readSource), which says exactly what is wrong and where.
 */
export class PartUnreadable extends Error {}

/**
 * Parses bytes [start, end) of a file — whole lines, the header excluded — into records
 * (fast/plainLines: plain lines split here, every other line by csv-parse) and each record with
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
  // Pieces of about 1 MiB cut at line feeds outside quotes, each decoded and split into records
  // (plain lines here, the others by csv-parse): one piece's text in memory at a time.
  const pieces = splitBody(job.bytes, job.start, job.end, job.firstLine, Math.max(1, Math.ceil((job.end - job.start) / PIECE)));
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  try {
    for (const piece of pieces) {
      splitRecords(bytes.toString('utf8', piece.start, piece.end), job.delimiter, piece.firstLine, (cells, line) => b.take(parseRow(ctx, cells, line)));
    }
  } catch (e: unknown) {
    if (e instanceof Error && 'code' in e && String(e.code).startsWith('CSV_')) throw new PartUnreadable('malformed CSV');
    throw e;
  }
  return b.finish();
}
