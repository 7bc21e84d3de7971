/**
 * `score --format xlsx`: the workbook read back with exceljs (and opened in LibreOffice Calc where
 * it is installed), checked against the CSV output of the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCsvText } from '../../internal/parseCsvText.js';
import { ROOT, score, tempDir } from '../../test/spawnScore.js';

const XLSX_FILES = ['land', 'tax', 'power', 'environment', 'statistics'].map((n) => join(ROOT, `fixtures/zhonglou-xlsx/${n}.xlsx`));
const ZH_SHEETS = ['评价结果', '排除企业', '拒收数据', '核算', '评价方案', '基准值'];

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A CSV code cell as Excel would show it: `="913…"` → `913…`. */
const unwrap = (cell: string) => cell.replace(/^="(.*)"$/, '$1');

describe('score --format xlsx on the fixture workbooks', () => {
  const dir = tempDir();
  const out = join(dir, '结果.xlsx');
  let run: ReturnType<typeof score>;
  let wb: ExcelJS.Workbook;
  let csv: string[][];
  beforeAll(async () => {
    run = score([...XLSX_FILES, '--format', 'xlsx', '--out', out], dir);
    const reference = score([...XLSX_FILES, '--format', 'csv'], dir);
    csv = parseCsvText(reference.stdout.replace(/^\uFEFF/, ''));
    wb = await load(out);
  });

  test('writes the workbook and the usual accounting line', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('行数 rows 851 = 已评价 scored 799 + 排除 excluded 47 + 拒收 rejected 5');
    expect(wb.worksheets.map((w) => w.name)).toEqual(ZH_SHEETS);
    // Written through a temporary file that was renamed: nothing else is left beside it.
    expect(readdirSync(dir)).toEqual(['结果.xlsx']);
  });

  test('the results sheet holds the CSV’s rows: codes as text, figures as numbers', () => {
    const ws = wb.getWorksheet('评价结果')!;
    const header = csv[0]!;
    expect(ws.rowCount).toBe(csv.filter((r) => r.length > 1).length);
    expect(ws.rowCount).toBe(1 + 846);
    const column = (name: string) => header.indexOf(name);
    let digitCodes = 0;
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const line = csv[r - 1]!;
      const code = row.getCell(column('统一社会信用代码') + 1).value;
      expect(typeof code).toBe('string');
      expect(code).toBe(unwrap(line[column('统一社会信用代码')]!));
      if (/^\d+$/.test(code as string)) digitCodes++;
      for (const figure of ['总得分', '组内排名', '用地面积(亩)', '亩均税收', '亩均税收得分']) {
        const i = column(figure);
        const v = row.getCell(i + 1).value;
        if (line[i] === '') expect(v).toBeNull();
        else expect(v).toBe(Number(line[i]));
      }
      expect(row.getCell(column('类别') + 1).value ?? '').toBe(line[column('类别')]);
    }
    expect(digitCodes).toBeGreaterThan(100); // all-digit codes, which Excel would turn into numbers
  });

  test('every figure header names its unit; the header is frozen and filtered; formats suit the figures', () => {
    const ws = wb.getWorksheet('评价结果')!;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
    expect(headers).toContain('总得分(分)');
    expect(headers).toContain('亩均税收(万元/亩)');
    expect(headers).toContain('亩均税收得分(分)');
    for (const [i, h] of headers.entries()) {
      const v = ws.getRow(2).getCell(i + 1).value;
      if (typeof v === 'number') expect(h, `column ${i + 1}`).toMatch(/\([^)]+\)$/);
    }
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 3 });
    expect(ws.autoFilter).toBeTruthy();
    const total = headers.indexOf('总得分(分)') + 1;
    expect(ws.getRow(2).getCell(total).numFmt).toBe('0.00');
    expect(ws.getRow(2).getCell(headers.indexOf('统一社会信用代码') + 1).numFmt).toBe('@');
  });

  test('class cells are coloured by class', () => {
    const ws = wb.getWorksheet('评价结果')!;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
    const classColumn = headers.indexOf('类别') + 1;
    const fills = new Map<string, string>();
    for (let r = 2; r <= ws.rowCount; r++) {
      const cell = ws.getRow(r).getCell(classColumn);
      if (cell.value === null) continue;
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      fills.set(String(cell.value), fill?.fgColor?.argb ?? 'none');
    }
    expect(Object.fromEntries(fills)).toEqual({ A: 'FFC6EFCE', B: 'FFDDEBF7', C: 'FFFFEB9C', D: 'FFFFC7CE' });
  });

  test('lists the excluded enterprises and the rejected rows with their reasons, and balances the accounting', () => {
    const excluded = wb.getWorksheet('排除企业')!;
    expect(excluded.rowCount).toBe(1 + 47);
    expect(text(excluded.getRow(2).getCell(5).value)).toMatch(/[\u4e00-\u9fff]/);
    const rejected = wb.getWorksheet('拒收数据')!;
    const reasons = Array.from({ length: rejected.rowCount - 1 }, (_, i) => text(rejected.getRow(i + 2).getCell(5).value));
    expect(reasons.length).toBeGreaterThanOrEqual(5);
    expect(reasons.some((r) => r.includes('不能为负数'))).toBe(true);
    const accounting = wb.getWorksheet('核算')!;
    const count = (label: string) => {
      for (let r = 1; r <= accounting.rowCount; r++) if (text(accounting.getRow(r).getCell(1).value) === label) return accounting.getRow(r).getCell(2).value;
      return undefined;
    };
    // The two-meter firm's rows are summed, no longer rejected: 7 − 2 rejected rows.
    expect([count('已评价'), count('排除'), count('拒收')]).toEqual([799, 47, 5]);
    expect(count('行数（归集后企业数 + 拒收行数）')).toBe(851);
  });

  test('holds the scheme: weights that add up, every benchmark used', () => {
    const scheme = wb.getWorksheet('评价方案')!;
    const cells = scheme.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(text) : []));
    expect(cells).toContain('亩均税收');
    expect(cells).toContain('优先发展类');
    const benchmarks = wb.getWorksheet('基准值')!;
    expect(benchmarks.rowCount).toBeGreaterThan(10);
    expect(typeof benchmarks.getRow(2).getCell(5).value).toBe('number');
  });

  test('has no English word in any cell or label (the bureaus’ data aside)', () => {
    const english: string[] = [];
    for (const ws of wb.worksheets) {
      // Credit codes, file names and cells as the bureaus wrote them are data, not the tool's words.
      const data = new Set<number>();
      (ws.getRow(1).values as ExcelJS.CellValue[]).forEach((v, c) => {
        if (v === '统一社会信用代码' || v === '文件' || v === '原值') data.add(c);
      });
      ws.eachRow((row) =>
        row.eachCell((cell, c) => {
          if (data.has(c) || typeof cell.value !== 'string') return;
          // A message quotes the value it found (“NaN”); a standard is cited by its number (GB 32100-2015).
          const words = cell.value.replace(/“[^”]*”/g, '').replace(/GB(\/T)? ?[\d.]+(-\d+)?/g, '');
          if (/[A-Za-z]{2,}/.test(words)) english.push(`${ws.name}!${cell.address}: ${cell.value}`);
        }),
      );
    }
    expect(english).toEqual([]);
  });
});

describe('score --format xlsx --headers en', () => {
  test('writes the workbook in English', async () => {
    const dir = tempDir();
    const r = score([...XLSX_FILES, '--format', 'xlsx', '--out', 'results.xlsx', '--headers', 'en'], dir);
    expect(r.code, r.stderr).toBe(0);
    const wb = await load(join(dir, 'results.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Results', 'Excluded', 'Rejected rows', 'Accounting', 'Scheme', 'Benchmarks']);
    const headers = (wb.getWorksheet('Results')!.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
    expect(headers).toContain('total (points)');
    expect(headers).toContain('taxPerMu (10⁴ yuan/mu)');
    // The tool's words are English; names and counties are the bureaus' data.
    const ws = wb.getWorksheet('Results')!;
    const words = ['group', 'status', 'class_name', 'detail'].map((h) => headers.indexOf(h) + 1);
    const cells = new Set<string>();
    for (let r = 2; r <= ws.rowCount; r++) for (const c of words) cells.add(text(ws.getRow(r).getCell(c).value));
    expect(cells).toContain('scored');
    expect(cells).toContain('priority development');
    expect([...cells].filter((c) => /[\u4e00-\u9fff]/.test(c))).toEqual([]);
  });

  test('needs --out', () => {
    const r = score([XLSX_FILES[0]!, '--format', 'xlsx'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'score: --format xlsx 需要用 --out 指定工作簿文件，如 --out 结果.xlsx / --format xlsx needs --out with the workbook file, e.g. --out results.xlsx',
    );
  });
});

describe('the workbook in LibreOffice Calc', () => {
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync);
  if (!soffice) console.log('LibreOffice Calc (soffice) is not installed: the workbook is not opened in Calc (apt-get install libreoffice-calc-nogui)');
  test.skipIf(!soffice)('opens every sheet, with the codes and totals the CSV has', () => {
    const dir = tempDir();
    const r = score([...XLSX_FILES, '--format', 'xlsx', '--out', 'results.xlsx'], dir);
    expect(r.code, r.stderr).toBe(0);
    const reference = parseCsvText(score([...XLSX_FILES], dir).stdout.replace(/^\uFEFF/, ''));
    // UTF-8 (76), every sheet (-1) into results-<sheet>.csv, cell values rather than their display.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const lo = spawnSync(
      soffice!,
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--convert-to',
        filter,
        '--outdir',
        join(dir, 'csv'),
        join(dir, 'results.xlsx'),
      ],
      { timeout: 120_000 },
    );
    expect(lo.status, lo.stderr?.toString()).toBe(0);
    const sheets = readdirSync(join(dir, 'csv')).sort();
    expect(sheets).toEqual([
      'results-基准值.csv',
      'results-拒收数据.csv',
      'results-排除企业.csv',
      'results-核算.csv',
      'results-评价方案.csv',
      'results-评价结果.csv',
    ]);
    const calc = parseCsvText(readFileSync(join(dir, 'csv', 'results-评价结果.csv'), 'utf8'));
    const header = reference[0]!;
    expect(calc[0]).toHaveLength(header.length);
    expect(calc[0]).toContain('总得分(分)');
    const code = header.indexOf('统一社会信用代码');
    const total = header.indexOf('总得分');
    const rows = reference.slice(1).filter((row) => row.length > 1);
    expect(
      calc
        .slice(1)
        .filter((row) => row.length > 1)
        .map((row) => [row[code], row[total]]),
    ).toEqual(rows.map((row) => [unwrap(row[code]!), row[total] === '' ? '' : String(Number(row[total]))]));
  });
});
