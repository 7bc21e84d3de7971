import { InputError } from '../errors/inputError.js';
import type { HeaderMapping } from './headerMapping.js';
import { mapHeaders, type HeaderMap } from './mapHeaders.js';

/** Title lines above the header a reader skips at most (the tenth non-header line is an error). */
const MAX_PREAMBLE = 10;

/** A line that maps at least one known column is a header (with a required column missing), not a title. */
export function looksLikeHeader(source: string, cells: string[], mapping: HeaderMapping | undefined): boolean {
  try {
    return mapHeaders(source, [...cells, 'credit_code', 'name'], mapping).columns.length > 2;
  } catch {
    return true;
  }
}

/**
 * A file's first non-blank lines, one at a time, as both readers take them: the header's map, or
 * null for a title line to skip (it lacks a required column and maps no known one; at most
 * MAX_PREAMBLE − 1 of them, `titles` being those skipped so far). Throws mapHeaders' InputError otherwise.
 */
export function headerOrTitle(source: string, cells: string[], mapping: HeaderMapping | undefined, titles: number): HeaderMap | null {
  try {
    return mapHeaders(source, cells, mapping);
  } catch (e: unknown) {
    if (e instanceof InputError && e.code === 'missing-required-column' && titles < MAX_PREAMBLE - 1 && !looksLikeHeader(source, cells, mapping)) return null;
    throw e;
  }
}
