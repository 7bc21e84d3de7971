/**
 * Output choices of `score`: CSV for Excel (BOM, Chinese or English headers, GBK on request,
 * formula injection neutralised, codes kept as text), --out, and the progress bar's silence
 * when stderr is not a terminal.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScore } from './test/runScore.js';
import { ROOT, type Spawned, withFiles } from './test/spawnScore.js';

const rows = [
  'credit_code,name,scale,land_mu,tax_wan,sales_wan',
  '91320404000000001H,=HYPERLINK("http://x"),above,10,50,3000',
  '91320404000000002L,常州乙机械有限公司,above,20,50,3000',
];
const dir = withFiles({ 'in.csv': `${rows.join('\n')}\n` });

describe('CSV output', () => {
  let zh: Spawned;
  beforeAll(async () => {
    zh = await runScore(['in.csv'], dir);
  });
  test('is UTF-8 with a BOM and Chinese headers by default', () => {
    expect(zh.code).toBe(0);
    expect([...zh.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(zh.stdout.slice(1).split('\r\n')[0]).toMatch(/^评价年度,统一社会信用代码,企业名称/);
  });
  test('neutralises a name that Excel would run as a formula', () => {
    expect(zh.stdout).not.toMatch(/,=HYPERLINK/);
    expect(zh.stdout).toContain('HYPERLINK');
  });
  test('ranks by total: 10 亩 beats 20 亩 with the same tax and sales', () => {
    // Same tax and sales, half the land: the first firm's per-mu figures are twice the second's.
    const body = zh.stdout.slice(1).split('\r\n').slice(1).filter(Boolean);
    expect(body[0]).toContain('91320404000000001H');
  });
  test('--headers en writes the canonical English headers', async () => {
    const en = await runScore(['in.csv', '--headers', 'en'], dir);
    expect(en.stdout.slice(1).split('\r\n')[0]).toMatch(/^year,credit_code,name,county,group,status,class/);
  });
  test('--encoding gbk writes GBK without a BOM', async () => {
    const gbk = await runScore(['in.csv', '--encoding', 'gbk'], dir);
    expect([...gbk.stdoutBytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('gbk').decode(gbk.stdoutBytes)).toContain('常州乙机械有限公司');
  });
  test('--out writes the file and leaves stdout empty; the accounting still goes to stderr', async () => {
    const out = await runScore(['in.csv', '--format', 'json', '--out', 'results.json'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).accounting.scored).toBe(2);
    expect(out.stderr).toMatch(/行数 rows 2 = 已评价 scored 2/);
  });
  test('no progress bar when stderr is not a terminal: stderr holds only the two summary lines (and the data warnings)', () => {
    // in.csv has no energy, emissions, value added, employees or R&D: five warnings say so.
    expect(
      zh.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('score: 注意')),
    ).toHaveLength(2);
    expect(zh.stderr).not.toContain('\r');
  });
});

describe('a reader that stops early', () => {
  test('`score … | head -1` exits 1 and says the results were not written in full (no internal error)', () => {
    const err = join(withFiles({}), 'err.txt');
    const script = `node packages/cli/bin/score.js fixtures/zhonglou/*.csv 2>${err} | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat ${err}`;
    const out = execFileSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(out.split('\n')[0]).toBe('1');
    expect(out).toContain('EPIPE');
    expect(out).not.toContain('internal error');
  });
});
