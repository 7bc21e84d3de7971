import type { ColumnarRecords, NumericField, SourceKind } from '@mujun/core';
import { KIND_ORDER } from './kindOrder.js';
import type { DecimalColumn } from '@mujun/core/engine';
import type { RowError } from '../errors/rowError.js';
import type { SourceRead } from '../read/readSource.js';
import type { SummaryRow } from '../read/summaryRow.js';
import type { ReadWarning } from '../read/warning.js';
import { compareCodePoints } from './codePointOrder.js';
import type { RankedSource } from './fieldPrecedence.js';
import { keyRows } from './keyRows.js';
import type { MergeContext } from './mergeContext.js';
import { mergeFields, type MergedFields } from './mergeFields.js';
import { mergeFlags, type MergedFlags } from './mergeFlags.js';
import { DEFAULT_TOLERANCE, type Tolerance } from './sameValue.js';
import { sourceKindOf, type SourceKindFound } from './sourceKind.js';
import type { Accounting, Conflict, Gap, Origin } from './types.js';

/** How sources are merged. */
export interface MergeOptions {
  /** When figures of two sources agree; default {@link DEFAULT_TOLERANCE} (0.1 % relative). */
  tolerance?: Partial<Tolerance> | undefined;
  /**
   * Which source wins a field, per record field, over any kind (`--prefer`): `{ taxWan: ['税务.csv'] }`.
   * Sources listed win in the order listed; the others follow by {@link sourcePrecedence} and kind.
   */
  precedence?: Partial<Record<string, string[]>> | undefined;
  /**
   * The scheme's own statement of whose figure it scores (its `sourcePrecedence`): per record field,
   * kinds of export in order, e.g. `{ salesWan: ['tax'] }`. Fields not named follow the default order
   * by kind of export; the order the sources were given in never counts.
   */
  sourcePrecedence?: Partial<Record<string, readonly SourceKind[]>> | undefined;
  /** The kind of export of some sources, by name as given or file name (a mapping file's `sources`); the others' kind is inferred from their columns. */
  sourceKinds?: Readonly<Record<string, SourceKind>> | undefined;
  /**
   * Scale for enterprises no source gives 规上/规下 for. Default 'below' (an enterprise not on
   * the statistics bureau's 规上 roster is 规下), reported in a warning; null rejects them.
   */
  defaultScale?: 'above' | 'below' | null | undefined;
  /** Keep per-field provenance (default true); a large run that shows none may turn it off. */
  provenance?: boolean | undefined;
}

/**
 * The sources merged by credit code (归集/比对): the enterprises as columns, and the cross-check.
 * Sources are taken in the merge's own order — by kind of export (land, tax, power, environment,
 * statistics, then unknown), then file name in code-point order — so any order of the same files
 * gives the same result, byte for byte.
 */
export interface MergedSources {
  /** One record per enterprise, in order of first appearance of its code (sources in the merge's order, rows in file order). */
  records: ColumnarRecords;
  /** Every row that contributed to record i, in the merge's order of sources. */
  rows(i: number): Origin[];
  /** Field → the row that gave record i its value (see MergedRecord.provenance); empty when provenance is off. */
  provenance(i: number): Record<string, Origin>;
  /** Every problem of every rejected row, by source (the merge's order) and line. */
  rejected: RowError[];
  /** Bad cells of rows that were kept (`badValues: 'drop-value'`); empty by default. */
  fieldErrors: RowError[];
  summaryRows: SummaryRow[];
  /** Every field of every enterprise that sources give differently, beyond the tolerance or within it (`withinTolerance`). */
  conflicts: Conflict[];
  gaps: Gap[];
  warnings: ReadWarning[];
  /** Per source (the merge's order) and in total; `rows = merged + rejected + summary`. */
  accounting: { sources: Array<Accounting & { source: string }>; total: Accounting & { records: number } };
  /** What was found about each source (the merge's order): encoding, delimiter, header row, columns, and the kind of export it is. */
  sources: Array<{ source: string; partial: boolean; file: SourceRead['file'] } & SourceKindFound>;
}

/** Sources in the merge's order: by kind of export, then name in code-point order. */
function mergeOrder(reads: readonly SourceRead[], kinds: readonly SourceKindFound[]): number[] {
  const rank = (k: SourceKind | null) => (k === null ? KIND_ORDER.length : KIND_ORDER.indexOf(k));
  return reads.map((_, s) => s).sort((a, b) => rank(kinds[a]!.kind) - rank(kinds[b]!.kind) || compareCodePoints(reads[a]!.source, reads[b]!.source));
}

/**
 * Merges sources already read (pure): one record per credit code, each field from the source that
 * wins it (`--prefer`, the scheme's `sourcePrecedence`, the default order by kind of export, then
 * the file name: see fieldPrecedence), a conflict wherever sources give a field differently
 * (marked when within the tolerance), gaps where an enterprise is missing from a source that
 * should list everyone, and the accounting of every row. Works on columns throughout: codes are
 * numbered in one typed-array table, columns copied by index arrays, and a value becomes a string
 * only where two sources give it differently.
 */
export function mergeSources(given: readonly SourceRead[], options: MergeOptions = {}): MergedSources {
  const tol: Tolerance = { ...DEFAULT_TOLERANCE, ...options.tolerance };
  const keepProvenance = options.provenance !== false;
  const defaultScale = options.defaultScale === undefined ? 'below' : options.defaultScale;
  const found = given.map((r) => sourceKindOf(r.source, r.file.columns, options.sourceKinds));
  const order = mergeOrder(given, found);
  const sourceReads = order.map((s) => given[s]!);
  const kinds = order.map((s) => found[s]!);
  const names = sourceReads.map((r) => r.source);
  const byName = [...names].sort(compareCodePoints);
  const sources: RankedSource[] = names.map((name, s) => ({ name, kind: kinds[s]!.kind, nameOrder: byName.indexOf(name) }));

  const { codes, recordOf, rowIn, unique, unscaled } = keyRows(sourceReads, defaultScale === null);
  const n = codes.length;
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
  const ctx: MergeContext = {
    reads,
    sources,
    recordOf,
    rowIn,
    n,
    rules: { prefer: options.precedence, scheme: options.sourcePrecedence },
    tol,
    keepProvenance,
    columnOf: (s, field) => headerOf[s]!.get(field) ?? headerOf[s]!.get(field.split('.')[0]!) ?? '',
  };
  const fields = mergeFields(ctx);
  const flags = mergeFlags(ctx);
  const conflicts = [...fields.conflicts, ...flags.conflicts];
  // A conflict names the enterprise by its code and its merged name (the winning source's).
  for (const c of conflicts) {
    c.conflict.creditCode = codes[c.record]!;
    c.conflict.name = fields.name[c.record]!;
  }

  // Scale: the default for enterprises no source gives one for (with defaultScale null their rows were rejected).
  const rejectedBySource = names.map((name) => unscaled.filter((e) => e.source === name).length);
  let defaulted = 0;
  for (let i = 0; i < n; i++) {
    if (fields.scale[i] !== 0) continue;
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

  const gaps = gapsOf(
    reads,
    rowIn,
    codes,
    fields.name,
    unique.map((u) => u.rejectedCodes),
  );
  const records = recordColumns(codes, fields, flags);
  const { rows, provenance } = originsOf(
    names,
    reads.map((r) => r.rows.line),
    rowIn,
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
  return {
    records,
    rows,
    provenance,
    rejected: [...reads.flatMap((r, s) => [...r.rejected, ...unique[s]!.rejected]), ...unscaled].sort(byPlace),
    fieldErrors: reads.flatMap((r) => r.fieldErrors),
    summaryRows: reads.flatMap((r) => r.summaryRows),
    conflicts: conflicts
      .sort((a, b) => a.record - b.record || a.order - b.order || compareCodePoints(a.conflict.field, b.conflict.field))
      .map((c) => c.conflict),
    gaps,
    warnings: [...reads.flatMap((r, s) => [...r.warnings, ...unique[s]!.warnings]), ...warnings],
    accounting: { sources: sourceAccounting, total },
    sources: reads.map((r, s) => ({ source: r.source, partial: r.partial, file: r.file, ...kinds[s]! })),
  };
}

/** Enterprises missing from a source that should list everyone (not `partial`): absent there, or their rows there rejected. */
function gapsOf(
  reads: readonly SourceRead[],
  rowIn: readonly Int32Array[],
  codes: readonly string[],
  name: readonly string[],
  rejectedCodes: readonly Set<string>[],
): Gap[] {
  const gaps: Gap[] = [];
  if (reads.length < 2) return gaps;
  for (let i = 0; i < codes.length; i++) {
    let present = 0;
    for (const a of rowIn) if (a[i] !== 0) present++;
    if (present === reads.length) continue;
    const presentIn = reads.flatMap((r, s) => (rowIn[s]![i] !== 0 ? [r.source] : []));
    for (const [s, r] of reads.entries()) {
      if (r.partial || rowIn[s]![i] !== 0) continue;
      const code = codes[i]!;
      const rejectedThere = r.rejectedCodes.has(code) || rejectedCodes[s]!.has(code);
      gaps.push({ creditCode: code, name: name[i]!, source: r.source, reason: rejectedThere ? 'rejected' : 'absent', presentIn });
    }
  }
  return gaps;
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
  winners: { fields: Map<string, Int8Array>; flags: Map<number, Map<string, number>> } | null,
): Pick<MergedSources, 'rows' | 'provenance'> {
  const lineOf = (s: number, i: number): number => {
    const row = rowIn[s]![i]!;
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
      const s = from[i]!;
      if (s >= 0) out[field] = origin(s);
    }
    for (const [key, s] of winners.flags.get(i) ?? []) {
      out[key] = origin(s);
      out[key.split('.')[0]!] ??= origin(s);
    }
    return out;
  };
  return { rows, provenance };
}

/** The merged columns as @mujun/core's ColumnarRecords. */
function recordColumns(codes: string[], f: MergedFields, flags: MergedFlags): ColumnarRecords {
  /** A text field few records have, as a map by record index. */
  const sparseText = (field: string) => {
    const out = new Map<number, string>();
    const a = f.text.get(field);
    if (a) for (let i = 0; i < a.length; i++) if (a[i] !== undefined) out.set(i, a[i]!);
    return out;
  };
  const none = new Array<undefined>(codes.length);
  const numbers: Partial<Record<NumericField, DecimalColumn>> = {};
  for (const [field, c] of f.numbers) numbers[field as NumericField] = c;
  return {
    length: codes.length,
    creditCode: codes,
    name: f.name,
    county: f.text.get('county') ?? none,
    town: sparseText('town'),
    park: sparseText('park'),
    industryCode: f.text.get('industryCode') ?? none,
    scale: f.scale,
    keyPolluter: f.keyPolluter,
    numbers,
    productionStartDate: sparseText('productionStartDate'),
    constructionPeriodEnd: sparseText('constructionPeriodEnd'),
    flags: flags.lists.flags,
    violations: flags.lists.violations,
  };
}
