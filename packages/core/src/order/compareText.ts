/**
 * Orders two texts by UTF-16 code units, as `Array.prototype.sort` does by default: the same order on
 * every machine and locale (`localeCompare` would differ), so whatever is listed in this order (pools,
 * credit codes, file names) does not depend on where or in which order the input came.
 */
export function compareText(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
