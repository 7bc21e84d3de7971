/**
 * Our own output given back as a bureau's data (`score 数据/*.csv` after `--out 数据/results.csv`)
 * would be merged as one more bureau. A results file is recognised by its header (the results
 * table's 总得分 / 类别 / 组内排名 columns, in either language and either encoding) or, for JSON, by
 * its top-level keys, and refused with a message that names it and says how to give prior results.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
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
export function isOwnResults(path: string): boolean {
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
  // UTF-8 (with or without BOM) or GBK (score --encoding gbk): either reading may recognise it.
  return ['utf-8', 'gbk'].some((encoding) => looksLikeResults(new TextDecoder(encoding).decode(head).replace(/^\uFEFF/, '')));
}

function looksLikeResults(text: string): boolean {
  if (/^\s*\{/.test(text)) return /"scheme"\s*:/.test(text) && /"(results|accounting)"\s*:/.test(text);
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const cells = new Set(firstLine.split(/[,\t;]/).map((c) => c.trim().replace(/^"|"$/g, '')));
  return SIGNATURES.some((signature) => signature.every((c) => cells.has(c)));
}
