import { rowErrorMessage } from './messages.js';
import type { Message, RowErrorCode } from './rowError.js';

/** The bilingual message for a row error in a column, with the cell's text. */
export function messageFor(code: RowErrorCode, column: string, value: string, why?: Message): Message {
  return rowErrorMessage(code, why ? { column, value, why } : { column, value });
}
