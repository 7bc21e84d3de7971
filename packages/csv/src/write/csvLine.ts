import { csvCell, type CellOptions } from './csvCell.js';

/**
 * csvCell for a whole line, faster: a number cell that is a plain decimal, a code or a text that
 * csvCell leaves as it is are returned as they are, without its regular expressions. Every other
 * cell goes through csvCell itself, so the bytes are the ordinary writer's. (Cells that repeat — a
 * group, a class, a detail — are made once by the writers that repeat them.)
 */
export class CsvLine {
  private readonly options: CellOptions[];

  constructor(kinds: readonly ('text' | 'number' | 'code')[], lang: 'zh' | 'en') {
    this.options = kinds.map((kind) => ({ kind, yes: lang === 'zh' ? '是' : 'yes', no: lang === 'zh' ? '否' : 'no' }));
  }

  cell(i: number, s: string): string {
    if (s === '') return '';
    const o = this.options[i] as CellOptions;
    if (o.kind === 'number' && isPlainDecimal(s)) return s;
    if (o.kind === 'code' ? isSafeCode(s) : o.kind === 'text' && isSafeText(s)) return s;
    return csvCell(s, o);
  }
}

/** /^-?\d+(\.\d+)?$/ without a regular expression. */
function isPlainDecimal(s: string): boolean {
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === start) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const frac = ++i;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i > frac && i === s.length;
}

/**
 * A code cell csvCell leaves as it is: letters and digits only, not all digits, and no E between
 * digits only (those Excel would read as a number) — so none of its rules applies.
 */
function isSafeCode(s: string): boolean {
  let letters = 0;
  let e = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c < 65 || c > 90) return false;
    letters++;
    if (c === 69) e++;
  }
  return letters > 0 && !(letters === 1 && e === 1);
}

/**
 * A text cell csvCell leaves as it is: no quote, comma or line break, not starting with a
 * formula character, and starting and ending with a character that is surely not whitespace
 * (printable ASCII other than space, or a CJK ideograph) — anything else goes through csvCell.
 */
function isSafeText(s: string): boolean {
  const first = s.charCodeAt(0);
  if (first === 61 || first === 43 || first === 45 || first === 64) return false;
  if (!solid(first) || !solid(s.charCodeAt(s.length - 1))) return false;
  // One pass (four indexOf calls cost more on names of a few characters); the ends are solid.
  for (let i = 1; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 44 || c === 10 || c === 13) return false;
  }
  return true;
}

function solid(c: number): boolean {
  return (c > 32 && c < 127) || (c >= 0x4e00 && c <= 0x9fff);
}
