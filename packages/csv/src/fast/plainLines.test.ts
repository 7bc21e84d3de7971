import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { csvParseOptions, lineBreaks } from '../read/csvOptions.js';
import { splitRecords } from './plainLines.js';

/** What csv-parse makes of the whole text, each record with the line the one-stream reader gives it. */
function reference(text: string, delimiter: string): [string[], number][] {
  const out: [string[], number][] = [];
  let line = 1;
  for (const cells of parse(text, csvParseOptions(delimiter)) as string[][]) {
    out.push([cells, line]);
    line += 1 + lineBreaks(cells);
  }
  return out;
}

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[0-9A-Za-z.\-中文]{0,6}$/) },
  { weight: 1, arbitrary: fc.constantFrom(' a', 'b ', '\t', '　全角', '"q"', '"x,y"', '"多\n行"', '"a""b"', 'a"b', '"', '\r', '') },
);
const line = fc.array(cell, { minLength: 1, maxLength: 5 });
const ending = fc.constantFrom('\n', '\n', '\n', '\r\n');

test("law: splitRecords gives csv-parse's records and lines, the plain lines split here and the others by csv-parse", () => {
  let compared = 0;
  let plain = 0;
  let handed = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(line, ending), { minLength: 1, maxLength: 12 }), fc.constantFrom(',', ';'), (lines, delimiter) => {
      const text = lines.map(([cells, end]) => cells.join(delimiter) + end).join('');
      let expected: [string[], number][];
      try {
        expected = reference(text, delimiter);
      } catch {
        return; // not well-formed CSV: the reader reports it from csv-parse's own error
      }
      const got: [string[], number][] = [];
      const bytes = Buffer.from(text, 'utf8');
      // No line is taken from the bytes (fast/plainRow.test.ts checks those): every line is split here or by csv-parse.
      splitRecords(
        bytes,
        0,
        bytes.length,
        delimiter,
        1,
        () => false,
        (cells, at) => got.push([cells, at]),
      );
      expect(got).toEqual(expected);
      compared++;
      for (const [cells] of lines)
        if (cells.every((c) => !/[\s"]/.test(c))) plain++;
        else handed++;
    }),
    { numRuns: 2000 },
  );
  // The law compared real cases of both kinds, not only the malformed ones it skips.
  expect(compared).toBeGreaterThan(1000);
  expect(plain).toBeGreaterThan(2000);
  expect(handed).toBeGreaterThan(2000);
});
