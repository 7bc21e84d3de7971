import type { Bilingual } from '@mujun/core';
import { messageFor } from '../errors/messages.js';
import type { RowError, RowErrorCode } from '../errors/rowError.js';
import type { MappedColumn } from '../headers/mapHeaders.js';
import { Dec, plainDecimal } from '../internal/decimal.js';
import { checkCreditCode } from '../uscc/creditCode.js';
import { isProblem, type Cell } from '../values/cellProblem.js';
import { presentText } from '../values/missing.js';
import { parseBoolean } from '../values/parseBoolean.js';
import { parseDate } from '../values/parseDate.js';
import { parseDecimal } from '../values/parseDecimal.js';
import { parseFlagList } from '../values/parseFlagList.js';
import { parseIndustryCode } from '../values/parseIndustryCode.js';
import { parseScale } from '../values/parseScale.js';
import { isSummaryCode, isSummaryName, type SummaryRow } from './summaryRow.js';
import { swallowedLines, type SwallowedLines } from './swallowedLines.js';

/** Flag id → true (has it) / false (explicitly has not). An empty object: "known to have none". */
export type FlagStates = Record<string, boolean>;

/** One usable data row of one source, its values read, converted and validated. */
export interface ParsedRow {
  /** Physical line number. */
  row: number;
  creditCode: string;
  /** Scalar record fields (name, county, scale, keyPolluter, figures, dates) → value. */
  values: Record<string, string | boolean>;
  flags?: FlagStates;
  violations?: FlagStates;
}

/** What became of one CSV record. */
export type RowOutcome =
  | { kind: 'blank' }
  | { kind: 'summary'; summary: SummaryRow }
  | { kind: 'row'; row: ParsedRow; fieldErrors: RowError[] }
  | {
      kind: 'rejected';
      errors: RowError[];
      creditCode?: string /** Further firms' codes in a record that swallowed their lines. */;
      swallowedCodes?: string[];
    };

/** How a source's rows are read. */
export interface RowContext {
  source: string;
  columns: MappedColumn[];
  headerLength: number;
  codeColumn: MappedColumn;
  nameColumn: MappedColumn;
  /** 'reject-row' (default): a bad cell rejects the row. 'drop-value': the cell is treated as missing and reported in fieldErrors. */
  badValues: 'reject-row' | 'drop-value';
  /** Called for each flag name not in the dictionary. */
  onUnknownFlag: (column: string, name: string, row: number) => void;
}

/** The column kinds whose cell is read from its text alone, to the same value wherever it stands. */
export type CellOnlyKind = 'text' | 'industry-code' | 'scale' | 'scale-flag' | 'boolean' | 'date';

/** A cell of one of the {@link CellOnlyKind}s read (fast/plainRow reads each distinct cell of a column with it once). */
export function cellValue(kind: CellOnlyKind, raw: string): Cell<string | boolean> {
  switch (kind) {
    case 'text':
      return presentText(raw);
    case 'industry-code':
      return parseIndustryCode(raw);
    case 'scale':
      return parseScale(raw);
    case 'scale-flag': {
      const b = parseBoolean(raw);
      return typeof b === 'boolean' ? (b ? 'above' : 'below') : b;
    }
    case 'boolean':
      return parseBoolean(raw);
    case 'date':
      return parseDate(raw);
  }
}

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** Reads one CSV record of a source (pure; the caller counts lines). */
export function parseRow(ctx: RowContext, cells: string[], line: number): RowOutcome {
  if (isBlank(cells)) return { kind: 'blank' };
  const { source } = ctx;
  const err = (col: MappedColumn | null, code: RowErrorCode, value: string, why?: Bilingual): RowError => ({
    source,
    row: line,
    column: col?.header ?? '',
    field: col?.spec.field ?? '',
    code,
    message: messageFor(code, col?.header ?? '', value, why),
    value,
  });

  const swallowed = swallowedLines(cells, line, ctx.codeColumn.index);
  if (swallowed) return swallowedRecord(swallowed, err);

  const codeRaw = cells[ctx.codeColumn.index] ?? '';
  const nameRaw = cells[ctx.nameColumn.index] ?? '';
  if (isSummaryCode(codeRaw)) {
    return { kind: 'summary', summary: { source, row: line, column: ctx.codeColumn.header, value: codeRaw, reason: 'summary-row' } };
  }
  const code = checkCreditCode(codeRaw);
  if (!code.ok && isSummaryName(nameRaw)) {
    return { kind: 'summary', summary: { source, row: line, column: ctx.nameColumn.header, value: nameRaw, reason: 'summary-row' } };
  }

  const identity: RowError[] = [];
  const errors: RowError[] = [];
  if (!code.ok) {
    identity.push(
      code.reason === 'missing' ? err(ctx.codeColumn, 'missing-credit-code', codeRaw) : err(ctx.codeColumn, 'invalid-credit-code', codeRaw, code.why),
    );
  }
  if (cells.length > ctx.headerLength) {
    let extra = 0;
    for (let i = ctx.headerLength; i < cells.length; i++) if (cells[i]!.trim() !== '') extra++;
    if (extra > 0) {
      identity.push(
        err(null, 'extra-cells', '', {
          zh: `多出 ${extra} 个，可能是某个单元格中的逗号未加引号`,
          en: `${extra} extra; perhaps a comma inside an unquoted cell`,
        }),
      );
    }
  }

  const values: Record<string, string | boolean> = {};
  let flags: FlagStates | undefined;
  let violations: FlagStates | undefined;
  for (const col of ctx.columns) {
    const raw = cells[col.index] ?? '';
    const spec = col.spec;
    let v: Cell<string | boolean>;
    switch (spec.kind) {
      case 'credit-code':
        continue;
      case 'name': {
        const name = raw.trim();
        if (presentText(name) === undefined) identity.push(err(col, 'missing-name', raw));
        else values.name = name;
        continue;
      }
      case 'text':
      case 'industry-code':
      case 'scale':
      case 'scale-flag':
      case 'boolean':
      case 'date':
        v = cellValue(spec.kind, raw);
        break;
      case 'decimal': {
        const d = parseDecimal(raw);
        if (typeof d === 'string') {
          if (!spec.negative && d.startsWith('-')) {
            errors.push(err(col, 'negative-value', raw));
            continue;
          }
          v = col.unit === null || col.unit.factor === '1' ? d : plainDecimal(new Dec(d).times(col.unit.factor));
        } else v = d;
        break;
      }
      case 'flag': {
        const b = parseBoolean(raw);
        if (typeof b === 'boolean') {
          const states = spec.field === 'flags' ? (flags ??= {}) : (violations ??= {});
          states[spec.flag!] = b;
          continue;
        }
        v = b;
        break;
      }
      case 'row-key': {
        // Several number columns (不动产权证号 and 宗地号) together name a row.
        const t = presentText(raw);
        if (t !== undefined) values.rowKey = typeof values.rowKey === 'string' ? `${values.rowKey}\u001f${t}` : t;
        continue;
      }
      case 'flag-list': {
        const list = parseFlagList(raw);
        if (list === undefined) continue;
        if (spec.field === 'flags') flags ??= {};
        else violations ??= {};
        for (const id of list.flags) (flags ??= {})[id] = true;
        for (const id of list.violations) (violations ??= {})[id] = true;
        for (const name of list.unknown) {
          ctx.onUnknownFlag(col.header, name, line);
          (spec.field === 'flags' ? (flags ??= {}) : (violations ??= {}))[name] = true;
        }
        continue;
      }
    }
    if (v === undefined) continue;
    if (isProblem(v)) errors.push(err(col, v.code, raw, v.why));
    else values[spec.field] = v;
  }

  if (identity.length > 0 || (errors.length > 0 && ctx.badValues === 'reject-row')) {
    return { kind: 'rejected', errors: [...identity, ...errors], ...(code.ok ? { creditCode: code.code } : {}) };
  }
  const row: ParsedRow = { row: line, creditCode: (code as { code: string }).code, values };
  if (flags) row.flags = flags;
  if (violations) row.violations = violations;
  return { kind: 'row', row, fieldErrors: errors };
}

/** The rejection of a record that swallowed several lines: its line range and the firms found in it. */
function swallowedRecord(s: SwallowedLines, err: (col: null, code: RowErrorCode, value: string, why?: Bilingual) => RowError): RowOutcome {
  const codes = s.creditCodes.length > 0 ? s.creditCodes : undefined;
  const why = codes
    ? { zh: `其中的统一社会信用代码：${codes.join('、')}`, en: `credit codes inside: ${codes.join(', ')}` }
    : { zh: '其中没有有效的统一社会信用代码', en: 'no valid credit code inside' };
  return {
    kind: 'rejected',
    errors: [err(null, 'swallowed-lines', `${s.firstLine}–${s.lastLine}`, why)],
    ...(codes ? { creditCode: codes[0] as string, swallowedCodes: codes.slice(1) } : {}),
  };
}
