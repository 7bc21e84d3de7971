import { NUMERIC_FIELDS } from '@mujun/core';
import { setDecimal } from '@mujun/core/engine';
import { messageFor } from '../errors/rowErrorOf.js';
import type { MappedColumn } from '../headers/mapHeaders.js';
import type { RowOutcome } from '../read/parseRow.js';
import { TEXT_FIELDS, type Part, type TextField } from './partTypes.js';

/**
 * Collects the outcomes of read/parseRow (the one per-row reader) into a {@link Part}: usable rows
 * into typed-array columns that grow as rows come, the others counted as blank, 合计 or rejected.
 * A figure of more than 15 significant digits (a column cell holds at most 15: see @mujun/core's
 * DecimalColumn) rejects its row with `too-many-digits`.
 */
export function partBuilder(columns: readonly MappedColumn[], source: string, initialRows = 1024) {
  let cap = Math.max(16, initialRows);
  const numericFields = NUMERIC_FIELDS.filter((f) => columns.some((c) => c.spec.field === f));
  const figureColumn = new Map(columns.filter((c) => c.spec.kind === 'decimal').map((c) => [c.spec.field, c]));
  let n = 0;
  let line = new Int32Array(cap);
  let scale = new Uint8Array(cap);
  let keyPolluter = new Uint8Array(cap);
  const codes: string[] = [];
  const names: string[] = [];
  const dicts = TEXT_FIELDS.map(() => new Map<string, number>());
  let textIds = TEXT_FIELDS.map(() => new Uint32Array(cap));
  const keyDict = new Map<string, number>();
  let keyIds = new Uint32Array(cap);
  let mants = numericFields.map(() => new Float64Array(cap));
  let scales = numericFields.map(() => new Int8Array(cap));
  const unknown = new Map<string, Part['unknownFlags'][number]>();
  const part: Part = {
    n: 0,
    line,
    codes: '',
    names: '',
    text: {} as Part['text'],
    rowKey: { ids: keyIds, table: [] },
    scale,
    keyPolluter,
    numbers: {},
    flags: [],
    violations: [],
    rejected: [],
    rejectedRows: 0,
    rejectedCodes: [],
    fieldErrors: [],
    summaryRows: [],
    unknownFlags: [],
    dataRows: 0,
    blankLines: 0,
  };
  const grow = () => {
    cap *= 2;
    const g = <T extends Int32Array | Uint8Array | Uint32Array | Float64Array | Int8Array>(a: T): T => {
      const c = new (a.constructor as new (n: number) => T)(cap);
      c.set(a);
      return c;
    };
    line = g(line);
    scale = g(scale);
    keyPolluter = g(keyPolluter);
    textIds = textIds.map(g);
    keyIds = g(keyIds);
    mants = mants.map(g);
    scales = scales.map(g);
  };
  const reject = (outcome: { errors: Part['rejected']; creditCode?: string; swallowedCodes?: string[] }) => {
    part.rejectedRows++;
    part.rejected.push(...outcome.errors);
    if (outcome.creditCode) part.rejectedCodes.push(outcome.creditCode);
    if (outcome.swallowedCodes) part.rejectedCodes.push(...outcome.swallowedCodes);
  };
  /** Records one row's outcome. */
  const take = (outcome: RowOutcome): void => {
    if (outcome.kind === 'blank') {
      part.blankLines++;
      return;
    }
    part.dataRows++;
    if (outcome.kind === 'summary') {
      part.summaryRows.push(outcome.summary);
      return;
    }
    if (outcome.kind === 'rejected') {
      reject(outcome);
      return;
    }
    const row = outcome.row;
    if (n === cap) grow();
    const v = row.values;
    for (let k = 0; k < numericFields.length; k++) {
      const s = v[numericFields[k]!];
      if (typeof s !== 'string') {
        scales[k]![n] = -1;
        continue;
      }
      if (setDecimal({ mant: mants[k]!, scale: scales[k]! }, n, s)) continue;
      const col = figureColumn.get(numericFields[k]!);
      const header = col?.header ?? '';
      reject({
        errors: [
          {
            source,
            row: row.row,
            column: header,
            field: numericFields[k]!,
            code: 'too-many-digits',
            message: messageFor('too-many-digits', header, s),
            value: s,
          },
        ],
        creditCode: row.creditCode,
      });
      return;
    }
    if (outcome.fieldErrors.length > 0) part.fieldErrors.push(...outcome.fieldErrors);
    line[n] = row.row;
    codes.push(row.creditCode);
    names.push(v['name'] as string);
    scale[n] = v['scale'] === 'above' ? 1 : v['scale'] === 'below' ? 2 : 0;
    const kp = v['keyPolluter'];
    keyPolluter[n] = kp === undefined ? 0 : kp === true ? 2 : 1;
    for (let t = 0; t < TEXT_FIELDS.length; t++) {
      const s = v[TEXT_FIELDS[t]!];
      if (typeof s !== 'string') continue;
      const d = dicts[t]!;
      let id = d.get(s);
      if (id === undefined) d.set(s, (id = d.size + 1));
      textIds[t]![n] = id;
    }
    const key = v['rowKey'];
    if (typeof key === 'string') {
      let id = keyDict.get(key);
      if (id === undefined) keyDict.set(key, (id = keyDict.size + 1));
      keyIds[n] = id;
    }
    if (row.flags) part.flags.push([n, row.flags]);
    if (row.violations) part.violations.push([n, row.violations]);
    n++;
  };
  /** For RowContext.onUnknownFlag: counted per column and name, first row kept. */
  const onUnknownFlag = (column: string, name: string, row: number) => {
    const key = `${column}\u0000${name}`;
    const seen = unknown.get(key);
    if (seen) seen.count++;
    else unknown.set(key, { column, name, count: 1, row });
  };
  const finish = (): Part => {
    // Views of what was written, not copies.
    part.n = n;
    part.line = line.subarray(0, n);
    part.scale = scale.subarray(0, n);
    part.keyPolluter = keyPolluter.subarray(0, n);
    part.codes = codes.join('\u0000');
    part.names = names.join('\u0000');
    TEXT_FIELDS.forEach((f: TextField, t) => {
      part.text[f] = { ids: textIds[t]!.subarray(0, n), table: [...dicts[t]!.keys()] };
    });
    part.rowKey = { ids: keyIds.subarray(0, n), table: [...keyDict.keys()] };
    numericFields.forEach((f, k) => {
      part.numbers[f] = { mant: mants[k]!.subarray(0, n), scale: scales[k]!.subarray(0, n) };
    });
    part.unknownFlags = [...unknown.values()];
    return part;
  };
  return { take, onUnknownFlag, finish };
}
