import { scaledText, setDecimal, type DecimalColumn } from '@mujun/core/engine';
import { messageFor } from '../errors/messages.js';
import { Dec, plainDecimal } from '../internal/decimal.js';
import type { SourceRows } from '../fast/sourceRows.js';
import type { SourceRead } from '../read/readSource.js';

/** A source's rows with each credit code at most once; `rejected` and its counts are the rows rejected as conflicting duplicates. */
export interface UniqueRows extends Pick<SourceRead, 'rejected' | 'rejectedRows' | 'rejectedCodes' | 'warnings'> {
  /** The source's rows, with the figures of summed rows in the first row of each firm (the read's own when nothing was summed). */
  rows: SourceRows;
  /** Firms whose figures are the sums of several rows (different meter or parcel numbers): how many rows, in file order. */
  summed: Array<{ code: string; rows: number }>;
  /** 1 for each row not used (a repeat, a row summed into the firm's first, a rejected duplicate); null when every row is used. */
  drop: Uint8Array | null;
  /** Identical repeats, counted as merged. */
  repeats: number;
}

/**
 * The duplicate rule within one source: rows with the same credit code and identical values
 * (after reading: 1,234 and 1234 are identical) are one row said twice — the first is used, the
 * repeats count as merged, and a warning says so. Rows with the same code and any difference
 * are all rejected (`duplicate-credit-code`): which one is right cannot be told.
 *
 * A source with a meter or parcel number (`row_key`: 电表户号, 宗地号 …) lists a firm once per
 * meter or parcel: the rule above applies to the rows of one number, and the rows of different
 * numbers are summed — every figure, exactly — when their other values (name, county, scale,
 * flags …) agree; when those differ the firm's rows are rejected as above. A warning
 * (`rows-summed`) names each firm summed and how many rows.
 *
 * `repeated`: the rows of each credit code the source has more than once, in file order (the
 * groups in order of each code's second row), as the merge's one pass over every code found them.
 */
export function resolveDuplicates(read: SourceRead, repeated: ReadonlyMap<number, number[]>): UniqueRows {
  const rows = read.rows;
  const out: UniqueRows = { rows, summed: [], drop: null, repeats: 0, rejected: [], rejectedRows: 0, rejectedCodes: new Set(), warnings: [] };
  if (repeated.size === 0) return out;
  const groups = new Map([...repeated.values()].map((g) => [rows.codes.at(g[0]!), g]));
  const codeColumn = read.file.columns.find((c) => c.column === 'credit_code')?.header ?? '';
  const drop = new Uint8Array(rows.n);
  let numbers: Record<string, DecimalColumn> | null = null;
  for (const [code, g] of groups) {
    const lines = g.map((r) => rows.line[r]).join(', ');
    const byKey = rowsByKey(rows, g);
    const repeatsOf = [...byKey.values()].map((k) => (k.every((r) => signature(rows, r) === signature(rows, k[0]!)) ? k : null));
    const firsts = repeatsOf.map((k) => k?.[0] ?? -1);
    const consistent = repeatsOf.every((k) => k !== null) && firsts.every((r) => otherValues(rows, r) === otherValues(rows, firsts[0]!));
    const sums = consistent && firsts.length > 1 ? summedFigures(rows, firsts) : null;
    if (consistent && (firsts.length === 1 || sums !== null)) {
      for (const k of repeatsOf) {
        if (k!.length === 1) continue;
        const keyLines = k!.map((r) => rows.line[r]).join(', ');
        for (const r of k!.slice(1)) drop[r] = 1;
        out.repeats += k!.length - 1;
        out.warnings.push({
          code: 'duplicate-identical-rows',
          source: read.source,
          row: rows.line[k![0]!]!,
          count: k!.length,
          message: {
            zh: `${read.source}：统一社会信用代码 ${code} 出现在第 ${keyLines} 行，内容完全相同，按一行计`,
            en: `${read.source}: credit code ${code} is on lines ${keyLines} with identical values; counted once`,
          },
        });
      }
      if (sums !== null) {
        numbers ??= copiedFigures(rows);
        const into = firsts[0]!;
        for (const [field, s] of sums) {
          if (s === undefined) continue;
          setDecimal(numbers[field]!, into, s);
        }
        for (const r of firsts.slice(1)) drop[r] = 1;
        const summedLines = firsts.map((r) => rows.line[r]).join(', ');
        out.summed.push({ code, rows: firsts.length });
        out.warnings.push({
          code: 'rows-summed',
          source: read.source,
          row: rows.line[into]!,
          count: firsts.length,
          message: {
            zh: `${read.source}：统一社会信用代码 ${code} 在第 ${summedLines} 行有 ${firsts.length} 个不同的户号或宗地，各项数值相加`,
            en: `${read.source}: credit code ${code} has ${firsts.length} meters or parcels on lines ${summedLines}; their figures are summed`,
          },
        });
      }
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
  out.drop = drop;
  if (numbers !== null) out.rows = { ...rows, numbers };
  out.rejected.sort((a, b) => a.row - b.row);
  out.warnings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return out;
}

/** The rows of a code by meter or parcel number, in order of first appearance (all rows under one when the source has none). */
function rowsByKey(rows: SourceRows, g: number[]): Map<string | undefined, number[]> {
  const m = new Map<string | undefined, number[]>();
  for (const r of g) {
    const key = rows.rowKeys?.[r];
    const k = m.get(key);
    if (k) k.push(r);
    else m.set(key, [r]);
  }
  return m;
}

/** Everything but the figures and the line, as one string: what the rows of one firm's meters or parcels must agree on. */
function otherValues(rows: SourceRows, i: number): string {
  return JSON.stringify([
    rows.names.at(i),
    Object.values(rows.text).map((c) => c[i] ?? null),
    rows.scale[i],
    rows.keyPolluter[i],
    rows.flags.get(i) ?? null,
    rows.violations.get(i) ?? null,
  ]);
}

/**
 * Each figure of `rs` summed exactly (undefined where no row has it; a row without a figure adds
 * nothing), or null when a sum has more digits than a column cell holds.
 */
function summedFigures(rows: SourceRows, rs: number[]): Map<string, string | undefined> | null {
  const sums = new Map<string, string | undefined>();
  for (const [field, c] of Object.entries(rows.numbers)) {
    let sum: Dec | null = null;
    for (const r of rs) {
      const t = decimalCell(c, r);
      if (t !== undefined) sum = sum === null ? new Dec(t) : sum.plus(t);
    }
    const s = sum === null ? undefined : plainDecimal(sum);
    if (s !== undefined && !setDecimal({ mant: new Float64Array(1), scale: new Int8Array(1) }, 0, s)) return null;
    sums.set(field, s);
  }
  return sums;
}

function decimalCell(c: DecimalColumn, r: number): string | undefined {
  return c.scale[r]! < 0 ? undefined : scaledText(c.mant[r]!, c.scale[r]!);
}

/** The figure columns copied, so that summing never changes the source as read. */
function copiedFigures(rows: SourceRows): Record<string, DecimalColumn> {
  const out: Record<string, DecimalColumn> = {};
  for (const [field, c] of Object.entries(rows.numbers)) out[field] = { mant: Float64Array.from(c.mant), scale: Int8Array.from(c.scale) };
  return out;
}

/** Everything read from a row but its line, as one string: equal for rows with identical values. */
function signature(rows: SourceRows, i: number): string {
  return otherValues(rows, i) + JSON.stringify(Object.values(rows.numbers).map((c) => [c.mant[i], c.scale[i]]));
}
