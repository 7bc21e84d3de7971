import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BROWSER_ENTRIES, browserBundle } from '../../core/scripts/browserBundle.js';
import type { ReadResult, SourceInput } from './index.js';
import { readSources } from './node.js';

/**
 * What a web page that reads the bureau files downloads (issue 15's offline page builds on it):
 * `@mujun/csv`'s root entry — decoding, header mapping, CSV and .xlsx parsing, the merge — with no
 * Node built-in. About half of it is csv-parse's browser build (its own Buffer and stream).
 */
const BUDGET_GZIP_BYTES = 84_000;

const FILES = ['environment', 'land', 'power', 'statistics', 'tax'];

/** The parts of a reading that can be compared as data (no functions, sets as arrays). */
const asData = (r: ReadResult): unknown => JSON.parse(JSON.stringify(r, (_k, v: unknown) => (v instanceof Set ? [...v] : v)));

interface Page {
  readSources: (inputs: SourceInput[]) => Promise<ReadResult>;
  /** The page's own Uint8Array, as File.arrayBuffer() gives bytes in it. */
  bytes: (data: Uint8Array) => Uint8Array;
}

/** Runs a classic-script bundle in a realm of its own where only what a browser also has is defined: no Buffer, process, require or worker threads. */
function inBrowserLikeRealm(code: string): Page {
  const realm = { TextDecoder, TextEncoder, console, setTimeout, clearTimeout, queueMicrotask };
  const { readSources } = runInNewContext(`${code};mujun`, realm) as Pick<Page, 'readSources'>;
  const PageUint8Array = runInNewContext('Uint8Array', realm) as typeof Uint8Array;
  return { readSources, bytes: (data) => PageUint8Array.from(data) };
}

describe('@mujun/csv in the browser', async () => {
  const bundle = await browserBundle(BROWSER_ENTRIES['csv: read and merge bureau files from bytes'], 'iife');

  it(`bundles the root entry into at most ${BUDGET_GZIP_BYTES / 1000} kB gzip, with no Node built-in`, () => {
    expect(bundle.externalImports).toEqual([]);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it.each([
    ['CSV', 'zhonglou', 'csv'],
    ['.xlsx', 'zhonglou-xlsx', 'xlsx'],
  ])('merges the fixture district’s %s files from bytes as @mujun/csv/node merges them from paths', async (_kind, dir, ext) => {
    const paths = FILES.map((f) => `fixtures/${dir}/${f}.${ext}`);
    const page = inBrowserLikeRealm(bundle.code);
    const inPage = await page.readSources(paths.map((name) => ({ name, data: page.bytes(readFileSync(name)) })));
    const fromFiles = await readSources(paths);
    // Not a vacuous comparison: the district and its planted problems are there.
    expect(fromFiles.records.length).toBe(846);
    expect(fromFiles.conflicts.length).toBe(5);
    expect(fromFiles.rejected.length).toBeGreaterThanOrEqual(5);
    if (ext === 'csv') expect(fromFiles.sources.map((s) => s.file.encoding)).toContain('gb18030');
    expect(asData(inPage)).toEqual(asData(fromFiles));
  });

  it('reads a UTF-16 export (as Excel saves “Unicode text”) to the same records as its UTF-8 original', async () => {
    const paths = FILES.map((f) => `fixtures/zhonglou/${f}.csv`);
    const page = inBrowserLikeRealm(bundle.code);
    const utf16 = (path: string) => (path.endsWith('tax.csv') ? Buffer.from(`\ufeff${readFileSync(path, 'utf8')}`, 'utf16le') : readFileSync(path));
    const inPage = await page.readSources(paths.map((name) => ({ name, data: page.bytes(utf16(name)) })));
    const fromFiles = await readSources(paths);
    expect(inPage.sources.map((s) => s.file.encoding)).toEqual(fromFiles.sources.map((s) => (s.source.endsWith('tax.csv') ? 'utf-16le' : s.file.encoding)));
    for (const [i, s] of inPage.sources.entries()) s.file.encoding = fromFiles.sources[i]!.file.encoding;
    expect(asData(inPage)).toEqual(asData(fromFiles));
  });
});
