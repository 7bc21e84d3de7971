/**
 * A source read from memory in parts (worker threads; plain lines split by
 * fast/plainLines) is the same as read in one stream through csv-parse: every row, rejection,
 * summary row, warning and count. Workers run the compiled reader, so this test reads through
 * packages/csv/dist (built by `pnpm build`, as the CLI tests need).
 */
import { existsSync, readFileSync } from 'node:fs';

import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messyCsv } from '../test/messyCsv.js';

const DIST = new URL('../../dist/node.js', import.meta.url);
const FIXTURE = (f: string) => fileURLToPath(new URL(`../../../../fixtures/zhonglou/${f}.csv`, import.meta.url));

describe('readSource: parallel parts = one stream', async () => {
  if (!existsSync(fileURLToPath(DIST))) throw new Error('packages/csv/dist is missing: run `npx pnpm@12.4.2 build` first');
  const { readSource } = (await import(DIST.href)) as typeof import('../node.js');
  const plain = (r: Awaited<ReturnType<typeof readSource>>) =>
    JSON.parse(
      JSON.stringify(r, (_, v) => (v instanceof Set ? [...v] : v instanceof Map ? [...v] : ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)),
    );

  const inputs: [string, Uint8Array | string][] = [
    ['messy file, CRLF, quoted line breaks, duplicates across the cut', Buffer.from(messyCsv(3000))],
    ['the fixture statistics file (Chinese headers, planted problems)', FIXTURE('statistics')],
    ['the fixture tax file', FIXTURE('tax')],
  ];
  it.each(inputs)('%s', async (_what, data) => {
    const input = typeof data === 'string' ? data : { name: 'messy.csv', data };
    // Given as a stream, a source is read in one stream (csv-parse for every line).
    const bytes = typeof data === 'string' ? readFileSync(data) : data;
    const stream = () => ({ name: typeof data === 'string' ? data : 'messy.csv', data: Readable.from([bytes]) });
    for (const badValues of ['reject-row', 'drop-value'] as const) {
      const whole = await readSource(stream(), { badValues });
      for (const parts of [1, 2, 3]) {
        const split = await readSource(input, { minSplitBytes: parts === 1 ? Infinity : 1, parts, badValues });
        expect(plain(split)).toEqual(plain(whole));
      }
      expect(whole.rows.n).toBeGreaterThan(500);
    }
  });

  it('the part workers ended between two reads (as scoring does, to give their memory back) start again for the next', async () => {
    const { endIdlePartWorkers } = (await import(new URL('../../dist/fast/readParts.js', import.meta.url).href)) as typeof import('./readParts.js');
    const input = { name: 'messy.csv', data: Buffer.from(messyCsv(3000)) };
    const before = await readSource(input, { minSplitBytes: 1, parts: 2 });
    await endIdlePartWorkers();
    await endIdlePartWorkers();
    expect(plain(await readSource(input, { minSplitBytes: 1, parts: 2 }))).toEqual(plain(before));
  });

  it('a messy file read in parts has rejected rows, summary rows, unknown flags and cell problems (the comparison above is not vacuous)', async () => {
    const r = await readSource({ name: 'messy.csv', data: Buffer.from(messyCsv(3000)) }, { minSplitBytes: 1, badValues: 'drop-value' });
    expect(r.summaryRows.length).toBe(1);
    expect(r.fieldErrors.length).toBeGreaterThan(10);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['preamble-skipped', 'unknown-flag']));
    const strict = await readSource({ name: 'messy.csv', data: Buffer.from(messyCsv(3000)) }, { minSplitBytes: 1 });
    expect(strict.rejectedRows).toBeGreaterThan(50);
  });
});
