import { rowErrorMessage } from './messages.js';
import type { Bilingual } from '@mujun/core';
import type { RowErrorCode } from './rowError.js';

/** The bilingual message for a row error in a column, with the cell's text. */
export function messageFor(code: RowErrorCode, column: string, value: string, why?: Bilingual): Bilingual {
  return rowErrorMessage(code, why ? { column, value, why } : { column, value });
}
