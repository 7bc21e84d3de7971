import type { ColumnarRecords, NumericField } from '@mujun/core';
import { decimalColumn, scaledText, type DecimalColumn } from '@mujun/core/engine';
import { messageFor } from '../errors/rowErrorOf.js';
import type { RowError } from '../errors/rowError.js';
import type { SourceRows } from '../fast/sourceRows.js';
import type { FlagStates } from '../read/parseRow.js';
import type { SourceRead } from '../read/readSource.js';
import type { SummaryRow } from '../read/summaryRow.js';
import type { ReadWarning } from '../read/warning.js';
import { FIELD_ORDER, fieldIndex, flagSort } from './fieldOrder.js';
import { CodeTable } from './codeTable.js';
import { resolveDuplicates, type UniqueRows } from './resolveDuplicates.js';
import { DEFAULT_TOLERANCE, sameValue, type Tolerance } from './sameValue.js';
import type { Accounting, Conflict, ConflictValue, Gap, Origin } from './types.js';

/** How sources are merged. */
export interface MergeOptions {
  /** When figures of two sources agree; default {@link DEFAULT_TOLERANCE} (0.1 % relative). */
  tolerance?: Partial<Tolerance> | undefined;
  /**
   * Which source wins a field, per record field: `{ taxWan: ['税务.csv'] }`. Sources listed win
   * in the order listed; the others follow in argument order. Without it the first source in
   * argument order that has the field wins.
   */
  precedence?: Partial<Record<string, string[]>> | undefined;
  /**
   * Scale for enterprises no source gives 规上/规下 for. Default 'below' (an enterprise not on
   * the statistics bureau's 规上 roster is 规下), reported in a warning; null rejects them.
   */
  defaultScale?: 'above' | 'below' | null | undefined;
  /** Keep per-field provenance (default true); a large run that shows none may turn it off. */
  provenance?: boolean | undefined;
}

/** The sources merged by credit code (归集/比对): the enterprises as columns, and the cross-check. */
export interface MergedSources {
  /** One record per enterprise, in order of first appearance (sources in argument order, rows in file order). */
  records: ColumnarRecords;
  /** Every row that contributed to record i, in source order. */
  rows(i: number): Origin[];
  /** Field → the row that gave record i its value (see MergedRecord.provenance); empty when provenance is off. */
  provenance(i: number): Record<string, Origin>;
  /** Every problem of every rejected row, by source (argument order) and line. */
  rejected: RowError[];
  /** Bad cells of rows that were kept (`badValues: 'drop-value'`); empty by default. */
  fieldErrors: RowError[];
  summaryRows: SummaryRow[];
  conflicts: Conflict[];
  gaps: Gap[];
  warnings: ReadWarning[];
  /** Per source (in argument order) and in total; `rows = merged + rejected + summary`. */
  accounting: { sources: Array<Accounting & { source: string }>; total: Accounting & { records: number } };
  /** What was found about each source: encoding, delimiter, header row, columns. */
  sources: Array<{ source: string; partial: boolean; file: SourceRead['file'] }>;
}

type Scalar = string | boolean;
const TEXT = new Set(['name', 'county', 'town', 'park', 'industryCode', 'productionStartDate', 'constructionPeriodEnd']);

/**
 * Merges sources already read (pure): one record per credit code, each field from the source that
 * wins it (precedence, else argument order), conflicts where sources disagree beyond the
 * tolerance, gaps where an enterprise is missing from a source that should list everyone, and the
 * accounting of every row. Works on columns throughout: a value becomes a string only where two
 * sources offer one for the same enterprise and they have to be compared.
 */
export function mergeSources(sourceReads: readonly SourceRead[], options: MergeOptions = {}): MergedSources {
  const tol: Tolerance = { ...DEFAULT_TOLERANCE, ...options.tolerance };
  const keepProvenance = options.provenance !== false;
  const defaultScale = options.defaultScale === undefined ? 'below' : options.defaultScale;
  const names = sourceReads.map((r) => r.source);
  const rankOf = (field: string, s: number): number => {
    const list = options.precedence?.[field.startsWith('flags.') || field.startsWith('violations.') ? field.split('.')[0]! : field];
    const i = list ? list.indexOf(names[s]!) : -1;
    return i >= 0 ? i : (list?.length ?? 0) + s;
  };
  const unique: UniqueRows[] = sourceReads.map(resolveDuplicates);
  // Sources whose meters or parcels were summed: their rows with the sums.
  const reads = sourceReads.map((r, s) => (unique[s]!.rows === r.rows ? r : { ...r, rows: unique[s]!.rows }));
  const headerOf = reads.map((r) => {
    const m = new Map<string, string>();
    for (const c of r.file.columns) {
      const key = c.flag ? `${c.field}.${c.flag}` : c.field;
      if (!m.has(key)) m.set(key, c.header);
    }
    return m;
  });
  const columnOf = (s: number, field: string) => headerOf[s]!.get(field) ?? headerOf[s]!.get(field.split('.')[0]!) ?? '';

  // Enterprises in order of first appearance; rowIn[s][i] = 1 + the row of source s that record i has (0: none).
  const keptRows = reads.map((r, s) => unique[s]!.keep ?? Int32Array.from({ length: r.rows.n }, (_, k) => k));
  const table = new CodeTable(Math.max(...keptRows.map((k) => k.length), 0));
  const recordOf = keptRows.map((kept, s) => {
    const codes = reads[s]!.rows.codes;
    const hashes = unique[s]!.hashes;
    return kept.map((row) => table.numberOf(codes[row]!, hashes[row]!));
  });
  const codes = table.codes;
  const n = codes.length;
  const rowIn = keptRows.map((kept, s) => {
    const a = new Int32Array(n);
    const rec = recordOf[s]!;
    for (let k = 0; k < kept.length; k++) a[rec[k]!] = kept[k]! + 1;
    return a;
  });

  const fields = mergeFields(reads, rowIn, keptRows, recordOf, n, rankOf, tol, columnOf, keepProvenance);
  const flags = mergeFlags(reads, rowIn, n, rankOf, tol, columnOf, keepProvenance);
  const conflicts = [...fields.conflicts, ...flags.conflicts];
  // A conflict names the enterprise by its merged name (the winning source's).
  for (const c of conflicts) c.conflict.name = fields.name[c.record]!;

  // Scale: the default, or the enterprise's rows rejected.
  const scaleRejected: RowError[] = [];
  const rejectedBySource = new Array<number>(reads.length).fill(0);
  const dropped = new Uint8Array(n);
  let defaulted = 0;
  for (let i = 0; i < n; i++) {
    if (fields.scale[i] !== 0) continue;
    if (defaultScale === null) {
      dropped[i] = 1;
      for (let s = 0; s < reads.length; s++) {
        const row = rowIn[s]![i]!;
        if (row === 0) continue;
        scaleRejected.push({
          source: names[s]!,
          row: reads[s]!.rows.line[row - 1]!,
          column: '',
          field: 'scale',
          code: 'missing-scale',
          message: messageFor('missing-scale', '', ''),
          value: '',
        });
        rejectedBySource[s]!++;
      }
      continue;
    }
    fields.scale[i] = defaultScale === 'above' ? 1 : 2;
    defaulted++;
  }
  const warnings: ReadWarning[] = [];
  if (defaulted > 0) {
    warnings.push({
      code: 'scale-defaulted',
      source: '',
      count: defaulted,
      message: {
        zh: `${defaulted} 家企业没有任何来源提供规模（规上/规下），按“${defaultScale === 'above' ? '规上' : '规下'}”处理`,
        en: `${defaulted} enterprise(s) have no scale (above/below) in any source; taken as ${defaultScale}`,
      },
    });
  }

  const gaps: Gap[] = [];
  if (reads.length > 1) {
    for (let i = 0; i < n; i++) {
      if (dropped[i] === 1 || rowIn.every((a) => a[i] !== 0)) continue;
      const presentIn = names.filter((_, s) => rowIn[s]![i] !== 0);
      for (const [s, r] of reads.entries()) {
        if (r.partial || rowIn[s]![i] !== 0) continue;
        const code = codes[i]!;
        const rejectedThere = r.rejectedCodes.has(code) || unique[s]!.rejectedCodes.has(code);
        gaps.push({ creditCode: code, name: fields.name[i]!, source: names[s]!, reason: rejectedThere ? 'rejected' : 'absent', presentIn });
      }
    }
  }

  const keep = dropped.includes(1) ? Int32Array.from({ length: n }, (_, i) => i).filter((i) => dropped[i] === 0) : null;
  const records = recordColumns(codes, fields, flags, keep);
  const { rows, provenance } = originsOf(
    names,
    reads.map((r) => r.rows.line),
    rowIn,
    keep,
    keepProvenance ? { fields: fields.from, flags: flags.from } : null,
  );

  const sourceAccounting = reads.map((r, s) => {
    const u = unique[s]!;
    const rejected = r.rejectedRows + u.rejectedRows + rejectedBySource[s]!;
    const summary = r.summaryRows.length;
    return { source: r.source, rows: r.dataRows, merged: r.dataRows - rejected - summary, rejected, summary, blankLines: r.blankLines };
  });
  const total = sourceAccounting.reduce(
    (t, a) =>
      Object.assign(t, {
        rows: t.rows + a.rows,
        merged: t.merged + a.merged,
        rejected: t.rejected + a.rejected,
        summary: t.summary + a.summary,
        blankLines: t.blankLines + a.blankLines,
      }),
    { rows: 0, merged: 0, rejected: 0, summary: 0, blankLines: 0, records: records.length },
  );
  const byPlace = (a: RowError, b: RowError) => names.indexOf(a.source) - names.indexOf(b.source) || a.row - b.row;
  const dropSet = keep === null ? null : dropped;
  return {
    records,
    rows,
    provenance,
    rejected: [...reads.flatMap((r, s) => [...r.rejected, ...unique[s]!.rejected]), ...scaleRejected].sort(byPlace),
    fieldErrors: reads.flatMap((r) => r.fieldErrors),
    summaryRows: reads.flatMap((r) => r.summaryRows),
    conflicts: conflicts
      .filter((c) => dropSet === null || dropSet[c.record] === 0)
      .sort((a, b) => a.record - b.record || a.order - b.order || (a.conflict.field < b.conflict.field ? -1 : a.conflict.field > b.conflict.field ? 1 : 0))
      .map((c) => c.conflict),
    gaps,
    warnings: [...reads.flatMap((r, s) => [...r.warnings, ...unique[s]!.warnings]), ...warnings],
    accounting: { sources: sourceAccounting, total },
    sources: reads.map((r) => ({ source: r.source, partial: r.partial, file: r.file })),
  };
}

/**
 * rows() and provenance() of the merged records. Made apart from mergeSources so that they hold
 * only the sources' line numbers: closures made in mergeSources would keep its whole scope — every
 * source's columns — alive as long as the result (10⁶ firms in five files: hundreds of MB).
 */
function originsOf(
  names: readonly string[],
  sourceLines: readonly Int32Array[],
  rowIn: readonly Int32Array[],
  keep: Int32Array | null,
  winners: { fields: Map<string, Int8Array>; flags: Map<number, Map<string, number>> } | null,
): Pick<MergedSources, 'rows' | 'provenance'> {
  const at = (j: number) => (keep === null ? j : keep[j]!);
  const lineOf = (s: number, i: number): number => {
    const row = rowIn[s]![at(i)]!;
    return row === 0 ? 0 : sourceLines[s]![row - 1]!;
  };
  const rows = (i: number): Origin[] => {
    const out: Origin[] = [];
    for (let s = 0; s < names.length; s++) {
      const line = lineOf(s, i);
      if (line !== 0) out.push({ source: names[s]!, row: line });
    }
    return out;
  };
  const provenance = (i: number): Record<string, Origin> => {
    const out: Record<string, Origin> = {};
    if (winners === null) return out;
    const origin = (s: number): Origin => ({ source: names[s]!, row: lineOf(s, i) });
    const first = rows(i)[0];
    if (first) out['creditCode'] = first;
    for (const [field, from] of winners.fields) {
      const s = from[at(i)]!;
      if (s >= 0) out[field] = origin(s);
    }
    for (const [key, s] of winners.flags.get(at(i)) ?? []) {
      out[key] = origin(s);
      out[key.split('.')[0]!] ??= origin(s);
    }
    return out;
  };
  return { rows, provenance };
}

/** A conflict found while merging, with where it goes in the list (record, then field order). */
interface FoundConflict {
  record: number;
  order: number;
  conflict: Conflict;
}

type Rank = (field: string, s: number) => number;
type ColumnOf = (s: number, field: string) => string;

/** One source's value of a scalar field in a row: what the per-row reader gave (undefined when absent). */
function cellValue(rows: SourceRows, field: string, row: number): Scalar | undefined {
  if (field === 'name') return rows.names[row];
  if (TEXT.has(field)) return rows.text[field as keyof SourceRows['text']]?.[row];
  if (field === 'scale') return rows.scale[row] === 0 ? undefined : rows.scale[row] === 1 ? 'above' : 'below';
  if (field === 'keyPolluter') return rows.keyPolluter[row] === 0 ? undefined : rows.keyPolluter[row] === 2;
  const c = rows.numbers[field];
  return c === undefined || c.scale[row]! < 0 ? undefined : scaledText(c.mant[row]!, c.scale[row]!);
}

/** Whether a source's row has a value of a field, as a function made once per source and field (it runs for every record). */
function presence(rows: SourceRows, field: string): (row: number) => boolean {
  if (field === 'name') return () => true;
  if (TEXT.has(field)) {
    const a = rows.text[field as keyof SourceRows['text']];
    return a === undefined ? () => false : (row) => a[row] !== undefined;
  }
  if (field === 'scale') return (row) => rows.scale[row] !== 0;
  if (field === 'keyPolluter') return (row) => rows.keyPolluter[row] !== 0;
  const c = rows.numbers[field];
  return c === undefined ? () => false : (row) => c.scale[row]! >= 0;
}

/** The scalar fields merged: each record's value from its winning source, the conflicts, and (when kept) the winners. */
function mergeFields(
  reads: readonly SourceRead[],
  rowIn: Int32Array[],
  keptRows: Int32Array[],
  recordOf: Int32Array[],
  n: number,
  rankOf: Rank,
  tol: Tolerance,
  columnOf: ColumnOf,
  keepProvenance: boolean,
) {
  const name = new Array<string>(n);
  const text = new Map<string, (string | undefined)[]>();
  const scale = new Uint8Array(n);
  const keyPolluter = new Uint8Array(n);
  const numbers = new Map<string, DecimalColumn>();
  const from = new Map<string, Int8Array>();
  const conflicts: FoundConflict[] = [];
  for (const [order, field] of FIELD_ORDER.entries()) {
    const offering = reads.map((_, s) => s).filter((s) => field === 'name' || reads[s]!.file.columns.some((c) => c.field === field));
    if (offering.length === 0) continue;
    const ranked = [...offering].sort((a, b) => rankOf(field, a) - rankOf(field, b));
    const has = reads.map((r) => presence(r.rows, field));
    const winner = keepProvenance ? new Int8Array(n).fill(-1) : null;
    if (winner) from.set(field, winner);
    const isText = TEXT.has(field) && field !== 'name';
    const figure = !TEXT.has(field) && field !== 'scale' && field !== 'keyPolluter';
    const out = isText ? new Array<string | undefined>(n) : null;
    if (out) text.set(field, out);
    const col = figure ? decimalColumn(n) : null;
    if (col) numbers.set(field, col);
    // Copies source s's value of the field at `row` into record i: one function per source, made once.
    const copy = reads.map((r): ((i: number, row: number) => void) => {
      const rows = r.rows;
      if (field === 'name') return (i, row) => void (name[i] = rows.names[row]!);
      if (out) {
        const from = rows.text[field as keyof SourceRows['text']];
        return from === undefined ? () => {} : (i, row) => void (out[i] = from[row]);
      }
      if (field === 'scale') return (i, row) => void (scale[i] = rows.scale[row]!);
      if (field === 'keyPolluter') return (i, row) => void (keyPolluter[i] = rows.keyPolluter[row]!);
      const c = rows.numbers[field];
      if (!col || !c) return () => {};
      return (i, row) => {
        col.mant[i] = c.mant[row]!;
        col.scale[i] = c.scale[row]!;
      };
    });
    if (offering.length === 1) {
      // One source has the field (most fields): its rows' values, nothing to compare.
      const s = offering[0]!;
      const kept = keptRows[s]!;
      const rec = recordOf[s]!;
      const present = has[s]!;
      const put = copy[s]!;
      for (let k = 0; k < kept.length; k++) {
        const row = kept[k]!;
        if (!present(row)) continue;
        if (winner) winner[rec[k]!] = s;
        put(rec[k]!, row);
      }
      continue;
    }
    // The raw cells of each source, to tell identical offers apart without making strings.
    const rawText = reads.map((r) => (field === 'name' ? r.rows.names : isText ? r.rows.text[field as keyof SourceRows['text']] : null));
    const rawBytes = reads.map((r) => (field === 'scale' ? r.rows.scale : field === 'keyPolluter' ? r.rows.keyPolluter : null));
    const rawFigure = reads.map((r) => (figure ? r.rows.numbers[field] : undefined));
    const identical = (s: number, row: number, w: number, wRow: number): boolean => {
      const t = rawText[s];
      if (t) return t[row] === rawText[w]![wRow];
      const b = rawBytes[s];
      if (b) return b[row] === rawBytes[w]![wRow];
      const x = rawFigure[s]!;
      const y = rawFigure[w]!;
      return x.mant[row] === y.mant[wRow] && x.scale[row] === y.scale[wRow];
    };
    for (let i = 0; i < n; i++) {
      let win = -1;
      let winRow = -1;
      let differs = false;
      for (const s of ranked) {
        const row = rowIn[s]![i]! - 1;
        if (row < 0 || !has[s]!(row)) continue;
        if (win < 0) {
          win = s;
          winRow = row;
        } else if (!differs && !identical(s, row, win, winRow)) differs = true;
      }
      if (win < 0) continue;
      if (winner) winner[i] = win;
      copy[win]!(i, winRow);
      if (!differs) continue;
      // Offers that are not identical: every offer (in source order) against the winner's, within the tolerance.
      const offered = offering.filter((s) => rowIn[s]![i]! > 0 && has[s]!(rowIn[s]![i]! - 1));
      const value = (s: number) => cellValue(reads[s]!.rows, field, rowIn[s]![i]! - 1) as Scalar;
      const won = value(win);
      if (offered.every((s) => s === win || sameValue(field, value(s), won, tol))) continue;
      conflicts.push({ record: i, order, conflict: conflictOf(reads, rowIn, i, field, win, [win, ...offered.filter((s) => s !== win)], value, columnOf) });
    }
  }
  return { name, text, scale, keyPolluter, numbers, from, conflicts };
}

function conflictOf(
  reads: readonly SourceRead[],
  rowIn: Int32Array[],
  i: number,
  field: string,
  win: number,
  order: number[],
  value: (s: number) => Scalar,
  columnOf: ColumnOf,
): Conflict {
  const line = (s: number) => reads[s]!.rows.line[rowIn[s]![i]! - 1]!;
  return {
    creditCode: reads[win]!.rows.codes[rowIn[win]![i]! - 1]!,
    name: '',
    field,
    chosen: reads[win]!.source,
    values: order.map((s): ConflictValue => ({ source: reads[s]!.source, row: line(s), column: columnOf(s, field), value: value(s) })),
  };
}

/** Flags and violations merged flag by flag: the lists, the conflicts, and (when kept) each flag's winning source. */
function mergeFlags(reads: readonly SourceRead[], rowIn: Int32Array[], n: number, rankOf: Rank, tol: Tolerance, columnOf: ColumnOf, keepProvenance: boolean) {
  const lists = { flags: new Map<number, string[]>(), violations: new Map<number, string[]>() };
  const from = new Map<number, Map<string, number>>();
  const conflicts: FoundConflict[] = [];
  // Per record with any: each flag key (`flags.high-tech`) → the offers, in source order.
  const offers = new Map<number, Map<string, { s: number; value: boolean }[]>>();
  const known = new Map<number, Set<'flags' | 'violations'>>();
  for (const [s, r] of reads.entries()) {
    const recordOfRow = new Int32Array(r.rows.n).fill(-1);
    for (let i = 0; i < n; i++) if (rowIn[s]![i] !== 0) recordOfRow[rowIn[s]![i]! - 1] = i;
    for (const list of ['flags', 'violations'] as const) {
      for (const [row, states] of r.rows[list] as Map<number, FlagStates>) {
        const i = recordOfRow[row]!;
        if (i < 0) continue; // a rejected duplicate
        let k = known.get(i);
        if (!k) known.set(i, (k = new Set()));
        k.add(list);
        let m = offers.get(i);
        if (!m) offers.set(i, (m = new Map()));
        for (const id in states) {
          const key = `${list}.${id}`;
          const o = m.get(key);
          if (o) o.push({ s, value: states[id]! });
          else m.set(key, [{ s, value: states[id]! }]);
        }
      }
    }
  }
  for (const i of [...known.keys()].sort((a, b) => a - b)) {
    const m = offers.get(i) ?? new Map<string, { s: number; value: boolean }[]>();
    const winners = new Map<string, number>();
    for (const [key, all] of m) {
      const won = all.reduce((w, o) => (rankOf(key, o.s) < rankOf(key, w.s) ? o : w));
      winners.set(key, won.s);
      if (all.length < 2 || all.every((o) => o.s === won.s || sameValue(key, o.value, won.value, tol))) continue;
      const ordered = [won, ...all.filter((o) => o !== won)];
      const line = (s: number) => reads[s]!.rows.line[rowIn[s]![i]! - 1]!;
      conflicts.push({
        record: i,
        order: fieldIndex(key),
        conflict: {
          creditCode: reads[won.s]!.rows.codes[rowIn[won.s]![i]! - 1]!,
          name: '',
          field: key,
          chosen: reads[won.s]!.source,
          values: ordered.map((o): ConflictValue => ({ source: reads[o.s]!.source, row: line(o.s), column: columnOf(o.s, key), value: o.value })),
        },
      });
    }
    for (const list of known.get(i)!) {
      const ids: string[] = [];
      for (const [key, s] of winners) {
        if (!key.startsWith(`${list}.`)) continue;
        if (m.get(key)!.find((o) => o.s === s)!.value) ids.push(key.slice(list.length + 1));
      }
      lists[list].set(i, ids.sort(flagSort));
    }
    if (keepProvenance) from.set(i, winners);
  }
  return { lists, from, conflicts };
}

/** The merged columns as @mujun/core's ColumnarRecords (records `keep` only, when some were dropped). */
function recordColumns(codes: string[], f: ReturnType<typeof mergeFields>, flags: ReturnType<typeof mergeFlags>, keep: Int32Array | null): ColumnarRecords {
  const n = keep === null ? codes.length : keep.length;
  const pick = <T>(a: T[]): T[] => (keep === null ? a : Array.from(keep, (i) => a[i]!));
  const pickTyped = <T extends Uint8Array | Float64Array | Int8Array>(a: T): T => {
    if (keep === null) return a;
    const out = new (a.constructor as new (k: number) => T)(n);
    for (let j = 0; j < n; j++) out[j] = a[keep[j]!]!;
    return out;
  };
  const sparse = <T>(m: Map<number, T>): Map<number, T> => {
    if (keep === null) return m;
    const back = new Map<number, number>();
    keep.forEach((i, j) => back.set(i, j));
    const out = new Map<number, T>();
    for (const [i, v] of m) if (back.has(i)) out.set(back.get(i)!, v);
    return out;
  };
  /** A text field few records may have, as a map by record index. */
  const sparseText = (field: string) => {
    const out = new Map<number, string>();
    const a = f.text.get(field);
    if (a) for (let i = 0; i < a.length; i++) if (a[i] !== undefined) out.set(i, a[i]!);
    return sparse(out);
  };
  const none = new Array<undefined>(codes.length);
  const numbers: Partial<Record<NumericField, DecimalColumn>> = {};
  for (const [field, c] of f.numbers) numbers[field as NumericField] = { mant: pickTyped(c.mant), scale: pickTyped(c.scale) };
  return {
    length: n,
    creditCode: pick(codes),
    name: pick(f.name),
    county: pick(f.text.get('county') ?? none),
    town: sparseText('town'),
    park: sparseText('park'),
    industryCode: pick(f.text.get('industryCode') ?? none),
    scale: pickTyped(f.scale),
    keyPolluter: pickTyped(f.keyPolluter),
    numbers,
    productionStartDate: sparseText('productionStartDate'),
    constructionPeriodEnd: sparseText('constructionPeriodEnd'),
    flags: sparse(flags.lists.flags),
    violations: sparse(flags.lists.violations),
  };
}
