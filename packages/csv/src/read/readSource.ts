import { createReadStream } from 'node:fs';
import { InputError } from '../errors/inputError.js';
import type { RowError } from '../errors/rowError.js';
import type { HeaderMapping } from '../headers/headerMapping.js';
import { mapHeaders, type HeaderMap, type MappedColumn } from '../headers/mapHeaders.js';
import { parseRow, type ParsedRow, type RowContext } from './parseRow.js';
import { readCsvRecords, type CsvFileInfo } from './readCsvRecords.js';
import { feedRows, isRowsSource, type RowsSource } from './rowsSource.js';
import { sourceName, type SourceInput } from './sourceInput.js';
import type { SummaryRow } from './summaryRow.js';
import type { ReadWarning } from './warning.js';

/** Options for reading one source. */
export interface ReadSourceOptions {
  /** Extra header aliases (a user mapping file). */
  mapping?: HeaderMapping;
  /** What a bad cell does: reject the row (default) or drop the value and keep the row. */
  badValues?: 'reject-row' | 'drop-value';
  /** Called after each chunk with the source's name and the bytes read so far (for a progress bar). */
  onProgress?: (source: string, bytesRead: number) => void;
}

/** How one column of a source was understood. */
export interface SourceColumn {
  /** Header as written. */
  header: string;
  /** Canonical column, e.g. `tax_wan`. */
  column: string;
  /** Record field, e.g. `taxWan`. */
  field: string;
  /** Unit its figures were read in (converted to the canonical unit), when a figure. */
  unit?: string;
  /** The flag id, for a one-column-per-flag column (field `flags` or `violations`). */
  flag?: string;
}

/** Everything read from one source, before merging. */
export interface SourceRead {
  source: string;
  partial: boolean;
  file: CsvFileInfo & { headerRow: number; columns: SourceColumn[]; unknownColumns: string[]; ignoredColumns: string[] };
  /** Usable rows, in file order. */
  rows: ParsedRow[];
  /** Every problem of every rejected row (a row may have several). */
  rejected: RowError[];
  /** Number of distinct rejected rows. */
  rejectedRows: number;
  /** Valid credit codes seen on rejected rows (so a gap can say "rejected", not "absent"). */
  rejectedCodes: Set<string>;
  /** Bad cells of rows kept under `badValues: 'drop-value'`. */
  fieldErrors: RowError[];
  summaryRows: SummaryRow[];
  warnings: ReadWarning[];
  /** Non-blank records after the header. */
  dataRows: number;
  /** Blank lines (and lines of empty cells) after the header, not counted as rows. */
  blankLines: number;
}

const MAX_PREAMBLE = 10;

function bytesOf(input: Exclude<SourceInput, RowsSource>): Uint8Array | AsyncIterable<Uint8Array> {
  if (typeof input === 'string') return createReadStream(input, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>;
  return input.data as Uint8Array | AsyncIterable<Uint8Array>;
}

/**
 * Reads one source: decodes it, finds the header row (title lines above it are skipped),
 * maps the headers, and reads every row into a ParsedRow, a rejection or a summary row. Throws
 * InputError when the source cannot be used at all.
 */
export async function readSource(input: SourceInput, options: ReadSourceOptions = {}): Promise<SourceRead> {
  const source = sourceName(input);
  const out: SourceRead = {
    source,
    partial: typeof input !== 'string' && input.partial === true,
    file: { encoding: 'utf-8', delimiter: ',', headerRow: 0, columns: [], unknownColumns: [], ignoredColumns: [] },
    rows: [],
    rejected: [],
    rejectedRows: 0,
    rejectedCodes: new Set(),
    fieldErrors: [],
    summaryRows: [],
    warnings: [],
    dataRows: 0,
    blankLines: 0,
  };
  const unknownFlags = new Map<string, { column: string; name: string; count: number; row: number }>();
  let ctx: RowContext | null = null;
  const preamble: number[] = [];
  let sawAnything = false;

  const onRecord = (cells: string[], line: number) => {
    if (ctx === null) {
      if (cells.every((c) => c.trim() === '')) return;
      sawAnything = true;
      let map: HeaderMap;
      try {
        map = mapHeaders(source, cells, options.mapping);
      } catch (e: unknown) {
        if (e instanceof InputError && e.code === 'missing-required-column' && preamble.length < MAX_PREAMBLE - 1 && !looksLikeHeader(source, cells, options.mapping)) {
          preamble.push(line);
          return;
        }
        throw e;
      }
      ctx = context(source, map, cells.length, options, (column, name, row) => {
        const key = `${column}\u0000${name}`;
        const seen = unknownFlags.get(key);
        if (seen) seen.count++;
        else unknownFlags.set(key, { column, name, count: 1, row });
      });
      out.file.headerRow = line;
      out.file.columns = map.columns.map(describe);
      out.file.unknownColumns = map.unknown;
      out.file.ignoredColumns = map.ignored;
      out.warnings.push(...map.warnings);
      return;
    }
    const outcome = parseRow(ctx, cells, line);
    switch (outcome.kind) {
      case 'blank':
        out.blankLines++;
        return;
      case 'summary':
        out.dataRows++;
        out.summaryRows.push(outcome.summary);
        return;
      case 'rejected':
        out.dataRows++;
        out.rejectedRows++;
        out.rejected.push(...outcome.errors);
        if (outcome.creditCode) out.rejectedCodes.add(outcome.creditCode);
        for (const c of outcome.swallowedCodes ?? []) out.rejectedCodes.add(c);
        return;
      case 'row':
        out.dataRows++;
        out.rows.push(outcome.row);
        if (outcome.fieldErrors.length > 0) out.fieldErrors.push(...outcome.fieldErrors);
    }
  };

  let info: CsvFileInfo;
  try {
    const onProgress = options.onProgress;
    info = isRowsSource(input) ? feedRows(input.rows, onRecord) : await readCsvRecords(source, bytesOf(input), onRecord, onProgress ? (n) => onProgress(source, n) : undefined);
  } catch (e: unknown) {
    if (e instanceof InputError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError('unreadable', source, { zh: `无法读取 ${source}：${why}`, en: `cannot read ${source}: ${why}` });
  }
  out.file.encoding = info.encoding;
  out.file.delimiter = info.delimiter;
  if (!sawAnything) {
    throw new InputError('empty-file', source, { zh: `${source} 是空文件`, en: `${source} is empty` });
  }
  if (ctx === null) {
    // Only title-like lines: report the missing column as the first line would have.
    mapHeaders(source, [], options.mapping);
  }
  if (out.dataRows === 0) {
    throw new InputError('no-data-rows', source, { zh: `${source} 只有表头，没有数据行`, en: `${source} has a header but no data rows` });
  }
  if (preamble.length > 0) {
    out.warnings.push({
      code: 'preamble-skipped',
      source,
      row: preamble[0]!,
      count: preamble.length,
      message: {
        zh: `${source}：表头（第 ${out.file.headerRow} 行）之前的 ${preamble.length} 行标题已跳过`,
        en: `${source}: ${preamble.length} title line(s) above the header (line ${out.file.headerRow}) skipped`,
      },
    });
  }
  for (const f of unknownFlags.values()) {
    out.warnings.push({
      code: 'unknown-flag',
      source,
      column: f.column,
      row: f.row,
      count: f.count,
      message: {
        zh: `${source}：列“${f.column}”中的“${f.name}”不是已知的认定/违法类别，按原文保留（共 ${f.count} 行）`,
        en: `${source}: ${JSON.stringify(f.name)} in column ${JSON.stringify(f.column)} is not a known flag; kept as written (rows: ${f.count})`,
      },
    });
  }
  return out;
}

/** A line that maps at least one known column is a header (with a required column missing), not a title. */
function looksLikeHeader(source: string, cells: string[], mapping: HeaderMapping | undefined): boolean {
  try {
    return mapHeaders(source, [...cells, 'credit_code', 'name'], mapping).columns.length > 2;
  } catch {
    return true;
  }
}

function context(
  source: string,
  map: HeaderMap,
  headerLength: number,
  options: ReadSourceOptions,
  onUnknownFlag: RowContext['onUnknownFlag'],
): RowContext {
  const find = (kind: string) => map.columns.find((c) => c.spec.kind === kind) as MappedColumn;
  return {
    source,
    columns: map.columns,
    headerLength,
    codeColumn: find('credit-code'),
    nameColumn: find('name'),
    badValues: options.badValues ?? 'reject-row',
    onUnknownFlag,
  };
}

function describe(c: MappedColumn): SourceColumn {
  return { header: c.header, column: c.spec.column, field: c.spec.field, ...(c.unit ? { unit: c.unit.unit } : {}), ...(c.spec.flag ? { flag: c.spec.flag } : {}) };
}
