import { fileKindOf } from '../decode/sourceDecoder.js';
import { InputError } from '../errors/inputError.js';
import type { RowsSource } from '../read/rowsSource.js';
import type { SourceInput } from '../read/sourceInput.js';
import { looksLikeHeader } from '../headers/looksLikeHeader.js';
import { HEADER_SEARCH_ROWS } from './headerRows.js';
import { readWorkbook, workbookSheetNames, type WorksheetRows } from './readWorkbook.js';

/**
 * A sheet with no known column header in its first rows — 填报说明, a chart's data, a cover page —
 * is not a bureau table. A sheet with any known header is one, even if its credit-code column is
 * misnamed: that one is read, and its missing column reported.
 */
function isTable(sheet: WorksheetRows): boolean {
  return sheet.rows.slice(0, HEADER_SEARCH_ROWS).some((cells) => looksLikeHeader(sheet.sheet, cells, undefined));
}

/** The one-line message for an old binary workbook. */
export function oldWorkbookError(name: string): InputError {
  return new InputError('excel-workbook', name, {
    zh: `${name} 是旧版 Excel 工作簿（.xls）或加密的工作簿，无法读取；请在 Excel/WPS 中“另存为” .xlsx（或 CSV）后再读取`,
    en: `${name} is an old Excel workbook (.xls) or an encrypted one, which cannot be read; save it as .xlsx (or CSV) from Excel/WPS and read that`,
  });
}

/**
 * The worksheets of an .xlsx workbook's bytes as sources: the chosen sheet, or every visible sheet
 * that holds a table (a notes sheet without one known column header is left out). One sheet is named as the file (`税务.xlsx`); several are named `税务.xlsx#Sheet1` …,
 * so every message says which sheet it concerns. Throws InputError for a package that cannot be
 * read, a chosen sheet that does not exist, and a workbook without cells.
 */
export function workbookSources(bytes: Uint8Array, name: string, options: { sheet?: string; partial?: boolean } = {}): RowsSource[] {
  let sheets: WorksheetRows[];
  try {
    sheets = readWorkbook(bytes, options.sheet === undefined ? {} : { sheet: options.sheet });
  } catch (e: unknown) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError('unreadable', name, {
      zh: `无法读取 ${name}：不是有效的 .xlsx 工作簿（${why}）`,
      en: `cannot read ${name}: not a valid .xlsx workbook (${why})`,
    });
  }
  if (options.sheet !== undefined && sheets.length === 0) {
    const names = workbookSheetNames(bytes).join('、');
    throw new InputError('unreadable', name, {
      zh: `${name} 中没有名为“${options.sheet}”的工作表（有：${names}）`,
      en: `${name} has no sheet named ${JSON.stringify(options.sheet)} (it has: ${names})`,
    });
  }
  // Reading every sheet: leave out those that are not tables, unless none is (then the first one's problem is reported).
  if (options.sheet === undefined && sheets.some(isTable)) sheets = sheets.filter(isTable);
  if (sheets.length === 0) throw new InputError('empty-file', name, { zh: `${name} 是空工作簿`, en: `${name} is an empty workbook` });
  const partial = options.partial === true ? { partial: true } : {};
  if (sheets.length === 1 || options.sheet !== undefined)
    return [{ name: options.sheet === undefined ? name : `${name}#${options.sheet}`, rows: sheets[0]!.rows, ...partial }];
  return sheets.map((s) => ({ name: `${name}#${s.sheet}`, rows: s.rows, ...partial }));
}

/**
 * A source in memory opened by what its bytes are: an .xlsx workbook becomes its sheets (see
 * {@link workbookSources}), an old .xls a one-line message, anything else stays a CSV source.
 */
export function openInMemory(input: SourceInput): SourceInput[] {
  // A path from plain JavaScript, or code written for the Node entry.
  if (typeof input === 'string') throw new TypeError(`@mujun/csv reads sources held in memory ({ name, data }); read the file ${input} with @mujun/csv/node`);
  if (!('data' in input) || !(input.data instanceof Uint8Array)) return [input];
  const kind = fileKindOf(input.data.subarray(0, 4));
  if (kind === 'xls') throw oldWorkbookError(input.name);
  return kind === 'xlsx' ? workbookSources(input.data, input.name, input.partial === true ? { partial: true } : {}) : [input];
}
