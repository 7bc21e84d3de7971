import { InputError } from '../errors/inputError.js';
import type { RowError } from '../errors/rowError.js';
import { headerOrTitle } from '../headers/looksLikeHeader.js';
import { PartBuilder } from '../fast/partBuilder.js';
import type { Part, UnknownFlag } from '../fast/partTypes.js';
import type { PartsRead } from '../fast/readParts.js';
import { sourceRows, type SourceRows } from '../fast/sourceRows.js';
import type { HeaderMapping } from '../headers/headerMapping.js';
import { mapHeaders, type HeaderMap, type MappedColumn } from '../headers/mapHeaders.js';
import { parseRow, type RowContext } from './parseRow.js';
import { readCsvRecords, type CsvFileInfo } from './readCsvRecords.js';
import { feedRows, isRowsSource } from './rowsSource.js';
import type { SourceInput } from './sourceInput.js';
import type { SummaryRow } from './summaryRow.js';
import type { ReadWarning } from './warning.js';

/** Options for reading one source. */
export interface ReadSourceOptions {
  /** Extra header aliases (a user mapping file). */
  mapping?: HeaderMapping | undefined;
  /** What a bad cell does: reject the row (default) or drop the value and keep the row. */
  badValues?: 'reject-row' | 'drop-value' | undefined;
  /** Called after each chunk with the source's name and the bytes read so far (for a progress bar). */
  onProgress?: ((source: string, bytesRead: number) => void) | undefined;
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
  /** Usable rows, in file order, as columns. */
  rows: SourceRows;
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

/**
 * Reads one source held in memory — its bytes, or a worksheet's rows: decodes it, finds the header
 * row (title lines above it are skipped), maps the headers, and reads every row into columns, a
 * rejection or a summary row. Throws InputError when the source cannot be used at all. Runs
 * anywhere (a web page too); `@mujun/csv/node`'s readSource also reads files, a big UTF-8 one in
 * parallel parts, with the same per-row reader and so the same result.
 */
export async function readSource(input: SourceInput, options: ReadSourceOptions = {}): Promise<SourceRead> {
  const source = input.name;
  const partial = input.partial === true;
  if (isRowsSource(input)) return readStream(source, partial, async (onRecord) => feedRows(input.rows, onRecord), options);
  const onProgress = options.onProgress;
  return readStream(
    source,
    partial,
    (onRecord) => readCsvRecords(source, input.data, onRecord, onProgress ? (n) => onProgress(source, n) : undefined),
    options,
  );
}

function emptyRead(source: string, partial: boolean): Omit<SourceRead, 'rows'> {
  return {
    source,
    partial,
    file: { encoding: 'utf-8', delimiter: ',', headerRow: 0, columns: [], unknownColumns: [], ignoredColumns: [] },
    rejected: [],
    rejectedRows: 0,
    rejectedCodes: new Set(),
    fieldErrors: [],
    summaryRows: [],
    warnings: [],
    dataRows: 0,
    blankLines: 0,
  };
}

/** A source read in parallel parts (fast/readParts, Node only), as {@link readSource} would have read it. */
export function fromParts(source: string, partial: boolean, read: PartsRead, mapping: HeaderMapping | undefined): SourceRead {
  const out = emptyRead(source, partial);
  const map = mapHeaders(source, read.found.header, mapping);
  out.file = {
    encoding: read.bom ? 'utf-8-bom' : 'utf-8',
    delimiter: read.found.delimiter,
    headerRow: read.found.headerLine,
    columns: map.columns.map(describe),
    unknownColumns: map.unknown,
    ignoredColumns: map.ignored,
  };
  out.warnings.push(...map.warnings);
  return withParts(out, read.parts, read.found.preamble);
}

/** The source's rows from its parts, what became of the other rows added up, then the checks and warnings after its last row. */
function withParts(read: Omit<SourceRead, 'rows'>, parts: readonly Part[], preamble: number[]): SourceRead {
  const out: SourceRead = { ...read, rows: sourceRows(parts) };
  const unknownFlags = new Map<string, UnknownFlag>();
  for (const p of parts) {
    for (const x of p.rejected) out.rejected.push(x);
    out.rejectedRows += p.rejectedRows;
    for (const c of p.rejectedCodes) out.rejectedCodes.add(c);
    for (const x of p.fieldErrors) out.fieldErrors.push(x);
    for (const x of p.summaryRows) out.summaryRows.push(x);
    out.dataRows += p.dataRows;
    out.blankLines += p.blankLines;
    for (const f of p.unknownFlags) {
      const key = `${f.column}\u0000${f.name}`;
      const seen = unknownFlags.get(key);
      if (seen) seen.count += f.count;
      else unknownFlags.set(key, { ...f });
    }
  }
  const { source } = out;
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

/** Reads a source record by record — decoded in one stream (any encoding), or rows given — its header found, every row through parseRow. */
async function readStream(
  source: string,
  partial: boolean,
  records: (onRecord: (cells: string[], line: number) => void) => Promise<CsvFileInfo>,
  options: ReadSourceOptions,
): Promise<SourceRead> {
  const out = emptyRead(source, partial);
  let builder: PartBuilder | null = null;
  let ctx: RowContext | null = null;
  const preamble: number[] = [];
  let sawAnything = false;

  const onRecord = (cells: string[], line: number) => {
    if (ctx === null) {
      if (cells.every((c) => c.trim() === '')) return;
      sawAnything = true;
      const map = headerOrTitle(source, cells, options.mapping, preamble.length);
      if (map === null) {
        preamble.push(line);
        return;
      }
      builder = new PartBuilder(map.columns, source);
      ctx = context(source, map, cells.length, options, builder.onUnknownFlag);
      out.file.headerRow = line;
      out.file.columns = map.columns.map(describe);
      out.file.unknownColumns = map.unknown;
      out.file.ignoredColumns = map.ignored;
      out.warnings.push(...map.warnings);
      return;
    }
    (builder as PartBuilder | null)!.take(parseRow(ctx, cells, line));
  };

  let info: CsvFileInfo;
  try {
    info = await records(onRecord);
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
  if (ctx === null || builder === null) {
    // Only title-like lines: report the missing column as the first line would have.
    mapHeaders(source, [], options.mapping);
    throw new Error('unreachable: mapHeaders of no cells throws');
  }
  return withParts(out, [(builder as PartBuilder).finish()], preamble);
}

function context(source: string, map: HeaderMap, headerLength: number, options: ReadSourceOptions, onUnknownFlag: RowContext['onUnknownFlag']): RowContext {
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
  return {
    header: c.header,
    column: c.spec.column,
    field: c.spec.field,
    ...(c.unit ? { unit: c.unit.unit } : {}),
    ...(c.spec.flag ? { flag: c.spec.flag } : {}),
  };
}
