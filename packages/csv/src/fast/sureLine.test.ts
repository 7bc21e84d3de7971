import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { csvParseOptions } from '../read/csvOptions.js';
import { sureLine } from './sureLine.js';

/** Every character csv-parse trims (JavaScript's `\s`), quotes, control bytes, delimiters, and ordinary text. */
const WHITE = ' \t\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const char = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'09AZaz.-/常州合计—―“”·×＿Ａ１', '\u00a1', '\u1681', '\u200b', '\u2030', '\u2060', '\u3001', '\ufefe', '\uff01') },
  { weight: 2, arbitrary: fc.constantFrom(',', ';', '\t') },
  { weight: 1, arbitrary: fc.constantFrom(...WHITE, '"', '\u0001', '\u007f', '\u0085') },
);
const line = fc.array(char, { maxLength: 14 }).map((cs) => cs.join(''));

test('law: a sure line is split exactly where csv-parse splits it, untrimmed; a line with a quote or white space is never sure', () => {
  let sure = 0;
  let unsure = 0;
  fc.assert(
    fc.property(line, fc.constantFrom(',', ';', '\t'), (text, delimiter) => {
      const b = Buffer.from(text, 'utf8');
      const bounds = new Int32Array(64);
      const cells = sureLine(b, 0, b.length, delimiter.charCodeAt(0), bounds);
      if (cells < 0) {
        unsure++;
        return;
      }
      sure++;
      const got = Array.from({ length: cells }, (_, c) => b.toString('utf8', bounds[2 * c], bounds[2 * c + 1]));
      expect(/[\s"]/.test(text.replaceAll(delimiter, ''))).toBe(false);
      expect(got).toEqual(text.split(delimiter));
      if (text !== '') expect(parse(text, csvParseOptions(delimiter))).toEqual([got]);
    }),
    { numRuns: 4000 },
  );
  expect(sure).toBeGreaterThan(800);
  expect(unsure).toBeGreaterThan(800);
});
