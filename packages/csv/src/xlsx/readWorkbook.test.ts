import { decimalText } from '@mujun/core/engine';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSource } from '../node/readSource.js';
import { readWorkbook } from './readWorkbook.js';
import { fileKindOf } from '../decode/sourceDecoder.js';
import { workbookSources } from './workbookSources.js';

/** A sheet's XML from rows of cells given as raw `<c>` inner parts: `['s:0', 'n:12.5', 'd14:45000']`. */
interface Sheet {
  name: string;
  rows: string[][];
  merges?: string[];
  hidden?: boolean;
  /** Prefix every element (`x:`), as the Open XML SDK writes. */
  prefix?: string;
}

const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function cellXml(ref: string, spec: string, p: string): string {
  if (spec === '') return '';
  const [kind, ...rest] = spec.split(':');
  const v = rest.join(':');
  switch (kind) {
    case 't': // inline string
      return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${v}</${p}t></${p}is></${p}c>`;
    case 'n':
      return `<${p}c r="${ref}"><${p}v>${v}</${p}v></${p}c>`;
    case 'date': // style 1 is a date format
      return `<${p}c r="${ref}" s="1"><${p}v>${v}</${p}v></${p}c>`;
    case 'b':
      return `<${p}c r="${ref}" t="b"><${p}v>${v}</${p}v></${p}c>`;
    case 's':
      return `<${p}c r="${ref}" t="s"><${p}v>${v}</${p}v></${p}c>`;
    default:
      throw new Error(spec);
  }
}

function sheetXml(sheet: Sheet): string {
  const p = sheet.prefix ?? '';
  const ns = p
    ? ` xmlns:${p.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
    : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rows = sheet.rows.map((cells, r) => `<${p}row r="${r + 1}">${cells.map((c, i) => cellXml(`${COLS[i]}${r + 1}`, c, p)).join('')}</${p}row>`).join('');
  const merges = sheet.merges?.length ? `<${p}mergeCells>${sheet.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join('')}</${p}mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet${ns}><${p}sheetData>${rows}</${p}sheetData>${merges}</${p}worksheet>`;
}

/** A minimal .xlsx package, written by hand so each test controls the stored text exactly. */
function workbook(sheets: Sheet[], options: { shared?: string[]; date1904?: boolean } = {}): Uint8Array {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>` +
        sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 10}"${s.hidden ? ' state="hidden"' : ''}/>`).join('') +
        `</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_, i) => rel(`rId${i + 10}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('') +
        rel('rId2', 'sharedStrings', 'sharedStrings.xml') +
        rel('rId3', 'styles', '/xl/styles.xml') +
        `</Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
        `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="4"/></cellXfs></styleSheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        (options.shared ?? []).map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${s}</t></si>`)).join('') +
        `</sst>`,
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files);
}

const CODE = '91320404MA1MXXXX0X'; // not checked here: the reader only turns cells into text
const rowsOf = (bytes: Uint8Array, sheet?: string) => readWorkbook(bytes, sheet === undefined ? {} : { sheet });

describe('readWorkbook: cells as the text a CSV export would hold', () => {
  it('keeps the stored digits of numbers, restores an 18-digit code stored as a number, and marks codes that lost digits', () => {
    const bytes = workbook([
      {
        name: 'S',
        rows: [
          ['n:913204041889899482', 'n:12345.678', 'n:0.30000000000000004', 'n:-1.5E-3', 'n:9.13204001234567E+17', 'n:913204001234567000', 'n:1.2E+7', 'n:007'],
        ],
      },
    ]);
    expect(rowsOf(bytes)[0]!.rows[0]).toEqual([
      '913204041889899482',
      '12345.678',
      '0.3',
      '-0.0015',
      '9.13204001234567E+17',
      '9.13204001234567E+17',
      '12000000',
      '7',
    ]);
  });

  it('reads a number in a date format as YYYY-MM-DD, in both date systems', () => {
    expect(rowsOf(workbook([{ name: 'S', rows: [['date:45292', 'date:45292.5', 'date:1', 'date:59', 'date:61']] }]))[0]!.rows[0]).toEqual([
      '2024-01-01',
      '2024-01-01 12:00:00',
      '1900-01-01',
      '1900-02-28',
      '1900-03-01',
    ]);
    expect(rowsOf(workbook([{ name: 'S', rows: [['date:43830']] }], { date1904: true }))[0]!.rows[0]).toEqual(['2024-01-01']);
  });

  it('reads shared strings without phonetic runs, rich text runs joined, inline strings, booleans, entities', () => {
    const bytes = workbook([{ name: 'S', rows: [['s:0', 's:1', 't:A &amp; B', 'b:1', 'b:0', 's:2']] }], {
      shared: ['  常州 ', '<r><t>亩均</t></r><r><t>税收</t></r><rPh><t>ムキン</t></rPh>', '<t xml:space="preserve">x</t>'],
    });
    expect(rowsOf(bytes)[0]!.rows[0]).toEqual(['常州', '亩均税收', 'A & B', 'TRUE', 'FALSE', 'x']);
  });

  it('reads parts whose elements carry a namespace prefix (x:c)', () => {
    const bytes = workbook([{ name: 'S', prefix: 'x:', rows: [['n:1', 't:a']] }]);
    expect(rowsOf(bytes)[0]!.rows).toEqual([['1', 'a']]);
  });

  it('fills merged cells and makes a two-row header with merged group cells one row, on the lower line', () => {
    const bytes = workbook([
      {
        name: 'S',
        rows: [
          ['t:2024年用地情况'],
          ['t:统一社会信用代码', 't:企业名称', 't:用地面积（平方米）', ''],
          ['', '', 't:土地使用权面积', 't:承租土地面积'],
          [`t:${CODE}`, 't:甲', 'n:100', 'n:5'],
        ],
        merges: ['A1:D1', 'A2:A3', 'B2:B3', 'C2:D2'],
      },
    ]);
    expect(rowsOf(bytes)[0]!.rows).toEqual([
      ['2024年用地情况', '2024年用地情况', '2024年用地情况', '2024年用地情况'],
      [],
      ['统一社会信用代码', '企业名称', '土地使用权面积(平方米)', '承租土地面积(平方米)'],
      [CODE, '甲', '100', '5'],
    ]);
  });

  it('leaves data rows alone where a county is merged down over two firms', () => {
    const rows = [
      ['t:统一社会信用代码', 't:企业名称', 't:区县', 't:实缴税金(万元)'],
      [`t:${CODE}`, 't:甲', 't:钟楼区', 'n:1'],
      ['t:91320404MA1MXXXX1X', 't:乙', '', 'n:2'],
    ];
    expect(rowsOf(workbook([{ name: 'S', rows, merges: ['C2:C3'] }]))[0]!.rows).toEqual([
      ['统一社会信用代码', '企业名称', '区县', '实缴税金(万元)'],
      [CODE, '甲', '钟楼区', '1'],
      ['91320404MA1MXXXX1X', '乙', '钟楼区', '2'],
    ]);
  });

  it('makes a header with a line of units under it one row', () => {
    const bytes = workbook([
      {
        name: 'S',
        rows: [
          ['t:统一社会信用代码', 't:企业名称', 't:实缴税金', 't:用电量'],
          ['', '', 't:（万元）', 't:万千瓦时'],
          [`t:${CODE}`, 't:甲', 'n:1', 'n:2'],
        ],
      },
    ]);
    expect(rowsOf(bytes)[0]!.rows.slice(0, 2)).toEqual([[], ['统一社会信用代码', '企业名称', '实缴税金(万元)', '用电量(万千瓦时)']]);
  });

  it('reads every visible sheet with cells, or the one chosen (hidden ones too)', () => {
    const bytes = workbook([
      { name: '税务', rows: [['t:a']] },
      { name: '空', rows: [] },
      { name: '隐藏', rows: [['t:b']], hidden: true },
      { name: '统计', rows: [['t:c']] },
    ]);
    expect(rowsOf(bytes).map((s) => s.sheet)).toEqual(['税务', '统计']);
    expect(rowsOf(bytes, '隐藏')).toEqual([{ sheet: '隐藏', rows: [['b']] }]);
    expect(rowsOf(bytes, '没有')).toEqual([]);
  });
});

describe('workbookSources: sheets as sources, read by readSource like CSV', () => {
  const header = ['t:统一社会信用代码', 't:企业名称', 't:实缴税金(万元)'];
  const table = (code: string) => ({
    name: '税务',
    rows: [['t:2024年纳税情况'], ['t:单位：万元'], header, [code, 't:常州甲有限公司', 'n:12.5']],
    merges: ['A1:C1'],
  });

  it('restores a credit code stored as a number with all its digits, and reads the row', async () => {
    const [source] = workbookSources(workbook([table('n:913204041889899482')]), 'tax.xlsx');
    const read = await readSource(source!);
    expect(read.source).toBe('tax.xlsx');
    expect(read.file.headerRow).toBe(3);
    const tax = read.rows.numbers['taxWan'];
    expect([read.rows.n, read.rows.line[0], read.rows.codes.at(0), tax === undefined ? undefined : decimalText(tax, 0)]).toEqual([
      1,
      4,
      '913204041889899482',
      '12.5',
    ]);
  });

  it('rejects a code that lost its last digits with the message of an Excel-mangled CSV code', async () => {
    const [source] = workbookSources(workbook([table('n:9.13204041889899E+17')]), 'tax.xlsx');
    const fromXlsx = await readSource(source!);
    const fromCsv = await readSource({
      name: 'tax.csv',
      data: new TextEncoder().encode('统一社会信用代码,企业名称,实缴税金(万元)\n9.13204E+17,常州甲有限公司,12.5\n'),
    });
    expect(fromXlsx.rows.n).toBe(0);
    expect(fromXlsx.rejected.map((e) => [e.row, e.code])).toEqual([[4, 'invalid-credit-code']]);
    const why = (m: string) => m.replace(/“[^”]*”|"[^"]*"/g, '…');
    expect(why(fromXlsx.rejected[0]!.message.zh)).toBe(why(fromCsv.rejected[0]!.message.zh));
    expect(fromXlsx.rejected[0]!.message.zh).toContain('科学计数法');
  });

  it('names the sheets of a workbook with several tables file#sheet, and leaves out a notes sheet', () => {
    const bytes = workbook([table(`t:${CODE}`), { ...table(`t:${CODE}`), name: '2023' }, { name: '填报说明', rows: [['t:填报说明'], ['t:金额以万元计']] }]);
    expect(workbookSources(bytes, 'tax.xlsx').map((s) => s.name)).toEqual(['tax.xlsx#税务', 'tax.xlsx#2023']);
    expect(workbookSources(bytes, 'tax.xlsx', { sheet: '2023' }).map((s) => s.name)).toEqual(['tax.xlsx#2023']);
  });

  it('says which sheets there are when the chosen one is not', () => {
    expect(() => workbookSources(workbook([table(`t:${CODE}`)]), 'tax.xlsx', { sheet: 'Sheet9' })).toThrow('tax.xlsx 中没有名为“Sheet9”的工作表（有：税务）');
  });

  it('tells a zip that is not a workbook, and an old .xls, by their first bytes', () => {
    expect(() => workbookSources(zipSync({ 'a.txt': strToU8('x') }), 'a.xlsx')).toThrow(/^无法读取 a\.xlsx：不是有效的 \.xlsx 工作簿/);
    expect(fileKindOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('xls');
    expect(fileKindOf(workbook([table(`t:${CODE}`)]))).toBe('xlsx');
    expect(fileKindOf(strToU8('统一社会信用代码,'))).toBe('csv');
  });
});
