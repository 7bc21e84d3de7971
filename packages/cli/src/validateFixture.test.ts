/**
 * `score validate` on the five bureau files of the fixture district lists every conflict, gap,
 * row error and summary row that the generator planted (fixtures/zhonglou/planted.json) — and
 * nothing it did not plant.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { fixturePath, readPlanted } from './test/planted.js';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES } from './test/spawnScore.js';

interface Report {
  enterprises: number;
  conflicts: { creditCode: string; field: string; values: { source: string; value: string | boolean }[] }[];
  gaps: { creditCode: string; source: string; reason: 'absent' | 'rejected' }[];
  rejected: { source: string; row: number; code: string }[];
  summaryRows: number;
  warnings: { code: string; source: string; row?: number; count?: number; message: string }[];
  files: { source: string; file: { encoding: string; columns: { header: string; column: string; unit?: string }[] } }[];
  sourceAccounting: { sources: { source: string; rows: number; merged: number; rejected: number; summary: number }[] };
}

const planted = readPlanted();
let report: Report;
let text: string;
let stderr: string;
beforeAll(async () => {
  const json = await runScore(['validate', ...FIXTURE_FILES, '--format', 'json']);
  expect(json.code).toBe(0);
  report = JSON.parse(json.stdout) as Report;
  const plain = await runScore(['validate', ...FIXTURE_FILES]);
  expect(plain.code).toBe(0);
  text = plain.stdout;
  stderr = plain.stderr;
});

const SOURCE = { land: 'land.csv', tax: 'tax.csv', power: 'power.csv', environment: 'environment.csv', statistics: 'statistics.csv' } as const;

describe('score validate on the fixture district', () => {
  test('merges every enterprise of the district once', () => {
    expect(report.enterprises).toBe(planted.enterprises);
  });

  test('lists every planted conflict with both bureaus’ values, and no other', () => {
    expect(report.conflicts.map((c) => `${c.creditCode} ${c.field}`).sort()).toEqual(planted.conflicts.map((c) => `${c.creditCode} ${c.field}`).sort());
    for (const p of planted.conflicts) {
      const found = report.conflicts.find((c) => c.creditCode === p.creditCode && c.field === p.field);
      for (const [source, value] of Object.entries(p.values)) {
        const v = found?.values.find((x) => x.source === fixturePath(SOURCE[source as keyof typeof SOURCE]))?.value;
        // Compare figures as numbers (34310.9 = 34310.90), names as text.
        if (p.field === 'name') expect(v).toBe(value);
        else expect(Number(v)).toBe(Number(value));
      }
    }
  });

  test('lists every planted gap (absent from a bureau), and no other', () => {
    const absent = report.gaps
      .filter((g) => g.reason === 'absent')
      .map((g) => `${g.creditCode} ${g.source}`)
      .sort();
    const expected = planted.gaps.map((g) => `${g.creditCode} ${fixturePath(SOURCE[g.missingFrom as keyof typeof SOURCE])}`).sort();
    expect(absent).toEqual(expected);
  });

  test('firms whose only row in a file was rejected are gaps of reason "rejected" there', () => {
    const rejected = report.gaps
      .filter((g) => g.reason === 'rejected')
      .map((g) => `${g.creditCode} ${g.source}`)
      .sort();
    const attributable = planted.rowErrors.filter((e) => ['negative-land', 'text-in-number', 'nan-in-number', 'duplicate-credit-code'].includes(e.kind));
    expect(rejected).toEqual([...new Set(attributable.map((e) => `${e.creditCode} ${fixturePath(e.fileName)}`))].sort());
  });

  test('rejects exactly the planted malformed rows, at their lines', () => {
    const rows = report.rejected.map((r) => `${r.source}:${r.row}`).sort();
    expect(rows).toEqual(planted.rowErrors.map((e) => `${fixturePath(e.fileName)}:${e.line}`).sort());
    const codeOf = (kind: string) =>
      ({ 'negative-land': 'negative-value', 'text-in-number': 'invalid-number', 'nan-in-number': 'non-finite-number' })[kind] ?? kind;
    for (const e of planted.rowErrors) expect(report.rejected.find((r) => r.row === e.line && r.source === fixturePath(e.fileName))?.code).toBe(codeOf(e.kind));
  });

  test('sums the firm with two meters in power (rows-summed, listed with its lines), rejecting neither row', () => {
    const summed = report.warnings.filter((w) => w.code === 'rows-summed');
    const lines = planted.summedRows.map((r) => r.line);
    expect(summed).toEqual([expect.objectContaining({ source: fixturePath('power.csv'), row: Math.min(...lines), count: lines.length })]);
    expect(summed[0]!.message).toContain(planted.summedRows[0]!.creditCode);
    expect(text).toContain('[rows-summed]');
    expect(stderr).toContain(`多行相加 summed 1 (行 rows ${lines.length})`);
  });

  test('recognises the 合计 row and skips it', () => {
    expect(report.summaryRows).toBe(planted.summaryRows.length);
  });

  test('says how each file was read: GBK land with areas in 平方米, tax in 元 with a BOM', () => {
    const file = (name: string) => report.files.find((f) => f.source === fixturePath(name))?.file;
    expect(file('land.csv')?.encoding).toMatch(/gb18030|gbk/);
    expect(file('land.csv')?.columns).toContainEqual(expect.objectContaining({ header: '土地使用权面积(平方米)', column: 'land_mu', unit: '平方米' }));
    expect(file('tax.csv')?.encoding).toBe('utf-8-bom');
    expect(file('tax.csv')?.columns).toContainEqual(expect.objectContaining({ header: '实缴税金(元)', column: 'tax_wan', unit: '元' }));
  });

  test('every data row of every file is merged, rejected or a summary row', () => {
    for (const a of report.sourceAccounting.sources) expect(a.rows, a.source).toBe(a.merged + a.rejected + a.summary);
    const tax = report.sourceAccounting.sources.find((a) => a.source === fixturePath('tax.csv'));
    // 846 firms + the 合计 row; one row has a broken code.
    expect(tax).toMatchObject({ rows: 847, rejected: 1, summary: 1 });
  });

  test('the text report names every conflict and gap too', () => {
    for (const c of planted.conflicts) expect(text).toContain(c.creditCode);
    for (const g of planted.gaps) expect(text).toContain(`${g.creditCode}`);
    expect(text).toMatch(/冲突 conflicts \(5; 超出容差 beyond the tolerance 5, 容差内 within it 0\)/);
    // A figure read from a 元 column is shown converted to 万元, so the line must say so and
    // keep the source header apart from the number (tax.csv reports 销售收入 in 元).
    const salesLine = text.split('\n').find((l) => l.includes('salesWan') && l.includes('[销售收入(元)]'));
    expect(salesLine).toContain('in the canonical unit');
  });
});
