import { CellProblem, type Cell } from './cellProblem.js';
import { halfWidth } from './halfWidth.js';
import { presentText } from './missing.js';

const TRUE = new Set(['true', 't', 'yes', 'y', '是', '1', '√', '✓', '✔', '有']);
const FALSE = new Set(['false', 'f', 'no', 'n', '否', '0', '×', '✗', '✘', '无']);
const INVALID = new CellProblem('invalid-boolean');

/**
 * Reads a yes/no cell: true/false, 是/否, Y/N, yes/no, 1/0, √/×, 有/无 (any case). Blank and
 * dashes are missing (unknown). In a yes/no column 无 means "no", not "missing".
 */
export function parseBoolean(raw: string): Cell<boolean> {
  const s = halfWidth(raw).trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  // 无 was read as "no" above; the other missing-value tokens (blank, dashes, /) are unknown.
  if (presentText(s) === undefined) return undefined;
  return INVALID;
}
