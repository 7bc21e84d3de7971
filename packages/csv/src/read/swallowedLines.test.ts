/**
 * A stray quote must not merge firms: a record that swallowed several physical lines is rejected
 * with its line range and the credit codes inside it, by both readers; an ordinary cell written
 * on two lines is not.
 */
import { describe, expect, test } from 'vitest';
import { readSource } from '../node/readSource.js';
import { swallowedLines } from './swallowedLines.js';
import { creditCodeCheckCharacter } from '@mujun/core';

/** The n-th valid credit code of a made-up series. */
function code(n: number): string {
  const body = `91320404${String(n).padStart(9, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

const HEADER = 'credit_code,name,county,scale,land_mu,tax_wan,sales_wan';
const row = (n: number, name = `常州${n}号机械有限公司`) => `${code(n)},${name},钟楼区,above,10,${n},100`;

describe('swallowedLines', () => {
  test('a name written on two lines is an ordinary record', () => {
    expect(swallowedLines([code(1), '常州\n换行电子有限公司', '钟楼区'], 5, 0)).toBeNull();
  });
  test('a cell holding the next firm’s code and cells is swallowed lines, with the range and every code', () => {
    const cells = [code(1), `常州某某,钟楼区,above,10,1,100\n${code(2)},常州乙,钟楼区,above,10,2,100\n${code(3)},常州丙`, '钟楼区'];
    expect(swallowedLines(cells, 7, 0)).toEqual({ firstLine: 7, lastLine: 9, creditCodes: [code(1), code(2), code(3)] });
  });
  test('a line of delimited cells after a break is swallowed lines even without a valid code', () => {
    expect(swallowedLines(['x', 'a\nb,c,d'], 2, 0)).not.toBeNull();
  });
  test('a code in a cell after the line break (another firm’s line) is swallowed lines; the record’s own code there is not', () => {
    expect(swallowedLines(['常州\n甲', code(2), '钟楼区'], 4, 1)).toBeNull();
    expect(swallowedLines([code(1), '常州\n甲', code(2)], 4, 0)).toEqual({ firstLine: 4, lastLine: 5, creditCodes: [code(1), code(2)] });
  });
});

describe('readSource: an unpaired quote that csv-parse accepts', () => {
  // Line 3 opens a quote that the quote before the comma on line 5 closes: lines 3–5 become one record.
  const lines = [
    HEADER,
    row(1),
    `${code(2)},"常州2号机械有限公司,钟楼区,above,10,2,100`,
    row(3),
    `${code(4)},常州4号机械有限公司",钟楼区,above,10,4,100`,
    row(5),
  ];
  const csv = `${lines.join('\n')}\n`;

  test('the record is rejected with lines 3–5 and the three codes; the firms before and after are kept', async () => {
    const read = await readSource({ name: 'q.csv', data: Buffer.from(csv) });
    expect([...read.rows.codes]).toEqual([code(1), code(5)]);
    expect(read.rejected).toHaveLength(1);
    const e = read.rejected[0]!;
    expect(e.code).toBe('swallowed-lines');
    expect(e.row).toBe(3);
    expect(e.value).toBe('3–5');
    for (const n of [2, 3, 4]) expect(e.message.zh + e.message.en).toContain(code(n));
    expect(e.message.zh).toMatch(/第 3–5 行/);
    // The cross-check says these firms were rejected, not absent from the file.
    expect([...read.rejectedCodes].sort()).toEqual([code(2), code(3), code(4)]);
  });
});
