import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors/inputError.js';
import type { SourceInput } from '../read/sourceInput.js';
import { fileKindOf, type FileKind } from '../decode/sourceDecoder.js';
import { oldWorkbookError, workbookSources } from '../xlsx/workbookSources.js';
import type { FileInput } from './readSource.js';

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

/**
 * Opens one input file for reading, whatever it is: a CSV export (streamed, as before), an .xlsx
 * workbook (every sheet, or the one named after `#`: `税务.xlsx#2023年`), or an old .xls, which
 * gets a one-line message. `path` is where the file is; `name` is how messages call it (the path
 * as the user gave it).
 */
export async function openSource(path: string, name: string = path, options: { partial?: boolean } = {}): Promise<(SourceInput | FileInput)[]> {
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
