/** Excel workbooks as input: every command reads .xlsx as it reads CSV; an old .xls gets one line. */
import { describe, expect, test } from 'vitest';
import { FIXTURE_FILES, ROOT, score, withFiles } from './test/spawnScore.js';

const XLSX_FILES = ['land', 'tax', 'power', 'environment', 'statistics'].map((n) => `fixtures/zhonglou-xlsx/${n}.xlsx`);
const last = (s: string) => s.trim().split('\n').at(-1);

describe('.xlsx input', () => {
  test('score reads the fixture workbooks to the same accounting and results as the CSVs', () => {
    const fromXlsx = score(XLSX_FILES, ROOT);
    const fromCsv = score(FIXTURE_FILES, ROOT);
    expect(fromXlsx.code, fromXlsx.stderr).toBe(0);
    expect(last(fromXlsx.stderr)).toBe(last(fromCsv.stderr));
    expect(last(fromXlsx.stderr)).toBe('行数 rows 851 = 已评价 scored 799 + 排除 excluded 47 + 拒收 rejected 5，跳过合计行 1 / summary rows skipped 1');
    // Same rows in the same order; the CSV output is the same bytes.
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
  });

  test('validate names each workbook and its header line', () => {
    const r = score(['validate', ...XLSX_FILES], ROOT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('fixtures/zhonglou-xlsx/land.xlsx: xlsx, 表头第 4 行 header line 4');
    expect(r.stdout).toContain('fixtures/zhonglou-xlsx/environment.xlsx: xlsx, 表头第 3 行 header line 3');
  });

  test('file.xlsx#sheet reads one sheet; a sheet that is not there is named with the ones that are', () => {
    const one = score(['validate', 'fixtures/zhonglou-xlsx/tax.xlsx#2024年纳税情况'], ROOT);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('fixtures/zhonglou-xlsx/tax.xlsx#2024年纳税情况: xlsx, 表头第 3 行');
    const none = score(['fixtures/zhonglou-xlsx/tax.xlsx#2023'], ROOT);
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe(
      'score: fixtures/zhonglou-xlsx/tax.xlsx 中没有名为“2023”的工作表（有：2024年纳税情况） / fixtures/zhonglou-xlsx/tax.xlsx has no sheet named "2023" (it has: 2024年纳税情况)',
    );
  });

  test('an old .xls workbook gets one bilingual line and exit 1', () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const dir = withFiles({ '税务.xls': ole });
    const r = score(['税务.xls'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'score: 税务.xls 是旧版 Excel 工作簿（.xls）或加密的工作簿，无法读取；请在 Excel/WPS 中“另存为” .xlsx（或 CSV）后再读取 / 税务.xls is an old Excel workbook (.xls) or an encrypted one, which cannot be read; save it as .xlsx (or CSV) from Excel/WPS and read that',
    ]);
  });
});
