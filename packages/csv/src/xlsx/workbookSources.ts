import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors/inputError.js';
import type { RowsSource } from '../read/rowsSource.js';
import type { SourceInput } from '../read/sourceInput.js';
import { mapHeaders } from '../headers/mapHeaders.js';
import { HEADER_SEARCH_ROWS } from './headerRows.js';
import { readWorkbook, workbookSheetNames, type WorksheetRows } from './readWorkbook.js';

/**
 * A sheet with no known column header in its first rows — 填报说明, a chart's data, a cover page —
 * is not a bureau table. A sheet with any known header is one, even if its credit-code column is
 * misnamed: that one is read, and its missing column reported.
 */
function isTable(sheet: WorksheetRows): boolean {
  return sheet.rows.slice(0, HEADER_SEARCH_ROWS).some((cells) => {
    try {
      return mapHeaders(sheet.sheet, [...cells, 'credit_code', 'name']).columns.length > 2;
    } catch {
      return true;
    }
  });
}

/** What a file is, from its first bytes: an .xlsx package is a zip, an old .xls (or an encrypted .xlsx) an OLE2 compound file. */
export type FileKind = 'xlsx' | 'xls' | 'csv';

/** The kind of a file from its first four bytes (the extension is not trusted: `.xls` files are often CSV or HTML). */
export function fileKindOf(head: Uint8Array): FileKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  return 'csv';
}

async function headOf(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(4);
    await handle.read(head, 0, 4, 0);
    return head;
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** `税务.xlsx#2023年` → the file and the sheet, when the whole name is not itself a file. */
async function splitSheet(path: string, name: string): Promise<{ path: string; name: string; sheet?: string }> {
  const hash = path.lastIndexOf('#');
  if (hash < 0 || (await isFile(path))) return { path, name };
  const nameHash = name.lastIndexOf('#');
  return { path: path.slice(0, hash), name: nameHash < 0 ? name : name.slice(0, nameHash), sheet: path.slice(hash + 1) };
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
 * Opens one input file for reading, whatever it is: a CSV export (streamed, as before), an .xlsx
 * workbook (every sheet, or the one named after `#`: `税务.xlsx#2023年`), or an old .xls, which
 * gets a one-line message. `path` is where the file is; `name` is how messages call it (the path
 * as the user gave it).
 */
export async function openSource(path: string, name: string = path, options: { partial?: boolean } = {}): Promise<SourceInput[]> {
  const target = await splitSheet(path, name);
  // A pipe or /dev/stdin is read once, as a CSV: sniffing its first bytes would consume them.
  if (target.sheet === undefined && !(await isFile(target.path)) && (await exists(target.path)))
    return [{ name, data: createReadStream(path, { highWaterMark: 1 << 20 }), ...options }];
  let kind: FileKind;
  try {
    kind = fileKindOf(await headOf(target.path));
  } catch (e: unknown) {
    // The message readSource gives for a CSV it cannot open.
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError('unreadable', target.name, { zh: `无法读取 ${target.name}：${why}`, en: `cannot read ${target.name}: ${why}` });
  }
  if (kind === 'xls') throw oldWorkbookError(target.name);
  if (kind === 'xlsx') {
    const bytes = new Uint8Array(await readFile(target.path));
    return workbookSources(bytes, target.name, { ...(target.sheet === undefined ? {} : { sheet: target.sheet }), ...options });
  }
  if (target.sheet !== undefined) {
    throw new InputError('unreadable', name, {
      zh: `${target.name} 不是 .xlsx 工作簿，“#${target.sheet}”（选择工作表）只能用于 .xlsx`,
      en: `${target.name} is not an .xlsx workbook; "#${target.sheet}" (a sheet) can only follow an .xlsx file`,
    });
  }
  // A regular file is read whole into memory (and parsed in parallel parts when it is big).
  return [{ name, path, ...options }];
}
