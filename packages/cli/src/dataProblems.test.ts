/**
 * Loud by default: `score` says on stderr every data problem that can change who is scored or in
 * which class, stops (exit 1) when a figure nobody can be scored without is in no file, and under
 * --strict on any warning; options naming unknown ids are usage errors with the closest id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPlanted } from './test/planted.js';
import { runScore } from './test/runScore.js';
import { ROOT, withFiles } from './test/spawnScore.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'fixtures/zhonglou', `${name}.csv`));
/** A scratch copy of the fixture district, with some files changed. */
function district(changed: Record<string, Buffer | string> = {}): string {
  const files: Record<string, Buffer | string> = {};
  for (const name of ['environment', 'land', 'power', 'statistics', 'tax']) files[`${name}.csv`] = fixture(name);
  return withFiles({ ...files, ...changed });
}
const FILES = ['environment.csv', 'land.csv', 'power.csv', 'statistics.csv', 'tax.csv'];
const planted = readPlanted();
const poolOf = (code: string): string => planted.affected.find((a) => a.creditCode === code)?.pool ?? '';
const warningLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('score: 注意 / warning:'));

describe('score is loud about data problems', () => {
  test('the fixture district, whole: one warning, for the planted gaps in a figure the firm’s group needs', async () => {
    const r = await runScore(FILES, district());
    expect(r.code).toBe(0);
    // Planted: one firm's tax row has a mistyped code (scored 0 on tax), one above-scale firm is not in
    // the environment export (taxPerEmission at the pool average), one firm's only land row has a negative
    // area (not scored). The other gaps are in electricity, which the default scheme does not use, or in
    // emissions of 规下 firms, whose 淮安 indicators do not use them.
    const byFile = (file: string) => planted.gaps.filter((g) => g.missingFrom === file);
    expect(byFile('tax')).toHaveLength(1);
    const aboveMissingEmissions = byFile('environment').filter((g) => /^(above-scale|key-polluter)\|/.test(poolOf(g.creditCode)));
    expect(aboveMissingEmissions).toHaveLength(1);
    expect(planted.rowErrors.filter((e) => e.kind === 'negative-land')).toHaveLength(1);
    expect(warningLines(r.stderr)).toEqual([expect.stringContaining('比对：3 家企业在载有其评价所需数据的文件中未列出或其行被拒收')]);
    const line = warningLines(r.stderr)[0] ?? '';
    expect(line).toContain('environment.csv 1 家缺主要污染物排放量');
    expect(line).toContain('land.csv 1 家缺用地面积');
    expect(line).toContain('tax.csv 1 家缺税收');
  });

  test('the fixture district: every planted problem is counted on the cross-check line', async () => {
    const r = await runScore(FILES, district());
    // Gaps: the firms not in a file (planted.gaps: not exported, or their only row's code broken) and the
    // firms whose only row in a file was rejected for a bad figure (negative land, 待核实, NaN).
    const rejectedFirms = planted.rowErrors.filter((e) => !e.kind.endsWith('credit-code'));
    const summedFirms = new Set(planted.summedRows.map((s) => s.creditCode)).size;
    expect(r.stderr).toContain(`冲突 conflicts ${planted.conflicts.length} `);
    expect(r.stderr).toContain(`缺失 gaps ${planted.gaps.length + rejectedFirms.length} (未列出 absent ${planted.gaps.length})`);
    expect(r.stderr).toContain(`多行相加 summed ${summedFirms} (行 rows ${planted.summedRows.length})`);
    expect(r.stderr).toContain(`拒收行 rejected rows ${planted.rowErrors.length} `);
    expect(r.stderr).toContain(`跳过合计行 ${planted.summaryRows.length} `);
  });

  test('no land file: exit 1 naming the figure and the bureau, and no results written', async () => {
    const r = await runScore(
      FILES.filter((f) => f !== 'land.csv'),
      district(),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('score: 没有任何输入文件含有用地面积');
    expect(r.stderr).toContain('自然资源局（不动产登记）导出');
  });

  test('a tax file in 元 whose header names no unit: read as 万元, said, and caught by the plausibility checks', async () => {
    const tax = fixture('tax').toString('utf8').replace('实缴税金(元)', '实缴税金');
    const dir = district({ 'tax.csv': tax });
    const r = await runScore(FILES, dir);
    expect(r.code).toBe(0);
    const lines = warningLines(r.stderr);
    expect(lines[0]).toContain('tax.csv：列“实缴税金”未注明单位，847 行按“万元”读取');
    // 元 read as 万元 is 10 000 × too much: tax above sales for nearly every firm.
    expect(lines.find((l) => l.includes('不合常理'))).toMatch(/比对：8\d\d 家企业的数据不合常理（税金高于销售收入 8\d\d 家）/);
    const strict = await runScore([...FILES, '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    // The unit, the implausible figures and the planted gaps: three warnings.
    expect(strict.stderr).toContain('score: --strict：3 条注意事项按错误处理，未输出结果');
  });

  test('Excel-mangled credit codes in a third of the tax rows: the share and the cause', async () => {
    const lines = fixture('tax').toString('utf8').split('\r\n');
    for (let i = 1; i <= 300; i++) lines[i] = lines[i]!.replace(/^(\d+),\w{18},/, '$1,9.13204E+17,');
    const r = await runScore(FILES, district({ 'tax.csv': lines.join('\r\n') }));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('tax.csv：847 行中 301 行（35.5%）被拒收');
    expect(r.stderr).toContain('其中 300 行的信用代码被电子表格存成了科学计数法（如“9.13204E+17”）');
  });

  test('CSV and JSON output say the same problems (the table is written from the columns, JSON from objects)', async () => {
    const dir = district();
    writeFileSync(join(dir, 'one.csv'), 'credit_code,name,scale,land_mu,tax_wan,sales_wan\n91320404000000001H,常州甲机械有限公司,above,10,50,3000\n');
    const csv = await runScore(['one.csv'], dir);
    const json = await runScore(['one.csv', '--format', 'json'], dir);
    expect(csv.code).toBe(0);
    expect(warningLines(csv.stderr)).toHaveLength(5); // energy, emissions, value added, employees, R&D
    expect(csv.stderr).toBe(json.stderr);
  });
});

describe('options naming unknown ids are usage errors (exit 2) with the closest id', () => {
  test('--prefer with a field that does not exist', async () => {
    const r = await runScore(['validate', ...FILES, '--prefer', 'saleWan=tax.csv'], district());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是否要写“salesWan”');
    expect(r.stderr).toContain('did you mean "salesWan"?');
  });
  test('--prefer with an unknown field on a single file, which takes the fast path', async () => {
    const r = await runScore(['tax.csv', '--prefer', 'taxwan=tax.csv'], district());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "taxWan"?');
  });
  test('--setting with an id the catalog does not have', async () => {
    const r = await runScore([...FILES, '--policy', 'zhejiang-2019-land-tax', '--setting', 'land-use-taxrate=3'], district());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有用户设定“land-use-taxrate”，是否要写“land-use-tax-rate”？');
  });
  test('--setting without --policy', async () => {
    const r = await runScore([...FILES, '--setting', 'land-use-tax-rate=3'], district());
    expect(r.code).toBe(2);
  });
});

describe('score validate lists the implausible figures with their files', () => {
  // Sales from tax.csv: the default scheme (武进) scores the tax bureau's invoiced sales.
  test('each firm, the figures and the file and line of each', async () => {
    const tax = fixture('tax').toString('utf8').replace('实缴税金(元)', '实缴税金');
    const r = await runScore(['validate', ...FILES], district({ 'tax.csv': tax }));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/不合常理 implausible figures \(8\d\d\):/);
    expect(r.stdout).toMatch(
      /— 税金高于销售收入：[\d.]+ 万元 > [\d.]+ 万元 \/ tax above sales: .* \(taxWan [\d.]+ tax\.csv:\d+, salesWan [\d.]+ tax\.csv:\d+\)/,
    );
  });
});
