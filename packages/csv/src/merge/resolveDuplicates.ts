import { messageFor } from '../errors/rowErrorOf.js';
import type { RowError } from '../errors/rowError.js';
import type { ParsedRow } from '../read/parseRow.js';
import type { SourceRead } from '../read/readSource.js';
import type { ReadWarning } from '../read/warning.js';

function sameRow(a: ParsedRow, b: ParsedRow): boolean {
  return JSON.stringify([a.values, a.flags, a.violations]) === JSON.stringify([b.values, b.flags, b.violations]);
}

/** A source's rows with each credit code at most once. */
export interface UniqueRows {
  /** Code → the row used. */
  byCode: Map<string, ParsedRow>;
  /** Rows kept in file order (one per code). */
  rows: ParsedRow[];
  /** Identical repeats, counted as merged. */
  repeats: number;
  /** Rows rejected as conflicting duplicates. */
  rejected: RowError[];
  rejectedRows: number;
  rejectedCodes: Set<string>;
  warnings: ReadWarning[];
}

/**
 * The duplicate rule within one source: rows with the same credit code and identical values
 * (after reading: 1,234 and 1234 are identical) are one row said twice — the first is used, the
 * repeats count as merged, and a warning says so. Rows with the same code and any difference
 * are all rejected (`duplicate-credit-code`): which one is right cannot be told.
 */
export function resolveDuplicates(read: SourceRead): UniqueRows {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of read.rows) {
    const g = groups.get(row.creditCode);
    if (g) g.push(row);
    else groups.set(row.creditCode, [row]);
  }
  const out: UniqueRows = { byCode: new Map(), rows: [], repeats: 0, rejected: [], rejectedRows: 0, rejectedCodes: new Set(), warnings: [] };
  if (groups.size === read.rows.length) {
    for (const row of read.rows) out.byCode.set(row.creditCode, row);
    out.rows = read.rows;
    return out;
  }
  const codeColumn = read.file.columns.find((c) => c.column === 'credit_code')?.header ?? '';
  for (const row of read.rows) {
    const g = groups.get(row.creditCode)!;
    if (g.length === 1) {
      out.byCode.set(row.creditCode, row);
      out.rows.push(row);
      continue;
    }
    if (g[0] !== row) continue;
    const lines = g.map((r) => r.row).join(', ');
    if (g.every((r) => sameRow(r, g[0]!))) {
      out.byCode.set(row.creditCode, row);
      out.rows.push(row);
      out.repeats += g.length - 1;
      out.warnings.push({
        code: 'duplicate-identical-rows',
        source: read.source,
        row: row.row,
        count: g.length,
        message: {
          zh: `${read.source}：统一社会信用代码 ${row.creditCode} 出现在第 ${lines} 行，内容完全相同，按一行计`,
          en: `${read.source}: credit code ${row.creditCode} is on lines ${lines} with identical values; counted once`,
        },
      });
      continue;
    }
    out.rejectedCodes.add(row.creditCode);
    for (const r of g) {
      out.rejectedRows++;
      out.rejected.push({
        source: read.source,
        row: r.row,
        column: codeColumn,
        field: 'creditCode',
        code: 'duplicate-credit-code',
        message: messageFor('duplicate-credit-code', codeColumn, row.creditCode, { zh: `第 ${lines} 行`, en: `lines ${lines}` }),
        value: row.creditCode,
      });
    }
  }
  return out;
}
