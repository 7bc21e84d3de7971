import { validateRecords } from '@mujun/core';
import { readSources } from '@mujun/csv/node';
import { expect, it } from 'vitest';
import { generateDistrict } from '../../fixtures/generator/index.js';

// evaluate() does not check records by default, because records from @mujun/csv are checked as
// they are read (bad cells and codes rejected with the row, one record per credit code after the
// merge). This states that as a law over generated districts, planted problems included: every
// record readSources returns passes validateRecords.
it.each([20190930, 7, 42])(
  'every record @mujun/csv reads from a generated district (seed %i) passes validateRecords',
  async (seed) => {
    const files = generateDistrict(seed).filter((f) => f.fileName.endsWith('.csv'));
    const read = await readSources(files.map((f) => ({ name: f.fileName, data: new Uint8Array(f.bytes) })));
    expect(read.records.length).toBeGreaterThan(500);
    expect(read.rejected.length).toBeGreaterThan(0); // the planted problems were there, and rejected
    const checked = validateRecords(read.records.map((m) => m.record));
    expect(checked.success ? [] : checked.error.issues.slice(0, 5)).toEqual([]);
  },
  60_000,
);
