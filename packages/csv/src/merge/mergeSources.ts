import { RECOGNITION_FLAGS, VIOLATION_FLAGS, type EnterpriseRecord } from '@mujun/core';
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

interface Candidate extends Origin {
  value: Scalar;
  rank: number;
}

interface Entry {
  code: string;
  rows: Origin[];
  /** field → winning candidate. */
  fields: Map<string, Candidate>;
  /** field → every candidate, only for fields given by more than one source. */
  many?: Map<string, Candidate[]>;
  flagsKnown: boolean;
  violationsKnown: boolean;
  sourcesIn: Set<number>;
}

const FIELD_ORDER: readonly (keyof EnterpriseRecord)[] = [
  'name',
  'county',
  'industryCode',
  'scale',
  'keyPolluter',
  'landOwnedMu',
  'landLeasedOutMu',
  'landLeasedInMu',
  'rentedFloorM2',
  'taxWan',
  'salesWan',
  'valueAddedWan',
  'energyTce',
  'electricityWanKwh',
  'emissionEq',
  'codT',
  'ammoniaNitrogenT',
  'so2T',
  'noxT',
  'rdWan',
  'employees',
  'productionStartDate',
  'constructionPeriodEnd',
];
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
 * the accounting of every row.
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
    for (const c of r.file.columns) if (!m.has(c.field)) m.set(c.field, c.header);
    return m;
  });

  const entries = new Map<string, Entry>();
  const offer = (e: Entry, field: string, value: Scalar, origin: Origin, s: number) => {
    const c: Candidate = { ...origin, value, rank: rankOf(field, s) };
    const cur = e.fields.get(field);
    if (!cur) {
      e.fields.set(field, c);
      return;
    }
    e.many ??= new Map();
    const all = e.many.get(field) ?? [cur];
    all.push(c);
    e.many.set(field, all);
    if (c.rank < cur.rank) e.fields.set(field, c);
  };
  const offerFlags = (e: Entry, list: 'flags' | 'violations', states: FlagStates, origin: Origin, s: number) => {
    if (list === 'flags') e.flagsKnown = true;
    else e.violationsKnown = true;
    for (const [id, v] of Object.entries(states)) offer(e, `${list}.${id}`, v, origin, s);
  };

  for (const [s, u] of unique.entries()) {
    for (const row of u.rows) {
      let e = entries.get(row.creditCode);
      if (!e) {
        e = { code: row.creditCode, rows: [], fields: new Map(), flagsKnown: false, violationsKnown: false, sourcesIn: new Set() };
        entries.set(row.creditCode, e);
      }
      const origin: Origin = { source: names[s]!, row: row.row };
      e.rows.push(origin);
      e.sourcesIn.add(s);
      for (const field in row.values) offer(e, field, row.values[field]!, origin, s);
      if (row.flags) offerFlags(e, 'flags', row.flags, origin, s);
      if (row.violations) offerFlags(e, 'violations', row.violations, origin, s);
    }
  }

  const records: MergedRecord[] = [];
  const conflicts: Conflict[] = [];
  const gaps: Gap[] = [];
  const warnings: ReadWarning[] = [];
  const scaleRejected: RowError[] = [];
  const rejectedBySource = new Array<number>(reads.length).fill(0);
  let defaulted = 0;

  for (const e of entries.values()) {
    const name = e.fields.get('name')!.value as string;
    if (!e.fields.has('scale') && defaultScale === null) {
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
      const c = e.fields.get(field);
      if (c) {
        record[field] = c.value;
        if (keepProvenance) provenance[field] = { source: c.source, row: c.row };
      } else if (field === 'scale') {
        record.scale = defaultScale;
        defaulted++;
      }
    }
    for (const list of ['flags', 'violations'] as const) {
      if (!(list === 'flags' ? e.flagsKnown : e.violationsKnown)) continue;
      const ids: string[] = [];
      for (const [key, c] of e.fields) {
        if (!key.startsWith(`${list}.`)) continue;
        const id = key.slice(list.length + 1);
        if (c.value === true) ids.push(id);
        if (keepProvenance) {
          provenance[key] = { source: c.source, row: c.row };
          provenance[list] ??= { source: c.source, row: c.row };
        }
      }
      record[list] = ids.sort(flagSort);
    }
    records.push({ record: record as EnterpriseRecord, provenance, rows: e.rows });

    if (e.many) {
      const keys = [...e.many.keys()].sort((a, b) => fieldIndex(a) - fieldIndex(b) || (a < b ? -1 : 1));
      for (const field of keys) {
        const all = e.many.get(field)!;
        const win = e.fields.get(field)!;
        if (all.every((c) => c === win || sameValue(field, c.value, win.value, tol))) continue;
        const ordered = [win, ...all.filter((c) => c !== win)];
        conflicts.push({
          creditCode: e.code,
          name,
          field,
          chosen: win.source,
          values: ordered.map(
            (c): ConflictValue => ({
              source: c.source,
              row: c.row,
              column: headerOf[names.indexOf(c.source)]!.get(field.includes('.') ? field.split('.')[0]! : field) ?? '',
              value: c.value,
            }),
          ),
        });
      }
    }
    if (reads.length > 1) {
      const presentIn = [...e.sourcesIn].sort((a, b) => a - b).map((s) => names[s]!);
      for (const [s, r] of reads.entries()) {
        if (r.partial || e.sourcesIn.has(s)) continue;
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
    (t, a) => ({ ...t, rows: t.rows + a.rows, merged: t.merged + a.merged, rejected: t.rejected + a.rejected, summary: t.summary + a.summary, blankLines: t.blankLines + a.blankLines }),
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

