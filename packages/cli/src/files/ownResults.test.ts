/**
 * Our own results given back as a bureau's data (`score 数据/*.csv` after `--out 数据/results.csv`)
 * are refused with a message naming the file and `--history`; given as `--history` they are read.
 */
import { describe, expect, test } from 'vitest';
import { hasStackTrace, runScore } from '../test/memoryIo.js';
import { FIXTURE_FILES, ROOT, tempDir } from '../test/spawnScore.js';
import { join } from 'node:path';
import { copyFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const BUREAUS = ['environment.csv', 'land.csv', 'power.csv', 'statistics.csv', 'tax.csv'];

/** A folder holding the five bureau files, as a user's data folder does. */
function dataFolder(): string {
  const dir = tempDir();
  for (const f of FIXTURE_FILES) copyFileSync(join(ROOT, f), join(dir, f.split('/').pop() as string));
  return dir;
}

describe('results given as a bureau source', () => {
  test.each([
    ['CSV, Chinese headers', 'results.csv', [] as string[]],
    ['CSV, English headers', 'results-en.csv', ['--headers', 'en']],
    ['CSV, GBK', 'results-gbk.csv', ['--encoding', 'gbk']],
    ['JSON', 'results.json', ['--format', 'json']],
  ])('%s: refused (exit 2), named, --history suggested', async (_what, name, options) => {
    const dir = dataFolder();
    const written = await runScore([...BUREAUS, '--out', name, ...options], dir);
    expect(written.code).toBe(0);
    // `score 数据/*` now names the five bureau files and the results (score expands the pattern itself).
    const again = await runScore(['*.csv', ...(name.endsWith('.json') ? [name] : [])], dir);
    expect(again.code).toBe(2);
    expect(hasStackTrace(again.stderr)).toBe(false);
    expect(again.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')} 是 score 写出的评价结果.*--history ${name.replace('.', '\\.')}`));
  });

  test('the same file as --history is read', async () => {
    const dir = dataFolder();
    expect((await runScore([...BUREAUS, '--out', 'results.csv'], dir)).code).toBe(0);
    const r = await runScore([...BUREAUS, '--history', 'results.csv', '--policy', 'shandong-2022-electricity', '--format', 'json'], dir);
    expect(r.code).toBe(0);
  });
});

/** A minimal .xlsx: a zip whose shared strings hold `cells` (deflated, as Excel and exceljs write them). */
function workbook(cells: string[]): Buffer {
  const entries = [
    { name: '[Content_Types].xml', text: '<?xml version="1.0"?><Types/>' },
    { name: 'xl/sharedStrings.xml', text: `<?xml version="1.0"?><sst>${cells.map((c) => `<si><t>${c}</t></si>`).join('')}</sst>` },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = deflateRawSync(Buffer.from(e.text));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Buffer.byteLength(e.text), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(Buffer.byteLength(e.text), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('a results workbook given as a bureau source', () => {
  test('refused (exit 2) and named; a bureau workbook is left to the reader', async () => {
    const dir = dataFolder();
    writeFileSync(join(dir, 'results.xlsx'), workbook(['评价年度', '统一社会信用代码', '企业名称', '类别', '总得分', '组内排名']));
    const refused = await runScore([...BUREAUS, 'results.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('results.xlsx 是 score 写出的评价结果');
    writeFileSync(join(dir, 'tax.xlsx'), workbook(['纳税人识别号', '纳税人名称', '实缴税金(元)']));
    const bureau = await runScore([...BUREAUS, 'tax.xlsx'], dir);
    expect(bureau.stderr).not.toContain('score 写出的评价结果');
  });
});
