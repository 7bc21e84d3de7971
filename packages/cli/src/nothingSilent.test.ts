/**
 * Nothing silent, no line lost: a parse error anywhere in a file is exit 1 naming the file and
 * the line, on every path (one file with CSV out is the fast reader, cut into parts here; JSON or
 * several files the streaming one) — before, the fast reader waited for a 'drain' that never came
 * and the run ended with exit 0 and no output. A stray quote that csv-parse accepts rejects the
 * swallowed lines with their range and codes instead of merging firms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messyCsv } from '../../csv/src/test/messyCsv.js';
import { hasStackTrace, runScore } from './test/memoryIo.js';
import { ROOT, withFiles } from './test/spawnScore.js';

// The statistics export with a land column (12 亩 each), so that it can be scored alone: without
// the land area in any file the run stops before reading the rows (exit 1, a data problem).
const STATISTICS = readFileSync(join(ROOT, 'fixtures/zhonglou/statistics.csv'), 'utf8')
  .split('\n')
  .map((l, i) => (l === '' ? l : i === 0 ? `${l},land_mu` : `${l},12`))
  .join('\n');
const TAX = readFileSync(join(ROOT, 'fixtures/zhonglou/tax.csv'));

/** The file with line `n` (1-based) changed by `edit`. */
function editLine(text: string, n: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[n - 1] = edit(lines[n - 1] as string);
  return lines.join('\n');
}

const PATHS: [string, string[]][] = [
  ['one file, CSV out (the table written from the columns)', []],
  ['one file, JSON out (results as objects)', ['--format', 'json']],
  ['two files', ['tax.csv']],
];

describe.each(PATHS)('a parse error, %s', (_what, more) => {
  test('a stray quote in a name ("常州"某某有限公司) on line 300: exit 1, file and line named', async () => {
    const dir = withFiles({ 'stats.csv': editLine(STATISTICS, 300, (l) => l.replace(',常州', ',"常州"')), 'tax.csv': TAX });
    const r = await runScore(['stats.csv', ...more], dir);
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(/stats\.csv.*第 300 行/);
    expect(r.stdout.length).toBe(0);
  });

  test('a record over 1 MiB far past the first 64 KB: exit 1, file named', async () => {
    const dir = withFiles({ 'stats.csv': editLine(STATISTICS, 700, (l) => l.replace(',常州', `,常州${'长'.repeat(400_000)}`)), 'tax.csv': TAX });
    const r = await runScore(['stats.csv', ...more], dir);
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(/stats\.csv.*(700|701)/);
  });
});

describe('a parse error near the end of a file cut into parts', () => {
  test('exit 1 naming the line, whatever part it falls in', async () => {
    // From 4 MiB a UTF-8 file is parsed in parts (one in a worker); the error is in the last one.
    const text = messyCsv(60_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 << 20);
    const at = text.split('\r\n').length - 20;
    const dir = withFiles({ 'firms.csv': editLine(text.replaceAll('\r\n', '\n'), at, (l) => l.replace(/,/, ',"x"y')) });
    const r = await runScore(['firms.csv'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`第 ${at} 行`);
  });
});

describe('an unpaired quote that csv-parse accepts: lines 300–303 swallowed', () => {
  // Line 300 opens a quote in the name; the quote before a comma on line 303 closes it.
  const text = editLine(
    editLine(STATISTICS, 300, (l) => l.replace(',常州', ',"常州')),
    303,
    (l) => l.replace(/有限公司,/, '有限公司",'),
  );
  const codesOn = (n: number[]) => n.map((k) => (text.split('\n')[k - 1] as string).split(',')[0] as string);
  const swallowed = codesOn([300, 301, 302, 303]);

  test('JSON: one rejection with the range and the four codes; no swallowed firm scored or excluded', async () => {
    const r = await runScore(['stats.csv', '--format', 'json'], withFiles({ 'stats.csv': text }));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout.toString('utf8')) as {
      results: { creditCode: string }[];
      excluded: { creditCode: string }[];
      rejected: { row: number; code: string; message: { zh: string; en: string }; value: string }[];
    };
    const rejection = json.rejected.find((x) => x.code === 'swallowed-lines');
    expect(rejection).toMatchObject({ row: 300, value: '300–303' });
    for (const c of swallowed) {
      expect(rejection?.message.zh).toContain(c);
      expect(rejection?.message.en).toContain(c);
    }
    const kept = new Set([...json.results, ...json.excluded].map((x) => x.creditCode));
    for (const c of swallowed) expect(kept.has(c)).toBe(false);
    expect(kept.has(codesOn([304])[0] as string)).toBe(true);
  });

  test('CSV out (the table written from the columns): the same rejection counted, the same firms as the JSON results', async () => {
    const dir = withFiles({ 'stats.csv': text });
    const csv = await runScore(['stats.csv'], dir);
    const json = await runScore(['stats.csv', '--format', 'json'], dir);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toMatch(/拒收 rejected 1/);
    const fromJson = JSON.parse(json.stdout.toString('utf8')) as { results: { creditCode: string }[]; excluded: { creditCode: string }[] };
    const codesInTable = csv.stdout
      .toString('utf8')
      .split('\r\n')
      .slice(1, -1)
      // An all-digit code is written as a formula ("=""9132…""") so Excel keeps it text.
      .map((l) => /[0-9A-Z]{18}/.exec(l.split(',')[1] ?? '')?.[0]);
    expect(new Set(codesInTable)).toEqual(new Set([...fromJson.results, ...fromJson.excluded].map((x) => x.creditCode)));
    for (const c of swallowed) expect(csv.stdout.toString('utf8')).not.toContain(c);
  });
});
