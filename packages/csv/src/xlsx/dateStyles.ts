import { walkXml } from './xmlWalk.js';

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the East Asian ids 27–36 and 50–58). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** True when a custom format code shows a date or time: y, m, d, h or s outside quotes, escapes and [brackets]. */
function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  // A format with sections: the first one (positive numbers) decides.
  const first = bare.split(';')[0] ?? '';
  return /[ymdhs]/i.test(first) && !/^general$/i.test(first.trim());
}

/**
 * From the styles part: for each cell style index (a cell's `s`), whether its number format
 * shows a date. A number in such a cell is a date serial.
 */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  walkXml(xml, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a['numFmtId']), a['formatCode'] ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a['numFmtId'] ?? '0');
        const code = custom.get(id);
        out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return out;
}
