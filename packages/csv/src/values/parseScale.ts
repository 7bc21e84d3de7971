import { CellProblem, type Cell } from './cellProblem.js';
import { presentText } from './missing.js';

const ABOVE = new Set(['above', 'above-scale', '规上', '规模以上', '规上企业', '规上工业', '规模以上工业', '规模以上企业']);
const BELOW = new Set(['below', 'below-scale', '规下', '规模以下', '规下企业', '规下工业', '规模以下工业', '规模以下企业']);
const INVALID = new CellProblem('invalid-scale');

/** Reads 规模: above/below, 规上/规下, 规模以上/规模以下 (with 企业/工业 suffixes), any case. */
export function parseScale(raw: string): Cell<'above' | 'below'> {
  const s = presentText(raw);
  if (s === undefined) return undefined;
  const k = s.replace(/\s+/g, '').toLowerCase();
  if (ABOVE.has(k)) return 'above';
  if (BELOW.has(k)) return 'below';
  return INVALID;
}
