import { messageFor } from '../errors/rowErrorOf.js';
import type { RowError } from '../errors/rowError.js';
import type { SourceRows } from '../fast/sourceRows.js';
import type { SourceRead } from '../read/readSource.js';
import type { ReadWarning } from '../read/warning.js';
import { codeHash, CodeTable } from './codeTable.js';

/** A source's rows with each credit code at most once. */
export interface UniqueRows {
  /** Rows kept (indices into the source's rows, in file order); null when every row is kept. */
  keep: Int32Array | null;
  /** Each row's {@link codeHash}, for the merge's table of codes. */
  hashes: Float64Array;
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
  const rows = read.rows;
  const hashes = new Float64Array(rows.n);
  for (let i = 0; i < rows.n; i++) hashes[i] = codeHash(rows.codes[i]!);
  const out: UniqueRows = { keep: null, hashes, repeats: 0, rejected: [], rejectedRows: 0, rejectedCodes: new Set(), warnings: [] };
  const groups = repeatedCodes(rows, hashes);
  if (groups.size === 0) return out;
  const codeColumn = read.file.columns.find((c) => c.column === 'credit_code')?.header ?? '';
  const drop = new Uint8Array(rows.n);
  for (const [code, g] of groups) {
    const lines = g.map((r) => rows.line[r]).join(', ');
    const first = signature(rows, g[0]!);
    if (g.every((r) => signature(rows, r) === first)) {
      for (const r of g.slice(1)) drop[r] = 1;
      out.repeats += g.length - 1;
      out.warnings.push({
        code: 'duplicate-identical-rows',
        source: read.source,
        row: rows.line[g[0]!]!,
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
      drop[r] = 1;
      out.rejectedRows++;
      out.rejected.push({
        source: read.source,
        row: rows.line[r]!,
        column: codeColumn,
        field: 'creditCode',
        code: 'duplicate-credit-code',
        message: messageFor('duplicate-credit-code', codeColumn, code, { zh: `第 ${lines} 行`, en: `lines ${lines}` }),
        value: code,
      });
    }
  }
  const kept: number[] = [];
  for (let i = 0; i < rows.n; i++) if (drop[i] === 0) kept.push(i);
  out.keep = Int32Array.from(kept);
  out.rejected.sort((a, b) => a.row - b.row);
  out.warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return out;
}

/** The rows of each credit code that occurs more than once (groups in order of the code's second row). */
function repeatedCodes(rows: SourceRows, hashes: Float64Array): Map<string, number[]> {
  const table = new CodeTable(rows.n);
  const first = new Int32Array(rows.n);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < rows.n; i++) {
    const code = rows.codes[i]!;
    const known = table.codes.length;
    const id = table.numberOf(code, hashes[i]!);
    if (id === known) {
      first[id] = i;
      continue;
    }
    const g = groups.get(code);
    if (g) g.push(i);
    else groups.set(code, [first[id]!, i]);
  }
  return groups;
}

/** Everything read from a row but its line, as one string: equal for rows with identical values. */
function signature(rows: SourceRows, i: number): string {
  return JSON.stringify([
    rows.names[i],
    Object.values(rows.text).map((c) => c[i] ?? null),
    rows.scale[i],
    rows.keyPolluter[i],
    Object.values(rows.numbers).map((c) => [c.mant[i], c.scale[i]]),
    rows.flags.get(i) ?? null,
    rows.violations.get(i) ?? null,
  ]);
}
