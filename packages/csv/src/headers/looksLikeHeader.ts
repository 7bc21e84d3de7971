import type { HeaderMapping } from './headerMapping.js';
import { mapHeaders } from './mapHeaders.js';

/** Title lines above the header a reader skips at most (the tenth non-header line is an error). */
export const MAX_PREAMBLE = 10;

/** A line that maps at least one known column is a header (with a required column missing), not a title. */
export function looksLikeHeader(source: string, cells: string[], mapping: HeaderMapping | undefined): boolean {
  try {
    return mapHeaders(source, [...cells, 'credit_code', 'name'], mapping).columns.length > 2;
  } catch {
    return true;
  }
}
