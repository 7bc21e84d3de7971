/**
 * Each class of malformed value is a row error with its row, column and code in the JSON
 * output, the run still completes (exit 0), and the accounting balances.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ScoreJson } from './output/resultsJson.js';
import { runScore } from './test/runScore.js';
import { withFiles } from './test/spawnScore.js';

// Valid codes (GB 32100-2015), check characters worked by hand, e.g. 91320404000000001:
// 9·1 + 1·3 + 3·9 + 2·27 + 0·19 + 4·26 + 0·16 + 4·17 + 1·28 = 293; 293 mod 31 = 14; 31 − 14 = 17 → "H".
const C = {
  ok: '91320404000000001H',
  text: '91320404000000002L',
  nan: '91320404000000003P',
  inf: '91320404000000004T',
  negative: '91320404000000005X',
  duplicate: '913204040000000061',
  scientific: '913204040000000074',
  percent: '913204040000000087',
};
const header = 'credit_code,name,scale,land_mu,tax_wan,sales_wan,energy_tce';
const lines = [
  header, //                                                                line 1
  `${C.ok},常州甲机械有限公司,above,10,50,3000,100`, //                      2 scored
  `${C.text},常州乙机械有限公司,above,10,待核实,3000,100`, //                3 text in a number field
  `${C.nan},常州丙机械有限公司,above,10,50,NaN,100`, //                      4 NaN
  `${C.inf},常州丁机械有限公司,above,10,50,3000,Infinity`, //                5 Infinity
  `${C.negative},常州戊机械有限公司,above,-5,50,3000,100`, //                6 negative land
  `91320404000000006X,常州己机械有限公司,above,10,50,3000,100`, //           7 wrong check character (…61 is right)
  `,常州庚机械有限公司,above,10,50,3000,100`, //                            8 missing code
  `${C.duplicate},常州辛机械有限公司,above,10,50,3000,100`, //               9 duplicate code …
  `${C.duplicate},常州辛机械有限公司,above,12,55,3100,100`, //              10 … with different values
  `${C.scientific},常州壬机械有限公司,above,10,50,1.2E+05,100`, //          11 scientific notation
  `${C.percent},常州癸机械有限公司,above,10,3.5%,3000,100`, //              12 a percentage where a figure is expected
  `合计,,,,,,`, //                                                          13 summary row: skipped, not rejected
];

let doc: ScoreJson;
let stderr: string;
beforeAll(async () => {
  const dir = withFiles({ 'messy.csv': `${lines.join('\n')}\n` });
  const r = await runScore(['messy.csv', '--format', 'json'], dir);
  expect(r.code).toBe(0);
  doc = JSON.parse(r.stdout) as ScoreJson;
  stderr = r.stderr;
});

describe('row errors in the JSON output', () => {
  test.each([
    ['text in a number field', 3, 'tax_wan', 'invalid-number'],
    ['NaN', 4, 'sales_wan', 'non-finite-number'],
    ['Infinity', 5, 'energy_tce', 'non-finite-number'],
    ['negative land', 6, 'land_mu', 'negative-value'],
    ['an invalid credit code', 7, 'credit_code', 'invalid-credit-code'],
    ['a missing credit code', 8, 'credit_code', 'missing-credit-code'],
    ['a duplicated code (first row)', 9, 'credit_code', 'duplicate-credit-code'],
    ['a duplicated code (second row)', 10, 'credit_code', 'duplicate-credit-code'],
    ['scientific notation', 11, 'sales_wan', 'scientific-notation'],
    ['a percentage where a figure is expected', 12, 'tax_wan', 'unexpected-percent'],
  ])('%s → line %i, column %s, code %s', (_what, row, column, code) => {
    const entry = doc.rejected.find((r) => r.row === row);
    expect(entry).toMatchObject({ row, code, source: 'messy.csv' });
    if (code !== 'duplicate-credit-code') expect(entry?.column).toBe(column);
    // @mujun/core's RejectedRow: the message in each language (the English one may quote the cell).
    expect(entry?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry?.message.en).toMatch(/^[a-z].* [a-z]+ /i);
  });

  test('only the one clean row is scored; the 合计 row is skipped, not rejected', () => {
    expect(doc.results.map((r) => r.creditCode)).toEqual([C.ok]);
    expect(doc.rejected.map((r) => r.row).sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(doc.accounting).toMatchObject({ rows: 11, scored: 1, excluded: 0, rejected: 10, summaryRows: 1 });
  });

  test('stderr carries the accounting line', () => {
    expect(stderr).toContain('行数 rows 11 = 已评价 scored 1 + 排除 excluded 0 + 拒收 rejected 10');
  });
});
