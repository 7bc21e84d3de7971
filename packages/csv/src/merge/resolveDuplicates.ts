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
  const out: UniqueRows = { rows: read.rows, repeats: 0, rejected: [], rejectedRows: 0, rejectedCodes: new Set(), warnings: [] };
  // One pass with a map of first rows; groups are only built for the (rare) repeated codes.
  const first = new Map<string, ParsedRow>();
  let groups: Map<string, ParsedRow[]> | null = null;
  for (const row of read.rows) {
    const f = first.get(row.creditCode);
    if (f === undefined) {
      first.set(row.creditCode, row);
      continue;
    }
    groups ??= new Map();
    const g = groups.get(row.creditCode);
    if (g) g.push(row);
    else groups.set(row.creditCode, [f, row]);
  }
  first.clear();
  if (groups === null) return out;
  const codeColumn = read.file.columns.find((c) => c.column === 'credit_code')?.header ?? '';
  const dropped = new Set<ParsedRow>();
  for (const [code, g] of groups) {
    const lines = g.map((r) => r.row).join(', ');
    if (g.every((r) => sameRow(r, g[0]!))) {
      for (const r of g.slice(1)) dropped.add(r);
      out.repeats += g.length - 1;
      out.warnings.push({
        code: 'duplicate-identical-rows',
        source: read.source,
        row: g[0]!.row,
        count: g.length,
        message: {
          zh: `${read.source}：统一社会信用代码 ${code} 出现在第 ${lines} 行，内容完全相同，按一行计`,
          en: `${read.source}: credit code ${code} is on lines ${lines} with identical values; counted once`,
        },
      });
      continue;
    }
    out.rejectedCodes.add(code);
    for (const r of g) {
      dropped.add(r);
      out.rejectedRows++;
      out.rejected.push({
        source: read.source,
        row: r.row,
        column: codeColumn,
        field: 'creditCode',
        code: 'duplicate-credit-code',
        message: messageFor('duplicate-credit-code', codeColumn, code, { zh: `第 ${lines} 行`, en: `lines ${lines}` }),
        value: code,
      });
    }
  }
  out.rows = read.rows.filter((r) => !dropped.has(r));
  out.rejected.sort((a, b) => a.row - b.row);
  out.warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return out;
}
