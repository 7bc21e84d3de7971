/**
 * An .xlsx workbook written with plain XML and fflate (no exceljs): sheets written one after the
 * other, row by row, deflated into the zip as they are made, so a big results sheet is never one
 * string. The bytes depend on nothing but the content (every entry dated 1980-01-01), so the CLI
 * and the web page give the same file.
 */
import { Zip, ZipDeflate } from 'fflate';
import { CellStyles, type CellStyle } from './cellStyles.js';
import { columnLetters, xmlText } from './xmlText.js';

/** One cell: text, a number (its exact decimal text), or nothing. */
export type Cell = { text: string; style?: number | undefined } | { number: string; style?: number | undefined } | null;

/** How a sheet is laid out. */
export interface SheetLayout {
  /** Columns frozen at the left, rows frozen at the top. */
  frozenColumns: number;
  frozenRows: number;
  /** Each column's width (characters) and the index of its default style. */
  columns: readonly { width: number; style?: number | undefined }[];
  /** Filters on the header row (the first row) over every column. */
  autoFilter?: boolean;
}

/** A sheet being written: rows in order, then `end`. */
export interface Sheet {
  row(cells: readonly Cell[]): void;
  end(): void;
}

/** Every entry's date: a fixed one, so equal content gives equal bytes (1980 is the zip format's first year). */
const ENTRY_DATE = new Date(1980, 0, 1);
/** Text is deflated in pieces of about this many characters. */
const PIECE = 1 << 16;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A workbook being written. */
export class Workbook {
  readonly styles = new CellStyles();
  private readonly parts: Uint8Array[] = [];
  private readonly zip = new Zip((error, data) => {
    if (error) throw error;
    this.parts.push(data);
  });
  private readonly sheets: { name: string; filter: string | null }[] = [];
  private open = false;

  /** The index of a cell style (see CellStyles). */
  style(style: CellStyle): number {
    return this.styles.index(style);
  }

  /** Starts the next sheet; the last one must have ended. */
  addSheet(name: string, layout: SheetLayout): Sheet {
    if (this.open) throw new Error('internal: a workbook sheet was started before the last one ended');
    this.open = true;
    const file = this.entry(`xl/worksheets/sheet${this.sheets.length + 1}.xml`);
    const width = layout.columns.length;
    const sheet = { name, filter: layout.autoFilter === true && width > 0 ? `A1:${columnLetters(width - 1)}1` : null };
    this.sheets.push(sheet);
    let text = `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><sheetViews><sheetView workbookViewId="0">${paneXml(layout)}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`;
    if (width > 0)
      text += `<cols>${layout.columns
        .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.style ? ` style="${c.style}"` : ''}/>`)
        .join('')}</cols>`;
    text += '<sheetData>';
    let rows = 0;
    const letters: string[] = [];
    const flush = (final: boolean) => {
      file.push(new TextEncoder().encode(text), final);
      text = '';
    };
    return {
      row: (cells) => {
        rows++;
        text += `<row r="${rows}">`;
        cells.forEach((cell, i) => {
          if (cell === null) return;
          // Every cell says where it is (some readers need it), and only text with outer spaces asks to keep them.
          const at = ` r="${(letters[i] ??= columnLetters(i))}${rows}"${cell.style ? ` s="${cell.style}"` : ''}`;
          if ('number' in cell) text += `<c${at}><v>${cell.number}</v></c>`;
          else text += `<c${at} t="inlineStr"><is><t${/^\s|\s$/.test(cell.text) ? ' xml:space="preserve"' : ''}>${xmlText(cell.text)}</t></is></c>`;
        });
        text += '</row>';
        if (text.length > PIECE) flush(false);
      },
      end: () => {
        text += `</sheetData>${sheet.filter ? `<autoFilter ref="${sheet.filter}"/>` : ''}</worksheet>`;
        flush(true);
        this.open = false;
      },
    };
  }

  /** Ends the workbook: its bytes. */
  bytes(): Uint8Array {
    if (this.open) throw new Error('internal: a workbook was ended with a sheet still open');
    const n = this.sheets.length;
    const sheetIds = Array.from({ length: n }, (_, i) => i + 1);
    this.text('xl/styles.xml', this.styles.xml());
    const filters = this.sheets.flatMap((s, i) =>
      s.filter === null
        ? []
        : [
            `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`'${s.name.replace(/'/g, "''")}'!${absolute(s.filter)}`)}</definedName>`,
          ],
    );
    this.text(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><bookViews><workbookView/></bookViews><sheets>${this.sheets
        .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets>${filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : ''}</workbook>`,
    );
    this.text(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetIds
        .map((i) => `<Relationship Id="rId${i}" Type="${RELS}/worksheet" Target="worksheets/sheet${i}.xml"/>`)
        .join('')}<Relationship Id="rId${n + 1}" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
    );
    this.text(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
    this.text(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        sheetIds.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${sheetType}"/>`).join('') +
        '</Types>',
    );
    this.zip.end();
    const out = new Uint8Array(this.parts.reduce((t, p) => t + p.length, 0));
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  private entry(name: string): ZipDeflate {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = ENTRY_DATE;
    this.zip.add(file);
    return file;
  }

  private text(name: string, text: string): void {
    this.entry(name).push(new TextEncoder().encode(text), true);
  }
}

/** The frozen pane of a sheet (none when nothing is frozen). */
function paneXml(layout: SheetLayout): string {
  const { frozenColumns: x, frozenRows: y } = layout;
  if (x === 0 && y === 0) return '';
  const pane = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
  const split = `${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''}`;
  return `<pane${split} topLeftCell="${columnLetters(x)}${y + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

/** `A1:X1` → `$A$1:$X$1`. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}
