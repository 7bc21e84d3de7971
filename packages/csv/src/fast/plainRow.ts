import { CREDIT_CODE_WEIGHTS } from '@mujun/core';
import type { MappedColumn } from '../headers/mapHeaders.js';
import { cellValue, type CellOnlyKind, type FlagStates } from '../read/parseRow.js';
import { isProblem, type Cell } from '../values/cellProblem.js';
import { presentText } from '../values/missing.js';
import { ByteMemo, UNREMEMBERED } from './byteMemo.js';
import { CODE_VALUE, writeCodeHalves } from './codeHalves.js';
import { powerOfTen, readFigure, type FigureCell } from './byteFigure.js';
import type { PartBuilder } from './partBuilder.js';
import { TEXT_FIELDS } from './partTypes.js';
import { lineBytes, sureLine } from './sureLine.js';

const CHECK = CREDIT_CODE_WEIGHTS.slice(0, 17);

enum Op {
  Name,
  Figure,
  Cell,
  RowKey,
  FlagList,
}

/** How one mapped column's cell is read from bytes. */
interface Step {
  op: Op;
  index: number;
  /** Figure: the field's index in the builder's figure columns (−1: validated, not kept), and the unit's power of ten (null: not sure). */
  k: number;
  shift: number | null;
  /** Cell: the memo of the column's distinct cells, and where the value goes. */
  memo: ByteMemo<Cell<string | boolean>> | null;
  field: string;
  /** Cell: the text field's index (TEXT_FIELDS), −1 for another field. */
  t: number;
  flag: string | null;
}

/**
 * The per-row reader (read/parseRow) for the lines that are sure, straight from the bytes into a
 * part's columns: a line with no quote, white space or odd control byte (fast/sureLine), a valid
 * credit code as written, and every other cell one whose reading is sure — a figure that is a plain
 * decimal of at most 15 digits (fast/byteFigure), a name that is not a missing-value token, a
 * cell of a county, scale, yes/no, industry code or date column read by parseRow's own
 * `cellValue` once per distinct cell (fast/byteMemo). Such a line gives exactly the row parseRow
 * gives. Any other line is not taken — {@link PlainRows.take} returns false — and the caller hands
 * it to csv-parse and parseRow; plainRow.test.ts checks the two against each other.
 */
export class PlainRows {
  private readonly steps: Step[];
  private readonly codeIndex: number;
  private readonly delimiter: number;
  private readonly headerLength: number;
  /** Cell bounds of the current line: start, end of cell c at 2c, 2c + 1. */
  private readonly bounds: Int32Array;
  /** The memo entry each Cell step found for the current line. */
  private readonly entries: Int32Array;
  private readonly figure: FigureCell = { mant: 0, scale: 0 };

  constructor(
    columns: readonly MappedColumn[],
    headerLength: number,
    delimiter: string,
    private readonly builder: PartBuilder,
  ) {
    this.headerLength = headerLength;
    this.delimiter = delimiter.charCodeAt(0);
    this.codeIndex = columns.find((c) => c.spec.kind === 'credit-code')!.index;
    this.steps = columns.filter((c) => c.spec.kind !== 'credit-code').map((c) => step(c, builder));
    this.bounds = new Int32Array(2 * (headerLength + 64));
    this.entries = new Int32Array(this.steps.length);
  }

  /** Reads the line [start, lineEnd) (lineEnd: its line feed, or the end of the part) as row `line` of the part; false when it is not sure. */
  take(b: Buffer, start: number, lineEnd: number, line: number): boolean {
    const end = lineBytes(b, start, lineEnd);
    if (end < 0) return false;
    const bounds = this.bounds;
    const cells = sureLine(b, start, end, this.delimiter, bounds);
    if (cells < 0) return false;
    // Cells past the header must be empty (a trailing delimiter), as parseRow's extra-cells rule says.
    for (let c = this.headerLength; c < cells; c++) if (bounds[2 * c] !== bounds[2 * c + 1]) return false;
    const ci = this.codeIndex;
    if (ci >= cells || !validCode(b, bounds[2 * ci]!, bounds[2 * ci + 1]!)) return false;
    if (!this.check(b, cells)) return false;
    this.write(b, cells, line);
    return true;
  }

  /** Every cell is sure: figures into row n of the columns (scratch until committed), other cells found in their memos. */
  private check(b: Buffer, cells: number): boolean {
    const { steps, bounds, entries, builder, figure } = this;
    const n = builder.n;
    builder.reserve();
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s]!;
      const i = step.index;
      const start = i < cells ? bounds[2 * i]! : 0;
      const end = i < cells ? bounds[2 * i + 1]! : 0;
      switch (step.op) {
        case Op.Name:
          // Missing-value tokens are at most 6 bytes (——): a short name is read as parseRow reads it.
          if (end - start <= 6 && presentText(b.toString('utf8', start, end)) === undefined) return false;
          break;
        case Op.Figure: {
          if (start === end) {
            if (step.k >= 0) {
              builder.mants[step.k]![n] = 0;
              builder.scales[step.k]![n] = -1;
            }
            break;
          }
          if (step.shift === null || !readFigure(b, start, end, step.shift, figure)) return false;
          if (step.k >= 0) {
            builder.mants[step.k]![n] = figure.mant;
            builder.scales[step.k]![n] = figure.scale;
          }
          break;
        }
        case Op.Cell: {
          const memo = step.memo!;
          const e = memo.find(b, start, end);
          if (isProblem(e === UNREMEMBERED ? memo.last : memo.values[e])) return false;
          entries[s] = e;
          break;
        }
        case Op.RowKey:
          break;
        case Op.FlagList:
          // An empty list cell says nothing; any other goes to parseRow (it may name unknown flags).
          if (start !== end) return false;
          break;
      }
    }
    return true;
  }

  /** Row n: code, name, the cells found by {@link check}, committed. */
  private write(b: Buffer, cells: number, line: number): void {
    const { steps, bounds, entries, builder } = this;
    const n = builder.n;
    const ci = this.codeIndex;
    builder.line[n] = line;
    builder.codes.pushBytes(b, bounds[2 * ci]!, bounds[2 * ci + 1]!);
    writeCodeHalves(b, bounds[2 * ci]!, builder.codeHalves, n);
    let scale = 0;
    let keyPolluter = 0;
    let rowKey: string | undefined;
    let flags: FlagStates | undefined;
    let violations: FlagStates | undefined;
    for (const t of builder.textFields) builder.textIds[t]![n] = 0;
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s]!;
      const i = step.index;
      const start = i < cells ? bounds[2 * i]! : 0;
      const end = i < cells ? bounds[2 * i + 1]! : 0;
      if (step.op === Op.Name) builder.names.pushBytes(b, start, end);
      else if (step.op === Op.RowKey) {
        // Several number columns (不动产权证号 and 宗地号) together name a row, as in parseRow.
        const key = start === end ? undefined : presentText(b.toString('utf8', start, end));
        if (key !== undefined) rowKey = rowKey === undefined ? key : `${rowKey}\u001f${key}`;
      } else if (step.op === Op.Cell) {
        const memo = step.memo!;
        const e = entries[s]!;
        const v = (e === UNREMEMBERED ? memo.last : memo.values[e]) as string | boolean | undefined;
        if (v === undefined) continue;
        if (step.flag !== null) {
          const states = step.field === 'flags' ? (flags ??= {}) : (violations ??= {});
          states[step.flag] = v as boolean;
        } else if (step.t >= 0) {
          builder.textIds[step.t]![n] =
            e === UNREMEMBERED ? builder.textId(step.t, v as string) : memo.ids[e] || (memo.ids[e] = builder.textId(step.t, v as string));
        } else if (step.field === 'scale') scale = v === 'above' ? 1 : v === 'below' ? 2 : 0;
        else if (step.field === 'keyPolluter') keyPolluter = v === true ? 2 : 1;
      }
    }
    builder.scale[n] = scale;
    builder.keyPolluter[n] = keyPolluter;
    builder.keyIds[n] = rowKey === undefined ? 0 : builder.keyId(rowKey);
    builder.commit(flags, violations);
  }
}

function step(c: MappedColumn, builder: PartBuilder): Step {
  const base: Step = { op: Op.Cell, index: c.index, k: -1, shift: null, memo: null, field: c.spec.field, t: -1, flag: null };
  switch (c.spec.kind) {
    case 'name':
      return { ...base, op: Op.Name };
    case 'decimal':
      return {
        ...base,
        op: Op.Figure,
        k: builder.numericFields.indexOf(c.spec.field as never),
        shift: c.unit === null ? 0 : powerOfTen(c.unit.factor),
      };
    case 'row-key':
      return { ...base, op: Op.RowKey };
    case 'flag-list':
      return { ...base, op: Op.FlagList };
    case 'flag':
      return { ...base, memo: new ByteMemo((raw) => cellValue('boolean', raw)), flag: c.spec.flag! };
    default: {
      const kind = c.spec.kind as CellOnlyKind;
      return { ...base, memo: new ByteMemo((raw) => cellValue(kind, raw)), t: (TEXT_FIELDS as readonly string[]).indexOf(c.spec.field) };
    }
  }
}

/** Whether bytes [start, end) are a valid credit code as written: 18 characters of its alphabet, the check character right. */
function validCode(b: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CODE_VALUE[b[start + i]!]!;
    if (v < 0) return false;
    sum += v * CHECK[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CODE_VALUE[b[start + 17]!] === check;
}
