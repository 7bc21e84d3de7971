import { CellProblem, type Cell } from './cellProblem.js';
import { presentText } from './missing.js';

const CODE = /^([A-Ta-t]?\d{2,4})(?:\s*[^\x00-\x7f].*)?$/;
const INVALID = new CellProblem('invalid-industry-code');

/**
 * Reads a GB/T 4754 国民经济行业代码: an optional section letter and 2–4 digits (`C3311`,
 * `3311`), upper-cased. A name after the code (`C3311 金属结构制造`) is dropped.
 */
export function parseIndustryCode(raw: string): Cell<string> {
  const s = presentText(raw);
  if (s === undefined) return undefined;
  const m = CODE.exec(s);
  return m ? m[1]!.toUpperCase() : INVALID;
}
