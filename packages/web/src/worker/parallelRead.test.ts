/**
 * The page's reading against @mujun/cli/run's readRun, on the fixture district (CSV and .xlsx):
 * the same merged input, and — what the page relies on to read a file choice once, for the
 * cross-check and then the run — the reads merged again give what a fresh read gives. (Here the
 * files are read in this thread: the readers, workers, are the browser test's.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPreset } from '@mujun/core';
import { evaluateInputs, readRun, resultsCsvBytes, validationText, type Inputs, type RunSource } from '@mujun/cli/run';
import { describe, expect, it } from 'vitest';
import { readInParallel } from './parallelRead.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const scheme = getPreset();
const quiet = () => {};

function district(folder: string, ext: string): RunSource[] {
  const dir = join(root, 'fixtures', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** What the page shows and hands out of a merged input: the cross-check and the results CSV. */
const shown = (inputs: Inputs) => ({ check: validationText(inputs), csv: Buffer.from(resultsCsvBytes(evaluateInputs(inputs, scheme))).toString('utf8') });

describe.each([
  ['zhonglou', '.csv', 1],
  ['zhonglou-xlsx', '.xlsx', 2],
])('the page reads fixtures/%s as readRun does', (folder, ext, generation) => {
  const files = district(folder, ext);

  it('gives readRun’s merged input, and the same again from its reads merged once more', async () => {
    const cli = shown(await readRun(files, { sourcePrecedence: scheme.sourcePrecedence, provenance: true }));
    expect(cli.check).toContain('冲突 conflicts (');
    // First the cross-check's read, then its reads merged again (the page's file choice, `generation`,
    // unchanged): for a second cross-check (a new scheme), and for the run (no provenance kept).
    expect(shown(await readInParallel(files, generation, scheme, true, quiet))).toEqual(cli);
    expect(shown(await readInParallel(files, generation, scheme, true, quiet))).toEqual(cli);
    expect(shown(await readInParallel(files, generation, scheme, false, quiet)).csv).toBe(cli.csv);
  });
});
