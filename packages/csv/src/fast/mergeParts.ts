import { RECOGNITION_FLAGS, VIOLATION_FLAGS, type ColumnarRecords, type DecimalColumn } from '@mujun/core';
import { messageFor } from '../errors/rowErrorOf.js';
import type { RowError } from '../errors/rowError.js';
import type { HeaderMapping } from '../headers/headerMapping.js';
import { mapHeaders } from '../headers/mapHeaders.js';
import type { FlagStates } from '../read/parseRow.js';
import type { Part, RecordCellBytes } from './partTypes.js';
import type { ColumnarSourceRead } from './readColumnarSource.js';

const FLAG_ORDER = new Map<string, number>([...RECOGNITION_FLAGS, ...VIOLATION_FLAGS].map((f, i) => [f, i]));

/** merge/mergeSources' flag order: the dictionary's, then unknown flags alphabetically. */
function flagSort(a: string, b: string): number {
  const x = FLAG_ORDER.get(a) ?? Infinity;
  const y = FLAG_ORDER.get(b) ?? Infinity;
  return x !== y ? x - y : a < b ? -1 : a > b ? 1 : 0;
}

function flagIds(states: FlagStates): string[] {
  return Object.entries(states)
    .filter(([, v]) => v)
    .map(([id]) => id)
    .sort(flagSort);
}

/**
 * The parts of one source as one merged source: rows concatenated in file order, then
 * merge/resolveDuplicates' rule (rows repeating a credit code with identical values count once;
 * with any difference all of them are rejected) and mergeSources' defaults for a single source
 * (no scale given → 规下; flags and violations as sorted lists of the flags set).
 */
export function mergeParts(source: string, parts: Part[], header: string[], mapping: HeaderMapping | undefined): ColumnarSourceRead {
  const n = parts.reduce((s, p) => s + p.n, 0);
  const codes = parts.flatMap((p) => (p.n === 0 ? [] : p.codes.split('\u0000')));
  const names = parts.flatMap((p) => (p.n === 0 ? [] : p.names.split('\u0000')));
  const offsets = parts.map((_, k) => parts.slice(0, k).reduce((s, p) => s + p.n, 0));
  const concat = <T extends Int32Array | Uint8Array | Float64Array | Int8Array>(pick: (p: Part) => T, make: (n: number) => T): T => {
    const out = make(n);
    parts.forEach((p, k) => out.set(pick(p), offsets[k]));
    return out;
  };
  const lines = concat((p) => p.line, (k) => new Int32Array(k));
  const scale = concat((p) => p.scale, (k) => new Uint8Array(k));
  const keyPolluter = concat((p) => p.keyPolluter, (k) => new Uint8Array(k));
  const text = (field: string): (string | undefined)[] => {
    const out = new Array<string | undefined>(n);
    parts.forEach((p, k) => {
      const c = p.text[field];
      const at = offsets[k] as number;
      for (let i = 0; i < p.n; i++) {
        const id = c === undefined ? 0 : (c.ids[i] as number);
        out[at + i] = id === 0 ? undefined : c!.table[id - 1];
      }
    });
    return out;
  };
  // Figures in shared memory (a worker thread reads them without a copy): appended to the first
  // part's columns, which have room for them (parsePart's numberCapacity), else copied into new ones.
  const numbers: Record<string, DecimalColumn> = {};
  for (const field of Object.keys(parts[0]?.numbers ?? {})) {
    const first = parts[0]!.numbers[field]!;
    const room = first.scale.buffer.byteLength >= n && first.mant.byteOffset === 0 && first.scale.byteOffset === 0;
    numbers[field] = {
      mant: concat((p) => p.numbers[field]!.mant, (k) => (room ? new Float64Array(first.mant.buffer, 0, k) : new Float64Array(new SharedArrayBuffer(8 * k)))),
      scale: concat((p) => p.numbers[field]!.scale, (k) => (room ? new Int8Array(first.scale.buffer, 0, k) : new Int8Array(new SharedArrayBuffer(k)))),
    };
  }
  const sparse = (pick: (p: Part) => [number, FlagStates][]) => {
    const m = new Map<number, FlagStates>();
    parts.forEach((p, k) => {
      for (const [i, s] of pick(p)) m.set((offsets[k] as number) + i, s);
    });
    return m;
  };
  const flagStates = sparse((p) => p.flags);
  const violationStates = sparse((p) => p.violations);
  const county = text('county');
  const industryCode = text('industryCode');
  const start = text('productionStartDate');
  const end = text('constructionPeriodEnd');

  // Duplicates within the source.
  // Repeated codes have repeated hashes: sort the hashes (a typed-array sort, no map of a million
  // strings), and look at the codes only of rows whose hash occurs more than once.
  const hashes = concat((p) => p.codeHash, (k) => new Float64Array(k));
  const sorted = hashes.slice().sort();
  const shared = new Set<number>();
  for (let k = 1; k < n; k++) if (sorted[k] === sorted[k - 1]) shared.add(sorted[k] as number);
  const first = new Map<string, number>();
  let repeated: Map<string, number[]> | null = null;
  for (let i = 0; i < n; i++) {
    if (shared.size === 0 || !shared.has(hashes[i] as number)) continue;
    const code = codes[i] as string;
    const f = first.get(code);
    if (f === undefined) first.set(code, i);
    else {
      repeated ??= new Map();
      const g = repeated.get(code);
      if (g) g.push(i);
      else repeated.set(code, [f, i]);
    }
  }
  const duplicateErrors: RowError[] = [];
  let keep: Int32Array | null = null;
  if (repeated !== null) {
    const drop = new Uint8Array(n);
    const codeColumn = mapHeaders(source, header, mapping).columns.find((c) => c.spec.column === 'credit_code')?.header ?? '';
    const signature = (i: number) =>
      JSON.stringify([
        names[i], county[i], industryCode[i], scale[i], keyPolluter[i], start[i], end[i],
        Object.values(numbers).map((c) => [c.mant[i], c.scale[i]]),
        flagStates.get(i) ?? null, violationStates.get(i) ?? null,
      ]);
    for (const [code, rows] of repeated) {
      const s0 = signature(rows[0] as number);
      if (rows.every((r) => signature(r) === s0)) {
        for (const r of rows.slice(1)) drop[r] = 1;
        continue;
      }
      const list = rows.map((r) => lines[r]).join(', ');
      for (const r of rows) {
        drop[r] = 1;
        duplicateErrors.push({
          source,
          row: lines[r] as number,
          column: codeColumn,
          field: 'creditCode',
          code: 'duplicate-credit-code',
          message: messageFor('duplicate-credit-code', codeColumn, code, { zh: `第 ${list} 行`, en: `lines ${list}` }),
          value: code,
        });
      }
    }
    const kept: number[] = [];
    for (let i = 0; i < n; i++) if (!drop[i]) kept.push(i);
    keep = Int32Array.from(kept);
  }

  const pick = <T>(a: T[]): T[] => (keep === null ? a : Array.from(keep, (i) => a[i] as T));
  const pickTyped = <T extends Int32Array | Uint8Array | Float64Array | Int8Array>(a: T): T => (keep === null ? a : gather(a, keep));
  const m = keep === null ? n : keep.length;
  const newIndex = (i: number): number => (keep === null ? i : binarySearch(keep, i));
  const toSparse = (states: Map<number, FlagStates>) => {
    const out = new Map<number, string[]>();
    for (const [i, s] of states) {
      const j = newIndex(i);
      if (j >= 0) out.set(j, flagIds(s));
    }
    return out;
  };
  const dateMap = (a: (string | undefined)[]) => {
    const out = new Map<number, string>();
    const picked = pick(a);
    for (let j = 0; j < picked.length; j++) if (picked[j] !== undefined) out.set(j, picked[j] as string);
    return out;
  };
  const scaleOut = pickTyped(scale);
  for (let j = 0; j < m; j++) if (scaleOut[j] === 0) scaleOut[j] = 2; // mergeSources' default: 规下
  const records: ColumnarRecords = {
    length: m,
    creditCode: pick(codes),
    name: pick(names),
    county: pick(county),
    industryCode: pick(industryCode),
    scale: scaleOut,
    keyPolluter: pickTyped(keyPolluter),
    numbers: Object.fromEntries(Object.entries(numbers).map(([f, c]) => [f, { mant: pickTyped(c.mant), scale: pickTyped(c.scale) }])),
    productionStartDate: dateMap(start),
    constructionPeriodEnd: dateMap(end),
    flags: toSparse(flagStates),
    violations: toSparse(violationStates),
  };
  const rejected = [...parts.flatMap((p) => p.rejected), ...duplicateErrors].sort((a, b) => a.row - b.row);
  const cells = parts.every((p) => p.cells !== undefined) ? mergeCells(parts, keep) : undefined;
  return {
    source,
    records,
    ...(cells === undefined ? {} : { cells }),
    lines: pickTyped(lines),
    rejected,
    fieldErrors: parts.flatMap((p) => p.fieldErrors),
    summaryRows: parts.flatMap((p) => p.summaryRows),
  };
}

/**
 * The parts' record cells as one, kept records only, in shared memory (a worker thread reads them
 * in place): appended to the first part's, which has room for them (parsePart), else copied.
 */
function mergeCells(parts: Part[], keep: Int32Array | null): RecordCellBytes {
  const all = parts.map((p) => p.cells as RecordCellBytes);
  const n = all.reduce((s, c) => s + c.ends.length, 0);
  const size = all.reduce((s, c) => s + c.bytes.length, 0);
  const first = all[0] as RecordCellBytes;
  const room = first.bytes.byteOffset === 0 && first.ends.byteOffset === 0 && first.bytes.buffer.byteLength >= size && first.ends.buffer.byteLength >= 8 * n;
  const bytes = room ? new Uint8Array(first.bytes.buffer, 0, size) : new Uint8Array(new SharedArrayBuffer(size));
  const ends = room ? new Float64Array(first.ends.buffer, 0, n) : new Float64Array(new SharedArrayBuffer(8 * n));
  let at = 0;
  let i = 0;
  for (const c of all) {
    if (!(room && c === first)) {
      bytes.set(c.bytes, at);
      for (let k = 0; k < c.ends.length; k++) ends[i + k] = at + (c.ends[k] as number);
    }
    i += c.ends.length;
    at += c.bytes.length;
  }
  if (keep === null) return { bytes, ends };
  // Rows dropped as duplicates: the kept ones' cells, copied one by one (rare).
  const keptEnds = new Float64Array(new SharedArrayBuffer(8 * keep.length));
  let kept = 0;
  for (let j = 0; j < keep.length; j++) {
    const r = keep[j] as number;
    kept += (ends[r] as number) - (r === 0 ? 0 : (ends[r - 1] as number));
    keptEnds[j] = kept;
  }
  const keptBytes = new Uint8Array(new SharedArrayBuffer(kept));
  for (let j = 0; j < keep.length; j++) {
    const r = keep[j] as number;
    keptBytes.set(bytes.subarray(r === 0 ? 0 : (ends[r - 1] as number), ends[r] as number), j === 0 ? 0 : (keptEnds[j - 1] as number));
  }
  return { bytes: keptBytes, ends: keptEnds };
}

function gather<T extends Int32Array | Uint8Array | Float64Array | Int8Array>(a: T, keep: Int32Array): T {
  const out = new (a.constructor as new (n: number) => T)(keep.length);
  for (let j = 0; j < keep.length; j++) out[j] = a[keep[j] as number] as number;
  return out;
}

function binarySearch(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.length && a[lo] === x ? lo : -1;
}
