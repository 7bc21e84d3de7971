import type * as z from 'zod/mini';
import { isValidCreditCode } from '../creditCode/creditCode.js';
import { EnterpriseRecord, NUMERIC_FIELDS } from './record.js';
import { issueAt, type Validation, type ValidationIssue } from './validation.js';

/**
 * What {@link validateRecords} finds wrong with a record, one code per kind of problem:
 *
 * - `not-an-array` — the input is not an array of records;
 * - `not-an-object` — a record is not an object;
 * - `missing-field` — `creditCode`, `name` or `scale` is absent;
 * - `unknown-field` — a field the record schema does not know (a misspelt `taxwan` would otherwise
 *   be dropped and the firm scored as if it paid no tax);
 * - `invalid-credit-code` — not an 18-character 统一社会信用代码 with the right check character
 *   (GB 32100-2015), `null` included;
 * - `duplicate-credit-code` — the same code as an earlier record (merge the records first: one
 *   record per enterprise, as `@mujun/csv`'s `mergeSources` does);
 * - `invalid-value` — `scale` other than `above` / `below`;
 * - `number-not-string` — a figure given as a JS number (`100`, `NaN`, `Infinity`): figures are
 *   decimal strings, so every digit the bureau exported is kept and no binary float reaches a
 *   score; write `"100"`;
 * - `invalid-decimal` — a figure string that is not a plain decimal (`"abc"`, `"0x10"`, `"1e400"`,
 *   `" 12"`, `""`);
 * - `invalid-date` — a date that is not a real YYYY-MM-DD day;
 * - `invalid-type` — any other field of the wrong type (`keyPolluter: "yes"`, `flags: "high-tech"`).
 */
export type RecordIssueCode =
  | 'not-an-array'
  | 'not-an-object'
  | 'missing-field'
  | 'unknown-field'
  | 'invalid-credit-code'
  | 'duplicate-credit-code'
  | 'invalid-value'
  | 'number-not-string'
  | 'invalid-decimal'
  | 'invalid-date'
  | 'invalid-type';

/** A problem with one field of one record: `path` is `[index, field]` (`[index]` for the whole record). */
export interface RecordIssue extends ValidationIssue {
  readonly code: RecordIssueCode;
}

const FIELDS: Readonly<Record<string, z.ZodMiniType>> = EnterpriseRecord.shape;

/** What a field holds, read once from the record schema, so the check per value is a typeof. */
type FieldKind = 'text' | 'boolean' | 'texts' | 'other';
const KIND: Readonly<Record<string, FieldKind>> = Object.fromEntries(
  Object.entries(FIELDS).map(([field, schema]) => {
    const accepts = (probe: unknown) => schema.safeParse(probe).success;
    const kind: FieldKind = accepts('text') ? 'text' : accepts(true) ? 'boolean' : accepts(['text']) && !accepts([1]) ? 'texts' : 'other';
    return [field, kind];
  }),
);
const EXPECTED: Record<FieldKind, string> = {
  text: 'expected text',
  boolean: 'expected true or false',
  texts: 'expected a list of texts',
  other: 'not what the record schema accepts',
};
const NUMERIC = new Set<string>(NUMERIC_FIELDS);
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE_FIELDS = new Set(['productionStartDate', 'constructionPeriodEnd']);

/**
 * Check records from an untrusted source before {@link evaluate} (pure; no I/O). Returns zod's
 * shape: `{ success: true, data }` — `data` is the input array itself, now typed — or
 * `{ success: false, error: { issues } }` with every problem of every record, each with a
 * {@link RecordIssueCode}, the path `[index, field]` and a one-line 中文 / English message.
 *
 * `evaluate(records, scheme, { validate: true })` runs it and throws a `CoreError`
 * `invalid-records` listing the issues. Records from `@mujun/csv` are checked as they are read.
 *
 * @example
 * const checked = validateRecords(JSON.parse(text));
 * if (!checked.success) for (const i of checked.error.issues) console.error(i.code, i.path, i.message);
 * else evaluate(checked.data, getPreset());
 */
export function validateRecords(input: unknown): Validation<EnterpriseRecord[]> {
  if (!Array.isArray(input))
    return failure([issueAt('not-an-array', [], `应为企业记录数组 / expected an array of records, found ${kind(input)}`, '(records)')]);
  const issues: RecordIssue[] = [];
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < input.length; i++) {
    const record: unknown = input[i];
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      issues.push(issue('not-an-object', [i], `应为对象 / expected a record object, found ${kind(record)}`));
      continue;
    }
    const fields = record as Record<string, unknown>;
    checkKey(fields, i, issues, firstIndex);
    for (const field of Object.keys(fields)) checkField(field, fields[field], i, issues);
  }
  return issues.length > 0 ? failure(issues) : { success: true, data: input as EnterpriseRecord[], warnings: [] };
}

function checkKey(fields: Record<string, unknown>, i: number, issues: RecordIssue[], firstIndex: Map<string, number>): void {
  for (const field of ['creditCode', 'name', 'scale'])
    if (fields[field] === undefined) issues.push(issue('missing-field', [i, field], `缺少必填字段 / required field missing`));
  const code = fields['creditCode'];
  if (code === undefined) return;
  if (typeof code !== 'string' || !isValidCreditCode(code)) {
    issues.push(
      issue(
        'invalid-credit-code',
        [i, 'creditCode'],
        `不是有效的统一社会信用代码 / not a valid 18-character credit code (GB 32100-2015 check character): ${show(code)}`,
      ),
    );
    return;
  }
  const first = firstIndex.get(code);
  if (first === undefined) firstIndex.set(code, i);
  else
    issues.push(
      issue(
        'duplicate-credit-code',
        [i, 'creditCode'],
        `信用代码与第 ${first} 条重复 / the same credit code as record ${first}: ${code}; merge one record per enterprise`,
      ),
    );
}

function checkField(field: string, value: unknown, i: number, issues: RecordIssue[]): void {
  const at = [i, field] as const;
  const schema = FIELDS[field];
  if (schema === undefined) {
    issues.push(issue('unknown-field', at, `未知字段 / unknown field (see the EnterpriseRecord schema for the names)`));
    return;
  }
  if (value === undefined || field === 'creditCode') return;
  if (NUMERIC.has(field)) {
    if (typeof value === 'number')
      issues.push(
        issue(
          'number-not-string',
          at,
          `数值须写成十进制字符串 / a figure must be a decimal string such as "${Number.isFinite(value) ? String(value) : '123.45'}", found the number ${String(value)}`,
        ),
      );
    else if (typeof value !== 'string') issues.push(issue('invalid-type', at, `应为十进制字符串 / expected a decimal string, found ${kind(value)}`));
    else if (!PLAIN_DECIMAL.test(value)) issues.push(issue('invalid-decimal', at, `不是十进制数字 / not a plain decimal such as "123.45": ${show(value)}`));
  } else if (field === 'scale') {
    if (value !== 'above' && value !== 'below')
      issues.push(issue('invalid-value', at, `规模应为 above（规上）或 below（规下） / scale must be "above" or "below", found ${show(value)}`));
  } else if (DATE_FIELDS.has(field)) {
    if (typeof value !== 'string' || !isCalendarDate(value))
      issues.push(issue('invalid-date', at, `应为日期 YYYY-MM-DD / expected a date YYYY-MM-DD, found ${show(value)}`));
  } else if (!fits(KIND[field] ?? 'other', value, schema)) {
    // Every other field (text, lists of flags, true/false) as the record schema says it is.
    issues.push(issue('invalid-type', at, `类型不符 / ${EXPECTED[KIND[field] ?? 'other']}, found ${show(value)}`));
  }
}

function fits(kind: FieldKind, value: unknown, schema: z.ZodMiniType): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'texts':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    default:
      return schema.safeParse(value).success;
  }
}

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function issue(code: RecordIssueCode, path: readonly (string | number)[], what: string): RecordIssue {
  return issueAt(code, path, what) as RecordIssue;
}

function failure(issues: ValidationIssue[]): Validation<EnterpriseRecord[]> {
  return { success: false, error: { issues } };
}

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function show(value: unknown): string {
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : typeof value === 'number'
        ? String(value)
        : value === undefined
          ? 'undefined'
          : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
