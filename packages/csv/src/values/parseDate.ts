import { CellProblem, type Cell } from './cellProblem.js';
import { presentText } from './missing.js';

const FORMS = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, // 2020-01-05, 2020/1/5, 2020.1.5
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/, // 2020年1月5日
  /^(\d{4})(\d{2})(\d{2})$/, // 20200105
];
const TIME = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const INVALID = new CellProblem('invalid-date');

/**
 * Reads a date as Excel/WPS export it (2020-01-05, 2020/1/5, 2020.1.5, 2020年1月5日, 20200105, with
 * or without a midnight time such as `2020/1/5 0:00`) into `YYYY-MM-DD`. A day that does not
 * exist (2023-02-29) is a problem.
 */
export function parseDate(raw: string): Cell<string> {
  const s0 = presentText(raw);
  if (s0 === undefined) return undefined;
  const s = s0.replace(TIME, '');
  for (const form of FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (y < 1900 || t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return INVALID;
    return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return INVALID;
}
