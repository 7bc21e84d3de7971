import { EnterpriseRecord, RECOGNITION_FLAGS, VIOLATION_FLAGS } from '@mujun/core';
import { messageFor } from '../errors/rowErrorOf.js';
import type { RowError } from '../errors/rowError.js';
import type { FlagStates } from '../read/parseRow.js';
import type { SourceRead } from '../read/readSource.js';
import type { SummaryRow } from '../read/summaryRow.js';
import type { ReadWarning } from '../read/warning.js';
import { resolveDuplicates, type UniqueRows } from './resolveDuplicates.js';
import { DEFAULT_TOLERANCE, sameValue, type Tolerance } from './sameValue.js';
import type { Accounting, Conflict, ConflictValue, Gap, MergedRecord, Origin } from './types.js';

/** How sources are merged. */
export interface MergeOptions {
  /** When figures of two sources agree; default {@link DEFAULT_TOLERANCE} (0.1 % relative). */
  tolerance?: Partial<Tolerance>;
  /**
   * Which source wins a field, per record field: `{ taxWan: ['税务.csv'] }`. Sources listed win
   * in the order listed; the others follow in argument order. Without it the first source in
   * argument order that has the field wins.
   */
  precedence?: Partial<Record<string, string[]>>;
  /**
   * Scale for enterprises no source gives 规上/规下 for. Default 'below' (an enterprise not on
   * the statistics bureau's 规上 roster is 规下), reported in a warning; null rejects them.
   */
  defaultScale?: 'above' | 'below' | null;
  /** Keep per-field provenance (default true); a large single-source run may turn it off. */
  provenance?: boolean;
}

/** The result of reading and merging sources (归集/比对). */
export interface ReadResult {
  records: MergedRecord[];
  /** Every problem of every rejected row. */
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

/**
 * One enterprise while merging, kept lean for million-row runs: the first row's values object is
 * reused as the winning values, and per-field origins and candidate lists are only built when a
 * second row of the enterprise arrives.
 */
interface Entry {
  code: string;
  rows: Origin[];
  /** Source index of each row in `rows`. */
  src: number[];
  /** Winning value per field (`flags.<id>`, `violations.<id>` for flags). */
  values: Record<string, Scalar>;
  /** Field → index into `rows` of the winning row; a field not listed comes from row 0. */
  from?: Record<string, number>;
  /** Field → every (row index, value) offered, for fields offered more than once. */
  many?: Map<string, Array<{ at: number; value: Scalar }>>;
  flagsKnown: boolean;
  violationsKnown: boolean;
}

// The record schema's own field order, less the key and the list fields (merged by flag below).
const FIELD_ORDER: readonly (keyof EnterpriseRecord)[] = (Object.keys(EnterpriseRecord.shape) as (keyof EnterpriseRecord)[]).filter(
  (f) => f !== 'creditCode' && f !== 'flags' && f !== 'violations',
);
const FLAG_ORDER = new Map<string, number>([...RECOGNITION_FLAGS, ...VIOLATION_FLAGS].map((f, i) => [f, i]));

function flagSort(a: string, b: string): number {
  const x = FLAG_ORDER.get(a) ?? Infinity;
  const y = FLAG_ORDER.get(b) ?? Infinity;
  return x !== y ? x - y : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Merges sources already read (pure): one record per credit code, fields from the source that
 * wins them (precedence, else argument order), conflicts where sources disagree beyond the
 * tolerance, gaps where an enterprise is missing from a source that should list everyone, and
 * the accounting of every row. The reads are consumed: their rows' value objects become the
 * merged values (no copy, for million-row runs), so do not use `reads[i].rows` afterwards.
 */
export function mergeSources(reads: readonly SourceRead[], options: MergeOptions = {}): ReadResult {
  const tol: Tolerance = { ...DEFAULT_TOLERANCE, ...options.tolerance };
  const keepProvenance = options.provenance !== false;
  const defaultScale = options.defaultScale === undefined ? 'below' : options.defaultScale;
  const names = reads.map((r) => r.source);
  const rankOf = (field: string, s: number): number => {
    const list = options.precedence?.[field.startsWith('flags.') || field.startsWith('violations.') ? field.split('.')[0]! : field];
    const i = list ? list.indexOf(names[s]!) : -1;
    return i >= 0 ? i : (list?.length ?? 0) + s;
  };

  const unique: UniqueRows[] = reads.map(resolveDuplicates);
  const headerOf = reads.map((r) => {
    const m = new Map<string, string>();
    for (const c of r.file.columns) {
      const key = c.flag ? `${c.field}.${c.flag}` : c.field;
      if (!m.has(key)) m.set(key, c.header);
    }
    return m;
  });

  const entries = new Map<string, Entry>();
  const offer = (e: Entry, field: string, value: Scalar, at: number) => {
    const cur = e.values[field];
    if (cur === undefined) {
      e.values[field] = value;
      if (at !== 0) (e.from ??= {})[field] = at;
      return;
    }
    const curAt = e.from?.[field] ?? 0;
    e.many ??= new Map();
    const all = e.many.get(field) ?? [{ at: curAt, value: cur }];
    all.push({ at, value });
    e.many.set(field, all);
    if (rankOf(field, e.src[at]!) < rankOf(field, e.src[curAt]!)) {
      e.values[field] = value;
      (e.from ??= {})[field] = at;
    }
  };
  const offerFlags = (e: Entry, list: 'flags' | 'violations', states: FlagStates, at: number) => {
    if (list === 'flags') e.flagsKnown = true;
    else e.violationsKnown = true;
    for (const id in states) offer(e, `${list}.${id}`, states[id]!, at);
  };

  for (const [s, u] of unique.entries()) {
    for (const row of u.rows) {
      const origin: Origin = { source: names[s]!, row: row.row };
      let e = entries.get(row.creditCode);
      if (!e) {
        e = { code: row.creditCode, rows: [origin], src: [s], values: row.values, flagsKnown: false, violationsKnown: false };
        entries.set(row.creditCode, e);
      } else {
        e.rows.push(origin);
        e.src.push(s);
        const at = e.rows.length - 1;
        for (const field in row.values) offer(e, field, row.values[field]!, at);
      }
      const at = e.rows.length - 1;
      if (row.flags) offerFlags(e, 'flags', row.flags, at);
      if (row.violations) offerFlags(e, 'violations', row.violations, at);
    }
    u.rows = [];
  }

  const records: MergedRecord[] = [];
  const conflicts: Conflict[] = [];
  const gaps: Gap[] = [];
  const warnings: ReadWarning[] = [];
  const scaleRejected: RowError[] = [];
  const rejectedBySource = new Array<number>(reads.length).fill(0);
  let defaulted = 0;

  for (const e of entries.values()) {
    const name = e.values.name as string;
    const originOf = (field: string) => e.rows[e.from?.[field] ?? 0]!;
    if (e.values.scale === undefined && defaultScale === null) {
      for (const o of e.rows) {
        scaleRejected.push({
          source: o.source,
          row: o.row,
          column: '',
          field: 'scale',
          code: 'missing-scale',
          message: messageFor('missing-scale', '', ''),
          value: '',
        });
        rejectedBySource[names.indexOf(o.source)]!++;
      }
      continue;
    }
    const record: Record<string, unknown> = { creditCode: e.code };
    const provenance: Record<string, Origin> = {};
    if (keepProvenance) provenance.creditCode = e.rows[0]!;
    for (const field of FIELD_ORDER) {
      const v = e.values[field];
      if (v !== undefined) {
        record[field] = v;
        if (keepProvenance) provenance[field] = originOf(field);
      } else if (field === 'scale') {
        record.scale = defaultScale;
        defaulted++;
      }
    }
    for (const list of ['flags', 'violations'] as const) {
      if (!(list === 'flags' ? e.flagsKnown : e.violationsKnown)) continue;
      const ids: string[] = [];
      const prefix = `${list}.`;
      for (const key in e.values) {
        if (!key.startsWith(prefix)) continue;
        if (e.values[key] === true) ids.push(key.slice(prefix.length));
        if (keepProvenance) {
          provenance[key] = originOf(key);
          provenance[list] ??= originOf(key);
        }
      }
      record[list] = ids.sort(flagSort);
    }
    records.push({ record: record as EnterpriseRecord, provenance, rows: e.rows });

    if (e.many) {
      const keys = [...e.many.keys()].sort((a, b) => fieldIndex(a) - fieldIndex(b) || (a < b ? -1 : 1));
      for (const field of keys) {
        const all = e.many.get(field)!;
        const winAt = e.from?.[field] ?? 0;
        const win = e.values[field]!;
        if (all.every((c) => c.at === winAt || sameValue(field, c.value, win, tol))) continue;
        const ordered = [all.find((c) => c.at === winAt)!, ...all.filter((c) => c.at !== winAt)];
        const column = (at: number) => {
          const h = headerOf[e.src[at]!]!;
          return h.get(field) ?? h.get(field.split('.')[0]!) ?? '';
        };
        conflicts.push({
          creditCode: e.code,
          name,
          field,
          chosen: e.rows[winAt]!.source,
          values: ordered.map((c): ConflictValue => ({ ...e.rows[c.at]!, column: column(c.at), value: c.value })),
        });
      }
    }
    if (reads.length > 1) {
      const presentIn = names.filter((_, s) => e.src.includes(s));
      for (const [s, r] of reads.entries()) {
        if (r.partial || e.src.includes(s)) continue;
        const rejectedThere = r.rejectedCodes.has(e.code) || unique[s]!.rejectedCodes.has(e.code);
        gaps.push({ creditCode: e.code, name, source: names[s]!, reason: rejectedThere ? 'rejected' : 'absent', presentIn });
      }
    }
  }
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

  const sourceAccounting = reads.map((r, s) => {
    const u = unique[s]!;
    const rejected = r.rejectedRows + u.rejectedRows + rejectedBySource[s]!;
    const summary = r.summaryRows.length;
    return { source: r.source, rows: r.dataRows, merged: r.dataRows - rejected - summary, rejected, summary, blankLines: r.blankLines };
  });
  const total = sourceAccounting.reduce(
    (t, a) => Object.assign(t, { rows: t.rows + a.rows, merged: t.merged + a.merged, rejected: t.rejected + a.rejected, summary: t.summary + a.summary, blankLines: t.blankLines + a.blankLines }),
    { rows: 0, merged: 0, rejected: 0, summary: 0, blankLines: 0, records: records.length },
  );

  const byPlace = (a: RowError, b: RowError) => names.indexOf(a.source) - names.indexOf(b.source) || a.row - b.row;
  return {
    records,
    rejected: [...reads.flatMap((r, s) => [...r.rejected, ...unique[s]!.rejected]), ...scaleRejected].sort(byPlace),
    fieldErrors: reads.flatMap((r) => r.fieldErrors),
    summaryRows: reads.flatMap((r) => r.summaryRows),
    conflicts,
    gaps,
    warnings: [...reads.flatMap((r, s) => [...r.warnings, ...unique[s]!.warnings]), ...warnings],
    accounting: { sources: sourceAccounting, total },
    sources: reads.map((r) => ({ source: r.source, partial: r.partial, file: r.file })),
  };
}

function fieldIndex(field: string): number {
  const i = FIELD_ORDER.indexOf(field as keyof EnterpriseRecord);
  return i >= 0 ? i : FIELD_ORDER.length + (field.startsWith('violations.') ? 1 : 0);
}

