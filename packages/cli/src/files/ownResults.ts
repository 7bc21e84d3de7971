/**
 * Our own output given back as a bureau's data (`score 数据/*.csv` after `--out 数据/results.csv`)
 * would be merged as one more bureau. A results file is recognised by its header (the results
 * table's 总得分 / 类别 / 组内排名 columns, in either language and either encoding), for JSON by its
 * top-level keys, for a workbook by those headers among its cell texts, and refused with a message
 * that names it and says how to give prior results.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { UsageError } from '../errors.js';
import { resolvePath, type Io } from '../io.js';

/** Header cells only the results table has, together (中文 and English headers). */
const SIGNATURES: readonly (readonly string[])[] = [
  ['评价年度', '统一社会信用代码', '类别', '总得分', '组内排名'],
  ['year', 'credit_code', 'class', 'total', 'rank'],
];

const HEAD = 64 << 10;

/** Throws (exit 2) when one of `paths` is a results file score wrote. */
export function refuseOwnResults(io: Io, paths: readonly string[]): void {
  for (const path of paths)
    if (isOwnResults(resolvePath(io, path)))
      throw new UsageError({
        zh: `${path} 是 score 写出的评价结果，不是部门数据，未读取；作为往年结果使用请写 --history ${path}`,
        en: `${path} is a results file score wrote, not a bureau's data, and was not read; to use it as prior results, give --history ${path}`,
      });
}

/** True when the file at `path` begins as a results CSV or JSON of score. Other files, and what cannot be read here, are for the reader. */
function isOwnResults(path: string): boolean {
  let head: Buffer;
  try {
    // Only a regular file is peeked at: a pipe's bytes would be consumed.
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    try {
      head = Buffer.alloc(HEAD);
      head = head.subarray(0, readSync(fd, head, 0, HEAD, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return isResultsWorkbook(path);
  // UTF-8 (with or without BOM) or GBK (score --encoding gbk): either reading may recognise it.
  return ['utf-8', 'gbk'].some((encoding) => looksLikeResults(new TextDecoder(encoding).decode(head).replace(/^\uFEFF/, '')));
}

function looksLikeResults(text: string): boolean {
  if (/^\s*\{/.test(text)) return /"scheme"\s*:/.test(text) && /"(results|accounting)"\s*:/.test(text);
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const cells = new Set(firstLine.split(/[,\t;]/).map((c) => c.trim().replace(/^"|"$/g, '')));
  return SIGNATURES.some((signature) => signature.every((c) => cells.has(c)));
}

/** Cell texts of the results table's header that, together, no bureau workbook has. */
const WORKBOOK_SIGNATURES: readonly (readonly string[])[] = [
  ['统一社会信用代码', '总得分', '组内排名'],
  ['credit_code', 'class_name', 'pool_size'],
];
/** A workbook larger than this is no results workbook we would recognise by reading it whole. */
const MAX_WORKBOOK = 256 << 20;

/** True when an .xlsx (a zip) holds the results table's header among its shared strings or first sheet. */
function isResultsWorkbook(path: string): boolean {
  try {
    if (statSync(path).size > MAX_WORKBOOK) return false;
    const zip = readFileSync(path);
    const texts = ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'].map((name) => zipEntry(zip, name)?.toString('utf8') ?? '').join('');
    return WORKBOOK_SIGNATURES.some((signature) => signature.every((cell) => texts.includes(cell)));
  } catch {
    return false; // not a zip we can read: the reader says what it is
  }
}

/** One entry of a zip archive (stored or deflated), found through its central directory. */
function zipEntry(zip: Buffer, name: string): Buffer | undefined {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return undefined;
  let at = zip.readUInt32LE(end + 16);
  for (let k = zip.readUInt16LE(end + 10); k > 0 && zip.readUInt32LE(at) === 0x02014b50; k--) {
    const [method, size, nameLength, extraLength, commentLength, local] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30),
      zip.readUInt16LE(at + 32),
      zip.readUInt32LE(at + 42),
    ] as const;
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : method === 8 ? inflateRawSync(data) : undefined;
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}
