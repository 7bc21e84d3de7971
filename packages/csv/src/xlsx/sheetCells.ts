import { excelDate } from './excelDate.js';
import { numberText } from './numberText.js';
import { walkXml } from './xmlWalk.js';

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A worksheet's cells as text: `rows[r][c]` (0-based; missing rows and cells are absent), and its merged ranges. */
export interface SheetCells {
  rows: string[][];
  merges: MergedRange[];
}

/** What a cell's text is made from: the workbook's shared strings, date styles and date system. */
export interface CellLookups {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** `AB12` → { row: 11, col: 27 }. */
function cellPosition(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function mergedRange(ref: string): MergedRange | null {
  const [a, b] = ref.split(':');
  const from = a ? cellPosition(a) : null;
  const to = b ? cellPosition(b) : from;
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

/**
 * Reads a worksheet part into cell texts, the way a CSV export of it would read: strings as
 * written (trimmed, like the CSV reader's cells), numbers as exact decimal text
 * ({@link numberText}), numbers in a date format as `YYYY-MM-DD`, booleans as TRUE/FALSE, errors
 * as shown (#N/A). A formula cell gives its cached result.
 */
export function readSheetCells(xml: string, lookups: CellLookups): SheetCells {
  const rows: string[][] = [];
  const merges: MergedRange[] = [];
  let rowIndex = -1;
  let colIndex = -1;
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let inline: string | null = null;
  let inValue = false;
  let inInlineText = false;
  let inPhonetic = 0;

  const cellText = (): string => {
    if (type === 'inlineStr') return inline ?? '';
    if (value === null) return '';
    switch (type) {
      case 's':
        return lookups.sharedStrings[Number(value)] ?? '';
      case 'str':
      case 'e':
        return value;
      case 'b':
        return value.trim() === '1' ? 'TRUE' : 'FALSE';
      case 'd':
        return value.trim().slice(0, 10);
      default:
        if (lookups.dateStyles[style] === true) return excelDate(value, lookups.date1904) ?? value;
        return numberText(value);
    }
  };

  walkXml(xml, {
    open(name, a) {
      switch (name) {
        case 'row': {
          const r = Number(a['r']);
          rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
          colIndex = -1;
          return;
        }
        case 'c': {
          const at = a['r'] ? cellPosition(a['r']) : null;
          colIndex = at ? at.col : colIndex + 1;
          if (at) rowIndex = at.row;
          type = a['t'] ?? 'n';
          style = Number(a['s'] ?? '0');
          value = null;
          inline = null;
          return;
        }
        case 'v':
          inValue = true;
          value = '';
          return;
        case 'is':
          inline = '';
          return;
        case 'rPh':
          inPhonetic++;
          return;
        case 't':
          if (inline !== null) inInlineText = true;
          return;
        case 'mergeCell': {
          const range = a['ref'] ? mergedRange(a['ref']) : null;
          if (range) merges.push(range);
        }
      }
    },
    text(t) {
      if (inValue) value += t;
      else if (inInlineText && inPhonetic === 0) inline += t;
    },
    close(name) {
      switch (name) {
        case 'v':
          inValue = false;
          return;
        case 't':
          inInlineText = false;
          return;
        case 'rPh':
          inPhonetic--;
          return;
        case 'c': {
          const text = cellText().trim();
          if (text !== '') (rows[rowIndex] ??= [])[colIndex] = text;
        }
      }
    },
  });
  return { rows, merges };
}
