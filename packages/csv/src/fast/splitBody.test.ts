import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { countLineBreaks, splitBody } from './splitBody.js';

// Records with quoted cells holding commas, quotes and line breaks (LF, CRLF, CR), joined by LF or CRLF.
const cell = fc.oneof(
  fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
  fc.stringMatching(/^[a-z,"\r\n]{0,6}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
);
const text = fc
  .tuple(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
  .map(([rows, eol]) => rows.map((r) => r.join(',')).join(eol) + eol);

test('parts cut at line feeds outside quotes parse into the same records, lines counted', () =>
  fc.assert(
    fc.property(text, fc.integer({ min: 2, max: 5 }), (csv, k) => {
      const bytes = new Uint8Array(Buffer.from(csv, 'utf8'));
      const parts = splitBody(bytes, 0, bytes.length, 1, k);
      const options = { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true };
      const whole = parse(csv, options) as string[][];
      const pieces = parts.flatMap((p) => parse(Buffer.from(bytes.subarray(p.start, p.end)), options) as string[][]);
      expect(pieces).toEqual(whole);
      for (const p of parts) expect(p.firstLine).toBe(1 + countLineBreaks(bytes, 0, p.start));
      const lf = csv.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
      expect(countLineBreaks(bytes, 0, bytes.length)).toBe(lf.split('\n').length - 1);
    }),
  ));
