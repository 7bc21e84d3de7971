import { Dec, plain } from '../arithmetic/decimal.js';
import type { EnterpriseRecord } from '../schema/record.js';
import { NUMERIC_FIELDS, type NumericField } from '../schema/recordFields.js';

/**
 * A column of exact decimals as scaled integers: cell i is `mant[i] / 10^scale[i]`, `scale[i] < 0`
 * when the cell is absent. `mant` holds at most 15 significant digits, so it is an exact integer in a
 * float64 and `mant / 10^scale` is the correctly rounded float of the decimal (both operands are
 * exact doubles for scale ≤ 22, and IEEE division rounds once) — the same float `Number(text)` gives.
 * 9 bytes a cell instead of a string (≈ 40 bytes) or a decimal.js object (≈ 100 bytes).
 */
export interface DecimalColumn {
  mant: Float64Array;
  scale: Int8Array;
  /**
   * Cells wider than a float64 holds exactly (more than {@link MAX_DIGITS} significant digits or
   * 22 decimals), by index: their canonical text. Such a cell has scale 0 and `mant` = the
   * correctly rounded float of the text, so float code reads it like any other cell (the error
   * bound only asks for correctly rounded inputs); exact code reads the text.
   */
  wide?: Map<number, string>;
}

/**
 * Enterprise records as columns, for the engine ({@link evaluateColumnar}): the same content as
 * an array of {@link EnterpriseRecord}s, cell for cell. Strings are shared references (a county
 * name is stored once), figures are {@link DecimalColumn}s, rare fields are sparse maps by index.
 */
export interface ColumnarRecords {
  length: number;
  creditCode: string[];
  name: string[];
  county: (string | undefined)[];
  /** 乡镇/街道 and 园区, where the input has them (only reported, never scored). */
  town: Map<number, string>;
  park: Map<number, string>;
  industryCode: (string | undefined)[];
  /** 1 = above, 2 = below. */
  scale: Uint8Array;
  /** 0 = absent, 1 = false, 2 = true. */
  keyPolluter: Uint8Array;
  /** The figure columns the input has; a field without a column is absent in every record. */
  numbers: Partial<Record<NumericField, DecimalColumn>>;
  productionStartDate: Map<number, string>;
  constructionPeriodEnd: Map<number, string>;
  /** Records whose flags / violations lists are present (even empty), by index. */
  flags: Map<number, string[]>;
  violations: Map<number, string[]>;
}

/** 10^k for k = 0 … 22, all exact doubles. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Largest significant-digit count a {@link DecimalColumn} cell may hold (exact as a float64 integer). */
export const MAX_DIGITS = 15;

/**
 * An empty column of n absent cells, in shared memory where the platform has it: a worker thread
 * that scores pools is sent the columns without a copy (10⁶ firms: ≈ 90 MB not cloned, twice).
 */
export function decimalColumn(n: number): DecimalColumn {
  const memory = (bytes: number) => (typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return { mant: new Float64Array(memory(8 * n)), scale: new Int8Array(memory(n)).fill(-1) };
}

/**
 * Stores the plain decimal string `s` ("-12.5", "0.0035") in cell i; false when it has more than
 * {@link MAX_DIGITS} significant digits or more than 22 decimals (then see {@link storeDecimal}).
 */
export function setDecimal(col: DecimalColumn, i: number, s: string): boolean {
  let neg = false;
  let k = 0;
  if (s.charCodeAt(0) === 45) {
    neg = true;
    k = 1;
  }
  let m = 0;
  let digits = 0;
  let scale = -1;
  for (; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 46) {
      scale = 0;
      continue;
    }
    if (c < 48 || c > 57) return false;
    if (scale >= 0) scale++;
    if (digits > 0 || c !== 48) digits++;
    m = m * 10 + (c - 48);
  }
  if (scale < 0) scale = 0;
  if (digits > MAX_DIGITS || scale > 22) return false;
  col.mant[i] = neg ? -m : m;
  col.scale[i] = scale;
  return true;
}

/**
 * Stores the plain decimal string `s` in cell i whatever its width: as a scaled integer when it
 * fits ({@link setDecimal}), else as a wide cell (see {@link DecimalColumn.wide}).
 */
export function storeDecimal(col: DecimalColumn, i: number, s: string): void {
  if (setDecimal(col, i, s)) return;
  const x = new Dec(s);
  // A value too small for a float keeps its sign as the smallest one (float code then goes exact).
  const f = x.toNumber();
  col.mant[i] = f === 0 && !x.isZero() ? (x.isNeg() ? -Number.MIN_VALUE : Number.MIN_VALUE) : f;
  col.scale[i] = 0;
  (col.wide ??= new Map()).set(i, plain(x));
}

/** Cell i as a float (correctly rounded), NaN when absent. */
export function decimalValue(col: DecimalColumn, i: number): number {
  const s = col.scale[i] as number;
  return s < 0 ? NaN : (col.mant[i] as number) / (POW10[s] as number);
}

/** Cell i as a canonical plain decimal string (what decimal.js's toFixed() prints), undefined when absent. */
export function decimalText(col: DecimalColumn, i: number): string | undefined {
  const s = col.scale[i] as number;
  if (s < 0) return undefined;
  if (col.wide !== undefined) {
    const w = col.wide.get(i);
    if (w !== undefined) return w;
  }
  return scaledText(col.mant[i] as number, s);
}

/** Cell i as an exact decimal, null when absent. */
export function exactDecimal(col: DecimalColumn, i: number): Dec | null {
  const t = decimalText(col, i);
  return t === undefined ? null : new Dec(t);
}

/** Whether cell i is present and > 0 (exactly: a wide cell's float may have underflowed to 0). */
export function isPositive(col: DecimalColumn, i: number): boolean {
  if ((col.scale[i] as number) < 0) return false;
  const m = col.mant[i] as number;
  if (m !== 0 || col.wide === undefined) return m > 0;
  const w = col.wide.get(i);
  return w !== undefined && w !== '0' && !w.startsWith('-');
}

/** Whether cell i is wide (its float is not the decimal). */
export function isWide(col: DecimalColumn, i: number): boolean {
  return col.wide !== undefined && col.wide.has(i);
}

/** mant / 10^scale as a canonical plain decimal string: no trailing fraction zeros, never "-0". */
export function scaledText(mant: number, scale: number): string {
  if (mant === 0) return '0';
  const neg = mant < 0;
  let digits = String(Math.abs(mant));
  let sc = scale;
  while (sc > 0 && digits.length > 1 && digits.charCodeAt(digits.length - 1) === 48) {
    digits = digits.slice(0, -1);
    sc--;
  }
  let body: string;
  if (sc === 0) body = digits;
  else {
    if (digits.length <= sc) digits = '0'.repeat(sc - digits.length + 1) + digits;
    body = `${digits.slice(0, digits.length - sc)}.${digits.slice(digits.length - sc)}`;
  }
  return neg ? `-${body}` : body;
}

/** Records as columns: figures of any width (wide ones kept exactly, see {@link DecimalColumn.wide}). */
export function columnarFromRecords(records: readonly EnterpriseRecord[]): ColumnarRecords {
  const n = records.length;
  const cols: ColumnarRecords = {
    length: n,
    creditCode: [],
    name: [],
    county: [],
    town: new Map(),
    park: new Map(),
    industryCode: [],
    scale: new Uint8Array(n),
    keyPolluter: new Uint8Array(n),
    numbers: {},
    productionStartDate: new Map(),
    constructionPeriodEnd: new Map(),
    flags: new Map(),
    violations: new Map(),
  };
  for (let i = 0; i < n; i++) {
    const r = records[i] as EnterpriseRecord;
    cols.creditCode.push(r.creditCode);
    cols.name.push(r.name);
    cols.county.push(r.county);
    if (r.town !== undefined) cols.town.set(i, r.town);
    if (r.park !== undefined) cols.park.set(i, r.park);
    cols.industryCode.push(r.industryCode);
    cols.scale[i] = r.scale === 'above' ? 1 : 2;
    cols.keyPolluter[i] = r.keyPolluter === undefined ? 0 : r.keyPolluter ? 2 : 1;
    for (const [field, value] of Object.entries(r)) {
      if (typeof value !== 'string' || !NUMERIC.has(field)) continue;
      const col = (cols.numbers[field as NumericField] ??= decimalColumn(n));
      storeDecimal(col, i, value);
    }
    if (r.productionStartDate !== undefined) cols.productionStartDate.set(i, r.productionStartDate);
    if (r.constructionPeriodEnd !== undefined) cols.constructionPeriodEnd.set(i, r.constructionPeriodEnd);
    if (r.flags !== undefined) cols.flags.set(i, r.flags);
    if (r.violations !== undefined) cols.violations.set(i, r.violations);
  }
  return cols;
}

const NUMERIC = new Set<string>(NUMERIC_FIELDS);
