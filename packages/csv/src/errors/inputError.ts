import type { Bilingual } from '@mujun/core';

/** Why a whole input file could not be used (or an output file written). The CLI maps every one of these to exit code 1. */
export type InputErrorCode =
  | 'unreadable' // the file could not be opened or read
  | 'empty-file' // no bytes, or only a BOM and white space
  | 'no-data-rows' // a header but no data rows
  | 'undecodable' // neither UTF-8, UTF-16 (with BOM) nor GB18030/GBK
  | 'excel-workbook' // an .xlsx/.xls workbook, not a CSV export
  | 'malformed-csv' // quoting broken beyond repair (e.g. an unclosed quote)
  | 'missing-required-column' // credit_code or name is not among the headers
  | 'duplicate-column' // two columns say the same thing with equal standing
  | 'unknown-unit' // a header's unit in brackets is not one this column can take
  | 'duplicate-source' // the same source name was given twice
  | 'invalid-mapping' // the user's header-mapping file is not valid
  | 'cannot-write'; // an output file could not be opened or written

/**
 * An input file that cannot be used at all (as opposed to a {@link RowError}, which concerns one
 * row). `message` is one line, 中文 then English, and names the file.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Machine-readable reason. */
  readonly code: InputErrorCode;
  /** The source (file name as given) the error concerns. */
  readonly source: string;
  /** The column (header as written), when the error concerns one. */
  readonly column: string | undefined;
  /** The message in Chinese alone. */
  readonly zh: string;
  /** The message in English alone. */
  readonly en: string;

  constructor(code: InputErrorCode, source: string, text: Bilingual, column?: string) {
    super(`${text.zh} / ${text.en}`);
    this.code = code;
    this.source = source;
    this.column = column;
    this.zh = text.zh;
    this.en = text.en;
  }
}
