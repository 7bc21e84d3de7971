import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseCsvText } from './parseCsvText.js';

/** A cell as a CSV writer writes it: quoted when it holds a quote, comma or line break. */
const written = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

test('law: rows written as CSV read back as the same rows (empty rows skipped), whatever the line ends', () => {
  const cell = fc.oneof(fc.constantFrom('', 'A', '912', '="9132"', '合计', 'a,b', 'say "hi"', 'two\nlines', 'cr\rlf', ' x '), fc.string({ maxLength: 4 }));
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
  let quotedRows = 0;
  fc.assert(
    fc.property(rows, fc.constantFrom('\r\n', '\n', '\r'), fc.boolean(), (table, eol, bom) => {
      const text = (bom ? '\uFEFF' : '') + table.map((r) => r.map(written).join(',')).join(eol) + eol;
      if (/"/.test(text)) quotedRows++;
      expect(parseCsvText(text)).toEqual(table.filter((r) => r.some((c) => c !== '')));
    }),
    { numRuns: 500 },
  );
  // Both ways of reading a row were exercised: the quick split and the character loop.
  expect(quotedRows).toBeGreaterThan(100);
});

test('law: with a width, each row is its first width cells', () => {
  const cell = fc.oneof(fc.constantFrom('', 'x', 'a,b', 'q"q', 'l\nl'), fc.string({ maxLength: 3 }));
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 }), fc.integer({ min: 1, max: 7 }), (table, width) => {
      const text = `${table.map((r) => r.map(written).join(',')).join('\r\n')}\r\n`;
      const whole = parseCsvText(text);
      expect(parseCsvText(text, width)).toEqual(whole.map((r) => r.slice(0, width)).filter((r) => r.some((c) => c !== '')));
    }),
    { numRuns: 300 },
  );
});
