import { NUMERIC_FIELDS, type NumericField } from '@mujun/core';
import { setDecimal } from '@mujun/core/engine';
import { messageFor } from '../errors/messages.js';
import type { MappedColumn } from '../headers/mapHeaders.js';
import type { FlagStates, RowOutcome } from '../read/parseRow.js';
import { ByteList } from './byteList.js';
import { writeCodeHalves } from './codeHalves.js';
import { JoinedText } from './joinedText.js';
import { TEXT_FIELDS, type Part, type UnknownFlag } from './partTypes.js';

type Grown = Int32Array | Uint8Array | Uint32Array | Float64Array | Int8Array;

function grown<T extends Grown>(a: T, cap: number): T {
  const c = new (a.constructor as new (n: number) => T)(cap);
  c.set(a);
  return c;
}

/**
 * A part of a source as it is read: usable rows into typed-array columns that grow as rows come,
 * the others counted as blank, 合计 or rejected. Rows come either as the outcomes of read/parseRow
 * ({@link take}) or, for plain lines, straight from the bytes (fast/plainRow writes row {@link n}'s
 * cells and calls {@link commit}). A figure of more than 15 significant digits (a column cell holds
 * at most 15: see @mujun/core's DecimalColumn) rejects its row with `too-many-digits`.
 */
export class PartBuilder {
  /** Usable rows so far; the next row is written at this index. */
  n = 0;
  private cap: number;
  /** The figure fields the source has, in @mujun/core's order; `mants[k]`, `scales[k]` hold field k. */
  readonly numericFields: NumericField[];
  line: Int32Array;
  scale: Uint8Array;
  keyPolluter: Uint8Array;
  readonly codes: ByteList;
  /** Each row's credit code as two numbers (fast/codeHalves), at 2n and 2n + 1. */
  codeHalves: Float64Array;
  readonly names: ByteList;
  /** Per text field (TEXT_FIELDS order): value → id (1-based), and each row's id (0: absent; an empty array for a field the source has no column of). */
  readonly dicts = TEXT_FIELDS.map(() => new Map<string, number>());
  textIds: Uint32Array[];
  /** The text fields the source has (indices into TEXT_FIELDS). */
  readonly textFields: number[];
  readonly keyDict = new Map<string, number>();
  keyIds: Uint32Array;
  mants: Float64Array[];
  scales: Int8Array[];
  private readonly figureColumn: Map<string, MappedColumn>;
  private readonly unknown = new Map<string, UnknownFlag>();
  /** What becomes of the rows that are not usable, and the counts, as they come. */
  readonly part: Omit<Part, 'n' | 'line' | 'codes' | 'codeHalves' | 'names' | 'text' | 'rowKey' | 'scale' | 'keyPolluter' | 'numbers' | 'unknownFlags'>;

  constructor(
    columns: readonly MappedColumn[],
    private readonly source: string,
    initialRows = 1024,
  ) {
    this.cap = Math.max(16, initialRows);
    const cap = this.cap;
    // A code is 18 bytes; a name is most often 4–12 Chinese characters (3 bytes each).
    this.codes = new ByteList(19 * cap);
    this.codeHalves = new Float64Array(2 * cap);
    this.names = new ByteList(30 * cap);
    this.numericFields = NUMERIC_FIELDS.filter((f) => columns.some((c) => c.spec.field === f));
    this.figureColumn = new Map(columns.filter((c) => c.spec.kind === 'decimal').map((c) => [c.spec.field, c]));
    this.line = new Int32Array(cap);
    this.scale = new Uint8Array(cap);
    this.keyPolluter = new Uint8Array(cap);
    this.textFields = TEXT_FIELDS.flatMap((f, t) => (columns.some((c) => c.spec.field === f) ? [t] : []));
    this.textIds = TEXT_FIELDS.map((_, t) => new Uint32Array(this.textFields.includes(t) ? cap : 0));
    this.keyIds = new Uint32Array(cap);
    this.mants = this.numericFields.map(() => new Float64Array(cap));
    this.scales = this.numericFields.map(() => new Int8Array(cap));
    this.part = {
      flags: [],
      violations: [],
      rejected: [],
      rejectedRows: 0,
      rejectedCodes: [],
      fieldErrors: [],
      summaryRows: [],
      dataRows: 0,
      blankLines: 0,
    };
  }

  /** Makes room for row {@link n}. */
  reserve(): void {
    if (this.n < this.cap) return;
    const cap = (this.cap *= 2);
    this.line = grown(this.line, cap);
    this.codeHalves = grown(this.codeHalves, 2 * cap);
    this.scale = grown(this.scale, cap);
    this.keyPolluter = grown(this.keyPolluter, cap);
    this.textIds = this.textIds.map((a) => (a.length === 0 ? a : grown(a, cap)));
    this.keyIds = grown(this.keyIds, cap);
    this.mants = this.mants.map((a) => grown(a, cap));
    this.scales = this.scales.map((a) => grown(a, cap));
  }

  /** The id of a text value in field t's dictionary (added when new). */
  textId(t: number, value: string): number {
    const d = this.dicts[t]!;
    let id = d.get(value);
    if (id === undefined) d.set(value, (id = d.size + 1));
    return id;
  }

  /** The id of a row key (meter or parcel number). */
  keyId(key: string): number {
    let id = this.keyDict.get(key);
    if (id === undefined) this.keyDict.set(key, (id = this.keyDict.size + 1));
    return id;
  }

  /** Row {@link n}, written by the caller (columns, code and name), counted as a usable data row. */
  commit(flags: FlagStates | undefined, violations: FlagStates | undefined): void {
    if (flags) this.part.flags.push([this.n, flags]);
    if (violations) this.part.violations.push([this.n, violations]);
    this.part.dataRows++;
    this.n++;
  }

  /** Records one row's outcome from read/parseRow. */
  take(outcome: RowOutcome): void {
    const part = this.part;
    if (outcome.kind === 'blank') {
      part.blankLines++;
      return;
    }
    if (outcome.kind === 'summary') {
      part.dataRows++;
      part.summaryRows.push(outcome.summary);
      return;
    }
    if (outcome.kind === 'rejected') {
      part.dataRows++;
      this.reject(outcome);
      return;
    }
    const row = outcome.row;
    this.reserve();
    const n = this.n;
    const v = row.values;
    for (let k = 0; k < this.numericFields.length; k++) {
      const field = this.numericFields[k]!;
      const s = v[field];
      if (typeof s !== 'string') {
        // Row n may hold what an unsure line left there (fast/plainRow): an absent cell is (0, −1) whatever came before.
        this.mants[k]![n] = 0;
        this.scales[k]![n] = -1;
        continue;
      }
      if (setDecimal({ mant: this.mants[k]!, scale: this.scales[k]! }, n, s)) continue;
      const header = this.figureColumn.get(field)?.header ?? '';
      part.dataRows++;
      this.reject({
        errors: [
          { source: this.source, row: row.row, column: header, field, code: 'too-many-digits', message: messageFor('too-many-digits', header, s), value: s },
        ],
        creditCode: row.creditCode,
      });
      return;
    }
    if (outcome.fieldErrors.length > 0) part.fieldErrors.push(...outcome.fieldErrors);
    this.line[n] = row.row;
    this.codes.pushString(row.creditCode);
    writeCodeHalves(row.creditCode, 0, this.codeHalves, n);
    this.names.pushString(v['name'] as string);
    this.scale[n] = v['scale'] === 'above' ? 1 : v['scale'] === 'below' ? 2 : 0;
    const kp = v['keyPolluter'];
    this.keyPolluter[n] = kp === undefined ? 0 : kp === true ? 2 : 1;
    for (const t of this.textFields) {
      const s = v[TEXT_FIELDS[t]!];
      this.textIds[t]![n] = typeof s === 'string' ? this.textId(t, s) : 0;
    }
    const key = v['rowKey'];
    this.keyIds[n] = typeof key === 'string' ? this.keyId(key) : 0;
    this.commit(row.flags, row.violations);
  }

  private reject(outcome: { errors: Part['rejected']; creditCode?: string; swallowedCodes?: string[] }): void {
    const part = this.part;
    part.rejectedRows++;
    part.rejected.push(...outcome.errors);
    if (outcome.creditCode) part.rejectedCodes.push(outcome.creditCode);
    if (outcome.swallowedCodes) part.rejectedCodes.push(...outcome.swallowedCodes);
  }

  /** For RowContext.onUnknownFlag: counted per column and name, first row kept. */
  readonly onUnknownFlag = (column: string, name: string, row: number): void => {
    const key = `${column}\u0000${name}`;
    const seen = this.unknown.get(key);
    if (seen) seen.count++;
    else this.unknown.set(key, { column, name, count: 1, row });
  };

  /** The part: views of what was written, not copies. */
  finish(): Part {
    const n = this.n;
    const coded = (ids: Uint32Array, dict: Map<string, number>) => ({ ids: ids.subarray(0, n), table: [...dict.keys()] });
    return {
      ...this.part,
      n,
      line: this.line.subarray(0, n),
      codes: JoinedText.of(this.codes.joined(), n),
      codeHalves: this.codeHalves.subarray(0, 2 * n),
      names: JoinedText.of(this.names.joined(), n),
      text: Object.fromEntries(TEXT_FIELDS.map((f, t) => [f, coded(this.textIds[t]!, this.dicts[t]!)])) as Part['text'],
      rowKey: coded(this.keyIds, this.keyDict),
      scale: this.scale.subarray(0, n),
      keyPolluter: this.keyPolluter.subarray(0, n),
      numbers: Object.fromEntries(this.numericFields.map((f, k) => [f, { mant: this.mants[k]!.subarray(0, n), scale: this.scales[k]!.subarray(0, n) }])),
      unknownFlags: [...this.unknown.values()],
    };
  }
}
