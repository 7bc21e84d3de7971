/**
 * `score report`: each 一企一单 sheet names the source of every value (the bureau file and line),
 * from the five fixture files and from a single file alike — run in-process on the sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { Io } from './io.js';
import { run } from './main.js';
import { FIXTURE_FILES, ROOT, tempDir, withFiles } from './test/spawnScore.js';
import { readPlanted } from './test/planted.js';

const champion = readPlanted().reference['champion']!.creditCode;

async function report(files: string[], cwd: string = ROOT): Promise<string> {
  const out = join(tempDir(), 'report.html');
  const io: Io = {
    stdout: new Writable({ write: (_chunk, _encoding, done) => done() }),
    stderr: () => undefined,
    stderrIsTTY: false,
    progress: () => undefined,
    cwd,
  };
  expect(await run(['report', ...files, '--out', out], io)).toBe(0);
  return readFileSync(out, 'utf8');
}

/**
 * Every source the report's sheets show, as "税务局 (tax.csv:22)": the page draws sheets from the
 * embedded data, where each firm's sources are `bureau|file|row` items (indices into the shared
 * strings) in section 3 of its detail string (see @mujun/report's internal/model.ts).
 */
function sheetSources(html: string): Set<string> {
  const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const data = JSON.parse(json) as { S: string[]; t: { detail: string[] } };
  const out = new Set<string>();
  for (const detail of data.t.detail)
    for (const item of (detail.split('~')[3] ?? '').split(';').filter(Boolean)) {
      const [bureau, file, row] = item.split('|');
      out.add(`${data.S[Number(bureau)]} (${data.S[Number(file)]}${row ? `:${row}` : ''})`);
    }
  return out;
}

/** The line of tax.csv that holds a credit code (1-based, the header row counted). */
function taxLine(code: string): number {
  const lines = readFileSync(join(ROOT, 'fixtures/zhonglou/tax.csv'), 'utf8').split(/\r?\n/);
  const i = lines.findIndex((l) => l.includes(code));
  expect(i).toBeGreaterThan(0);
  return i + 1;
}

describe('score report: sources on the sheets', () => {
  test('five bureau files: a firm’s tax is shown as from 税务局 (tax.csv:line)', async () => {
    const sources = sheetSources(await report(FIXTURE_FILES));
    expect(sources).toContain(`税务局 (tax.csv:${taxLine(champion)})`);
    expect([...sources].some((s) => s.startsWith('自然资源局 (land.csv:'))).toBe(true);
  }, 60_000);

  test('one file: the sources are still shown (tax.csv, line 3 = the second firm)', async () => {
    const csv = [
      'credit_code,name,scale,industry_code,土地使用权面积(平方米),tax_wan,sales_wan',
      '91320404000000001H,常州一号机械有限公司,above,C3484,6000,100,1000',
      '91320404000000002L,常州二号机械有限公司,above,C3484,6000,80,2000',
    ].join('\n');
    const sources = sheetSources(await report(['tax.csv'], withFiles({ 'tax.csv': csv })));
    expect(sources).toContain('税务局 (tax.csv:3)');
    expect(sources).toContain('税务局 (tax.csv:2)');
  }, 60_000);
});
