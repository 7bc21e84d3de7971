/**
 * Exit codes and one-line bilingual messages of `score`, for each class of unusable input
 * (exit 1) and of usage or scheme error (exit 2): in-process, and for one case of each code
 * through the built binary, whose process must exit with the code `run` returned.
 */
import { describe, expect, test } from 'vitest';
import { runScore } from './test/runScore.js';
import { score, withFiles } from './test/spawnScore.js';
import { expectOneLineError } from './test/oneLineError.js';
import { creditCode } from '../../csv/src/test/messyCsv.js';

const VALID = '91320404000000001H';
const ok = `credit_code,name,scale,land_mu,tax_wan,sales_wan\n${VALID},常州甲机械有限公司,above,10,50,3000\n`;

describe('exit 1: the input is unusable', () => {
  test('a file that does not exist is named', async () => {
    const r = await runScore(['no-such-file.csv'], withFiles({}));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('no-such-file.csv');
  });
  test('an empty file', async () => {
    const r = await runScore(['empty.csv'], withFiles({ 'empty.csv': '' }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('empty.csv');
  });
  test('a header without data rows', async () => {
    const r = await runScore(['header.csv'], withFiles({ 'header.csv': 'credit_code,name,scale\n' }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
  });
  test('a required column missing is named (统一社会信用代码)', async () => {
    const r = await runScore(['nocode.csv'], withFiles({ 'nocode.csv': 'name,scale,tax_wan\n常州甲机械有限公司,above,5\n' }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toMatch(/统一社会信用代码|credit_code/);
  });
  test('bytes that are no text encoding (undecodable)', async () => {
    const junk = new Uint8Array(512).map((_, i) => ((i * 37 + 0x81) % 256) | 0x80);
    const r = await runScore(['junk.csv'], withFiles({ 'junk.csv': junk }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
  });
  test('an Excel workbook instead of a CSV export', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new Array(200).fill(0x41)]);
    const r = await runScore(['data.xlsx'], withFiles({ 'data.xlsx': zip }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
  });
  test('broken quoting (an unclosed quote)', async () => {
    const r = await runScore(['q.csv'], withFiles({ 'q.csv': 'credit_code,name,scale,tax_wan\n91320404000000001H,"unclosed,above,5\n' }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('q.csv');
  });
  test('a unit the column cannot take is named with its column', async () => {
    const r = await runScore(['u.csv'], withFiles({ 'u.csv': 'credit_code,name,scale,实缴税金(美元)\n91320404000000001H,常州甲机械有限公司,above,5\n' }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('实缴税金(美元)');
  });
  test('the same file given twice', async () => {
    const r = await runScore(['ok.csv', 'ok.csv'], withFiles({ 'ok.csv': ok }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
  });
  test('an unreadable --history file', async () => {
    const r = await runScore(['ok.csv', '--policy', 'shandong-2022-electricity', '--history', 'missing.json'], withFiles({ 'ok.csv': ok }));
    expect(r.code).toBe(1);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('missing.json');
  });
});

describe('exit 2: usage or scheme errors', () => {
  const dir = withFiles({
    'ok.csv': ok,
    'bad-scheme.json': JSON.stringify({ id: 'x', name: '甲', nameEn: 'x', groups: [] }),
    'not-json.json': '{ "id": ',
  });
  test.each([
    ['no arguments', []],
    ['an unknown option', ['ok.csv', '--bogus']],
    ['an unknown subcommand', ['valdate', 'ok.csv']],
    ['a bad --format', ['ok.csv', '--format', 'xlsx']],
    ['a bad --headers', ['ok.csv', '--headers', 'fr']],
    ['an unknown scheme preset', ['ok.csv', '--scheme', 'no-such-preset']],
    ['a scheme file that fails validation', ['ok.csv', '--scheme', 'bad-scheme.json']],
    ['a scheme file that is not JSON', ['ok.csv', '--scheme', 'not-json.json']],
    ['a scheme file that does not exist', ['ok.csv', '--scheme', 'missing.json']],
    ['an unknown policy preset', ['ok.csv', '--policy', 'no-such-policy']],
    ['a malformed --setting', ['ok.csv', '--policy', 'zhejiang-2019-land-tax', '--setting', 'rate']],
    ['a malformed --reference-date', ['ok.csv', '--reference-date', '2024/12/31']],
    ['validate without files', ['validate']],
    ['explain without --id', ['explain', 'ok.csv']],
    ['explain of a code not in the input', ['explain', 'ok.csv', '--id', '91320404000000002L']],
    ['init with a stray argument', ['init', 'extra']],
  ])('%s', async (_what, args) => {
    const r = await runScore(args, dir);
    expect(r.code).toBe(2);
    if (args.length > 0) expectOneLineError(r.stderr);
  });
  test('a score beyond exact reach, found while the table is written: the firm named, to stdout or to a file', async () => {
    // Twelve firms in three pools; the last pool's first firm has 10⁻¹⁵ 亩 of land, so its tax per
    // mu scores about 10¹⁶ points. The table is then being written (the threads score pool by pool
    // as they write), and stdout's writer must not take the refusal for a stdout that failed.
    const rows = ['credit_code,name,county,industry_code,scale,land_mu,tax_wan,sales_wan,value_added_wan,energy_tce,employees'];
    ['天宁区', '武进区', '钟楼区'].forEach((county, p) => {
      for (let k = 0; k < 4; k++) {
        const land = p === 2 && k === 0 ? `0.${'0'.repeat(14)}1` : String(8 + k);
        rows.push([creditCode(100 * p + k), `企业${p}${k}`, county, 'C3311', 'above', land, 20 + k, 300 + k, 90 + k, 15 + k, 40 + k].join(','));
      }
    });
    const tiny = withFiles({ 'tiny.csv': `${rows.join('\n')}\n` });
    for (const out of [[], ['--out', 'results.csv']]) {
      const r = await runScore(['tiny.csv', '--scheme', 'zhejiang-huangyan-2022', ...out], tiny);
      expect(r.code, out.join(' ')).toBe(2);
      expectOneLineError(r.stderr);
      expect(r.stderr).toContain(creditCode(200));
      expect(r.stderr).not.toContain('standard output');
    }
  });
  test('no arguments prints the usage of every subcommand', async () => {
    const r = await runScore([], dir);
    for (const sub of ['validate', 'explain', 'schemes', 'init']) expect(r.stdout).toContain(`score ${sub}`);
  });
});

describe('exit 0', () => {
  test('--help', async () => {
    const r = await runScore(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('exit codes');
  });
  test('a run with rejected rows still completes, and says how many', async () => {
    const dir = withFiles({ 'mixed.csv': `${ok}91320404000000002X,常州乙机械有限公司,above,10,50,3000\n` });
    const r = await runScore(['mixed.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/拒收 rejected 1\b/);
  });
});

describe('the process exits with the code', () => {
  test.each([
    [0, ['--help']],
    [1, ['no-such-file.csv']],
    [2, ['ok.csv', '--bogus']],
  ])('%i: score %j', (code, args) => {
    const r = score(args, withFiles({ 'ok.csv': ok }));
    expect(r.code).toBe(code);
    if (code !== 0) expectOneLineError(r.stderr);
  });
});
