import { Readable } from 'node:stream';
import { gb18030Bytes } from '../write/gb18030Bytes.js';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/inputError.js';
import type { RowErrorCode } from '../errors/rowError.js';
import { scaledText } from '@mujun/core/engine';
import { readSource } from '../node/readSource.js';
import type { SourceRead } from './readSource.js';

const HUAWEI = '914403001922038216';
const TENCENT = '9144030071526726XG';
const ALIBABA = '91330100716105852F';

const read = async (text: string, options = {}) => rowsAsObjects(await readSource({ name: 'src.csv', data: Buffer.from(text) }, options));

/** The source's row columns as one object per row (what the per-row reader gave), to compare with expectations. */
function rowsAsObjects(r: SourceRead) {
  const c = r.rows;
  const rows = Array.from({ length: c.n }, (_, i) => {
    const values: Record<string, string | boolean> = { name: c.names.at(i) };
    for (const [f, col] of Object.entries(c.text)) if (col[i] !== undefined) values[f] = col[i]!;
    if (c.scale[i] !== 0) values['scale'] = c.scale[i] === 1 ? 'above' : 'below';
    if (c.keyPolluter[i] !== 0) values['keyPolluter'] = c.keyPolluter[i] === 2;
    for (const [f, col] of Object.entries(c.numbers)) if (col.scale[i]! >= 0) values[f] = scaledText(col.mant[i]!, col.scale[i]!);
    return { row: c.line[i]!, creditCode: c.codes.at(i), values, ...(c.flags.has(i) ? { flags: c.flags.get(i) } : {}) };
  });
  return { ...r, rows };
}

async function inputErrorOf(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e: unknown) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readSource: one test per malformed-input class (code, row, column)', () => {
  const header = 'credit_code,name,land_mu,tax_wan,scale,key_polluter,production_start_date,industry_code\n';
  const cases: Array<[string, string, RowErrorCode, string, string]> = [
    // [what, data row, code, column, value]
    ['missing credit code', `,甲,1,1,above,否,,`, 'missing-credit-code', 'credit_code', ''],
    ['invalid check character', `914403001922038217,甲,1,1,above,否,,`, 'invalid-credit-code', 'credit_code', '914403001922038217'],
    ['code mangled by Excel', `9.14403E+17,甲,1,1,above,否,,`, 'invalid-credit-code', 'credit_code', '9.14403E+17'],
    ['missing name', `${HUAWEI},,1,1,above,否,,`, 'missing-name', 'name', ''],
    ['text in a number field', `${HUAWEI},甲,一亩,1,above,否,,`, 'invalid-number', 'land_mu', '一亩'],
    ['NaN', `${HUAWEI},甲,NaN,1,above,否,,`, 'non-finite-number', 'land_mu', 'NaN'],
    ['Infinity', `${HUAWEI},甲,1,Infinity,above,否,,`, 'non-finite-number', 'tax_wan', 'Infinity'],
    ['scientific notation', `${HUAWEI},甲,1,1.2E+05,above,否,,`, 'scientific-notation', 'tax_wan', '1.2E+05'],
    ['percent where no ratio is expected', `${HUAWEI},甲,3%,1,above,否,,`, 'unexpected-percent', 'land_mu', '3%'],
    ['negative land', `${HUAWEI},甲,-2,1,above,否,,`, 'negative-value', 'land_mu', '-2'],
    ['bad scale', `${HUAWEI},甲,1,1,大型,否,,`, 'invalid-scale', 'scale', '大型'],
    ['bad boolean', `${HUAWEI},甲,1,1,above,也许,,`, 'invalid-boolean', 'key_polluter', '也许'],
    ['bad date', `${HUAWEI},甲,1,1,above,否,2023-02-29,`, 'invalid-date', 'production_start_date', '2023-02-29'],
    ['bad industry code', `${HUAWEI},甲,1,1,above,否,,金属`, 'invalid-industry-code', 'industry_code', '金属'],
    ['extra cells', `${HUAWEI},甲,1,1,above,否,,C3311,多余`, 'extra-cells', '', ''],
  ];
  it.each(cases)('%s', async (_what, row, code, column, value) => {
    const r = await read(`${header}${ALIBABA},乙,1,1,above,否,,\n${row}\n`);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ source: 'src.csv', row: 3, column, code, value });
    expect(r.rejected[0]!.message.zh.length).toBeGreaterThan(0);
    expect(r.rejected[0]!.message.en.length).toBeGreaterThan(0);
    expect(r.rows.map((x) => x.creditCode)).toEqual([ALIBABA]);
    expect(r.rejectedRows).toBe(1);
  });

  it('allows negative tax (refunds) and value added', async () => {
    const r = await read(`credit_code,name,tax_wan,value_added_wan\n${HUAWEI},甲,-12.5,-3\n`);
    expect(r.rejected).toEqual([]);
    expect(r.rows[0]!.values).toMatchObject({ taxWan: '-12.5', valueAddedWan: '-3' });
  });

  it('reports every bad cell of a row, and counts the row once', async () => {
    const r = await read(`credit_code,name,land_mu,tax_wan\n${HUAWEI},甲,-1,abc\n`);
    expect(r.rejected.map((e) => [e.code, e.column])).toEqual([
      ['negative-value', 'land_mu'],
      ['invalid-number', 'tax_wan'],
    ]);
    expect(r.rejectedRows).toBe(1);
  });

  it("badValues 'drop-value' keeps the row without the bad cell", async () => {
    const r = await read(`credit_code,name,land_mu,tax_wan\n${HUAWEI},甲,-1,5\n`, { badValues: 'drop-value' });
    expect(r.rejected).toEqual([]);
    expect(r.fieldErrors.map((e) => [e.code, e.row, e.column])).toEqual([['negative-value', 2, 'land_mu']]);
    expect(r.rows[0]!.values).toEqual({ name: '甲', taxWan: '5' });
  });

  it('numbers line physically: CRLF, blank lines, a quoted line break', async () => {
    const text = `credit_code,name,tax_wan\r\n${ALIBABA},"多行\r\n名称",1\r\n\r\n${HUAWEI},甲,x\r\n`;
    const r = await read(text);
    expect(r.rejected[0]).toMatchObject({ row: 5, column: 'tax_wan', code: 'invalid-number' });
    expect(r.blankLines).toBe(1);
    expect(r.dataRows).toBe(2);
  });

  it('reads LF, CRLF and CR line ends, mixed', async () => {
    const r = await read(`credit_code,name\n${ALIBABA},甲\r\n${HUAWEI},乙\r${TENCENT},丙\n`);
    expect(r.rows.map((x) => [x.row, x.creditCode])).toEqual([
      [2, ALIBABA],
      [3, HUAWEI],
      [4, TENCENT],
    ]);
  });

  it('recognises 合计/总计/小计 rows and excludes them', async () => {
    const r = await read(`统一社会信用代码,企业名称,税收(万元)\n${HUAWEI},甲,1\n合计,,100\n,全区总计,100\n,小 计,1\n`);
    expect(r.summaryRows.map((s) => [s.row, s.column, s.value, s.reason])).toEqual([
      [3, '统一社会信用代码', '合计', 'summary-row'],
      [4, '企业名称', '全区总计', 'summary-row'],
      [5, '企业名称', '小 计', 'summary-row'],
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.dataRows).toBe(4);
  });

  it('skips title lines above the header, with a warning', async () => {
    const r = await read(`钟楼区2023年工业企业税收情况表,,\n单位：万元,,\n统一社会信用代码,企业名称,税收\n${HUAWEI},甲,1\n`);
    expect(r.file.headerRow).toBe(3);
    expect(r.rows[0]!.row).toBe(4);
    expect(r.warnings.map((w) => w.code)).toContain('preamble-skipped');
  });

  it('reads a GBK file with Chinese headers, units and messy values', async () => {
    const text =
      '统一社会信用代码,企业名称,实缴税金（元）,土地使用权面积(平方米),用电量(千瓦时),化学需氧量(公斤),规模(规上/规下),高新技术企业\r\n' +
      `${HUAWEI},华为技术有限公司,"1,234,567",6667,"123,456",１５００,规上,是\r\n`;
    const r = rowsAsObjects(await readSource({ name: '税务.csv', data: gb18030Bytes(text) }));
    expect(r.file.encoding).toBe('gb18030');
    expect(r.rows[0]!.values).toEqual({
      name: '华为技术有限公司',
      taxWan: '123.4567', // 1,234,567 元 ÷ 10000
      landOwnedMu: '10.0005', // 6667 m² × 0.0015
      electricityWanKwh: '12.3456', // 123,456 kWh ÷ 10000
      codT: '1.5', // 1500 kg ÷ 1000
      scale: 'above',
    });
    expect(r.rows[0]!.flags).toEqual({ 'high-tech': true });
  });

  it('reads a stream', async () => {
    const data = Readable.from([Buffer.from('credit_code,name\n'), Buffer.from(`${HUAWEI},甲\n`)]);
    const r = rowsAsObjects(await readSource({ name: 's.csv', data }));
    expect(r.rows.map((x) => x.creditCode)).toEqual([HUAWEI]);
  });

  it('reads a tab-delimited UTF-16 export', async () => {
    const text = `统一社会信用代码\t企业名称\t税收(万元)\r\n${HUAWEI}\t甲\t1,234.5\r\n`;
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = rowsAsObjects(await readSource({ name: 'u.txt', data }));
    expect(r.file).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(r.rows[0]!.values.taxWan).toBe('1234.5');
  });
});

describe('readSource: unusable inputs are InputErrors naming the file', () => {
  it.each([
    ['an empty file', '', 'empty-file'],
    ['only a BOM and blank lines', '\ufeff\r\n\r\n', 'empty-file'],
    ['a header and no rows', 'credit_code,name\r\n', 'no-data-rows'],
    ['no credit code column', '企业名称,税收\n甲,1\n', 'missing-required-column'],
    ['no name column', '统一社会信用代码,税收\n914403001922038216,1\n', 'missing-required-column'],
    ['an unknown unit', '统一社会信用代码,企业名称,税收(美元)\n914403001922038216,甲,1\n', 'unknown-unit'],
    ['two equal columns', 'credit_code,name,税收(万元),税收(万元)\n914403001922038216,甲,1,1\n', 'duplicate-column'],
    ['an unclosed quote', 'credit_code,name\n914403001922038216,"甲\n', 'malformed-csv'],
  ])('%s', async (_what, text, code) => {
    const e = await inputErrorOf(read(text));
    expect(e.code).toBe(code);
    expect(e.message).toContain('src.csv');
    expect(e.message).toMatch(/ \/ /);
    expect(e.message).not.toContain('\n');
  });

  it('names the missing column', async () => {
    const e = await inputErrorOf(read('企业名称,税收\n甲,1\n'));
    expect(e.message).toContain('统一社会信用代码');
    expect(e.message).toContain('credit_code');
  });

  it('a missing file is unreadable', async () => {
    const e = await inputErrorOf(readSource('/nonexistent/税务.csv'));
    expect(e.code).toBe('unreadable');
    expect(e.message).toContain('/nonexistent/税务.csv');
  });
});

describe('readSource: progress', () => {
  it('reports the bytes read so far', async () => {
    const text = `credit_code,name\n${'914403001922038216,甲\n'}`;
    const seen: Array<[string, number]> = [];
    await readSource({ name: 'p.csv', data: Buffer.from(text) }, { onProgress: (s, n) => seen.push([s, n]) });
    expect(seen).toEqual([['p.csv', Buffer.byteLength(text)]]);
  });
});

describe('readSource: rows already parsed (a spreadsheet reader gives them)', () => {
  it('reads rows as the CSV of the same cells is read: title line skipped, header found, values and rejections by line', async () => {
    const rows = [
      ['钟楼区 2023 年税收', ''],
      ['统一社会信用代码', '企业名称', '实缴税金(元)'],
      [HUAWEI, '华为', '1,200,000'],
      ['', '无代码', '1'],
      ['合计', '', '9'],
    ];
    const csv = rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n');
    const fromRows = rowsAsObjects(await readSource({ name: 'tax.xlsx', rows }));
    const fromCsv = rowsAsObjects(await readSource({ name: 'tax.xlsx', data: Buffer.from(csv) }));
    expect(fromRows.rows).toEqual([{ row: 3, creditCode: HUAWEI, values: { name: '华为', taxWan: '120' } }]);
    expect(fromRows.rejected.map((e) => [e.row, e.code])).toEqual([[4, 'missing-credit-code']]);
    expect(fromRows.summaryRows.map((x) => x.row)).toEqual([5]);
    expect({ ...fromRows, file: null }).toEqual({ ...fromCsv, file: null });
    expect(fromRows.file.headerRow).toBe(2);
  });
});
