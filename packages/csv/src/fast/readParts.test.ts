/**
 * A source read in parallel parts (worker threads) is the same as read in one stream: every row,
 * rejection, summary row, warning and count. Workers run the compiled reader, so this test reads
 * through packages/csv/dist (built by `pnpm build`, as the CLI tests need).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messyCsv } from './messyCsv.js';

const DIST = new URL('../../dist/index.js', import.meta.url);
const FIXTURE = (f: string) => fileURLToPath(new URL(`../../../../fixtures/zhonglou/${f}.csv`, import.meta.url));

describe('readSource: parallel parts = one stream', async () => {
  if (!existsSync(fileURLToPath(DIST))) throw new Error('packages/csv/dist is missing: run `npx pnpm@12.4.2 build` first');
  const { readSource } = (await import(DIST.href)) as typeof import('../index.js');
  const plain = (r: Awaited<ReturnType<typeof readSource>>) => JSON.parse(JSON.stringify(r, (_, v) => (v instanceof Set ? [...v] : v instanceof Map ? [...v] : ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));

  const inputs: [string, Uint8Array | string][] = [
    ['messy file, CRLF, quoted line breaks, duplicates across the cut', Buffer.from(messyCsv(3000))],
    ['the fixture statistics file (Chinese headers, planted problems)', FIXTURE('statistics')],
    ['the fixture tax file', FIXTURE('tax')],
  ];
  it.each(inputs)('%s', async (_what, data) => {
    const input = typeof data === 'string' ? data : { name: 'messy.csv', data };
    const whole = await readSource(input, { minSplitBytes: Infinity });
    for (const parts of [2, 3]) {
      const split = await readSource(input, { minSplitBytes: 1, parts });
      expect(plain(split)).toEqual(plain(whole));
    }
    expect(whole.rows.n).toBeGreaterThan(500);
  });
});
