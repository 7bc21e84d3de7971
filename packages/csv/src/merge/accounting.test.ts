import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readSources } from '../node/readSources.js';
import { creditCodeCheckCharacter } from '@mujun/core';

const code = (n: number) => {
  const body = `9132040000000${String(n).padStart(4, '0')}`;
  return body + creditCodeCheckCharacter(body);
};
const POOL = [0, 1, 2, 3, 4, 5].map(code);

type Kind = 'good' | 'bad-number' | 'negative' | 'bad-code' | 'no-code' | 'summary' | 'blank';
const row = fc.record({
  kind: fc.constantFrom<Kind>('good', 'good', 'good', 'bad-number', 'negative', 'bad-code', 'no-code', 'summary', 'blank'),
  code: fc.constantFrom(...POOL),
  tax: fc.integer({ min: 0, max: 3 }),
});

function line(r: { kind: Kind; code: string; tax: number }): string {
  switch (r.kind) {
    case 'good':
      return `${r.code},企业${r.code.slice(-3)},${r.tax},1`;
    case 'bad-number':
      return `${r.code},企业,abc,1`;
    case 'negative':
      return `${r.code},企业,1,-1`;
    case 'bad-code':
      return `91320400000000000X,企业,1,1`;
    case 'no-code':
      return `,企业,1,1`;
    case 'summary':
      return `合计,,9,9`;
    case 'blank':
      return '';
  }
}

test('law: every data row is merged into a record, rejected, or a summary row (per source and in total)', () =>
  fc.assert(
    fc.asyncProperty(fc.array(fc.array(row, { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 3 }), async (sources) => {
      const inputs = sources.map((rows, i) => ({
        name: `s${i}.csv`,
        data: Buffer.from(`credit_code,name,tax_wan,land_mu\r\n${rows.map(line).join('\r\n')}\r\n`),
      }));
      const nonBlank = sources.map((rows) => rows.filter((r) => r.kind !== 'blank').length);
      if (nonBlank.some((n) => n === 0)) {
        await expect(readSources(inputs)).rejects.toMatchObject({ code: 'no-data-rows' });
        return;
      }
      const r = await readSources(inputs);
      let total = 0;
      for (const [i, input] of inputs.entries()) {
        const s = input.name;
        const contributions = r.records.reduce((n, m) => n + m.rows.filter((o) => o.source === s).length, 0);
        const repeats = r.warnings.filter((w) => w.source === s && w.code === 'duplicate-identical-rows').reduce((n, w) => n + w.count! - 1, 0);
        const rejected = new Set(r.rejected.filter((e) => e.source === s).map((e) => e.row)).size;
        const summary = r.summaryRows.filter((x) => x.source === s).length;
        expect(contributions + repeats + rejected + summary).toBe(nonBlank[i]);
        expect(r.accounting.sources[i]).toEqual({
          source: s,
          rows: nonBlank[i],
          merged: contributions + repeats,
          rejected,
          summary,
          blankLines: sources[i]!.filter((x) => x.kind === 'blank').length,
        });
        total += nonBlank[i]!;
      }
      const t = r.accounting.total;
      expect(t.rows).toBe(total);
      expect(t.merged + t.rejected + t.summary).toBe(t.rows);
      expect(t.records).toBe(r.records.length);
    }),
    { numRuns: 100 },
  ));
