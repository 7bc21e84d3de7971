/**
 * The cell styles of a workbook (xl/styles.xml): each distinct look — number format, bold, size,
 * fill, wrapped — gets one index, in the order first asked for, so the same workbook always gets
 * the same file.
 */
import { xmlText } from './xmlText.js';

/** How a cell looks. */
export interface CellStyle {
  /** A number format code (`@`, `0.00`, `#,##0.00` …); General when absent. */
  numFmt?: string | undefined;
  bold?: boolean | undefined;
  /** Font size in points (default 11). */
  size?: number | undefined;
  /** A solid fill, ARGB (`FFD9E1F2`). */
  fill?: string | undefined;
  /** Vertically centred and wrapped (header rows). */
  wrap?: boolean | undefined;
}

/** The first id of a custom number format (ids below are Excel's built-in ones). */
const FIRST_CUSTOM_FORMAT = 164;

/** The styles a workbook uses, by index. */
export class CellStyles {
  private readonly styles: CellStyle[] = [{}];
  private readonly byKey = new Map<string, number>([['{}', 0]]);

  /** The index of `style` (0: the default look). */
  index(style: CellStyle): number {
    const key = JSON.stringify({ n: style.numFmt, b: style.bold === true, s: style.size, f: style.fill, w: style.wrap === true });
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.styles.length;
      this.styles.push(style);
      this.byKey.set(key, i);
    }
    return i;
  }

  /** xl/styles.xml. */
  xml(): string {
    const formats = unique(this.styles.flatMap((s) => (s.numFmt === undefined || s.numFmt === 'General' ? [] : [s.numFmt])));
    const fonts = unique(this.styles.map((s) => fontXml(s)));
    const fills = unique(this.styles.flatMap((s) => (s.fill === undefined ? [] : [s.fill])));
    const xfs = this.styles.map((s) => {
      const numFmtId = s.numFmt === undefined || s.numFmt === 'General' ? 0 : FIRST_CUSTOM_FORMAT + formats.indexOf(s.numFmt);
      const fontId = fonts.indexOf(fontXml(s));
      // Fills 0 and 1 are the two every workbook has (none, gray125).
      const fillId = s.fill === undefined ? 0 : 2 + fills.indexOf(s.fill);
      const apply = `${numFmtId > 0 ? ' applyNumberFormat="1"' : ''}${fontId > 0 ? ' applyFont="1"' : ''}${fillId > 0 ? ' applyFill="1"' : ''}`;
      const alignment = s.wrap === true ? '<alignment vertical="center" wrapText="1"/>' : '';
      return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${apply}${alignment ? ' applyAlignment="1">' : '/>'}${alignment ? `${alignment}</xf>` : ''}`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0
        ? `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${xmlText(f)}"/>`).join('')}</numFmts>`
        : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length + 2}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      fills.map((argb) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`).join('') +
      '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

function fontXml(s: CellStyle): string {
  return `<font>${s.bold === true ? '<b/>' : ''}<sz val="${s.size ?? 11}"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
}

/** The distinct items in the order first seen (the default font first: style 0 has it). */
function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
