/**
 * `score report --issuer … --district … --policy …`: the options reach the report — the issuing
 * body and district in its header data, the policy catalog by its title (never its id).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { expect, test } from 'vitest';
import type { Io } from './io.js';
import { run } from './main.js';
import { FIXTURE_FILES, ROOT, tempDir } from './test/spawnScore.js';

test('the issuer, the district and the policy title reach the report', async () => {
  const out = join(tempDir(), 'report.html');
  const io: Io = {
    stdout: new Writable({ write: (_c, _e, done) => done() }),
    stderr: () => undefined,
    stderrIsTTY: false,
    progress: () => undefined,
    cwd: ROOT,
  };
  const args = [
    'report',
    ...FIXTURE_FILES,
    '--policy',
    'zhejiang-2019-land-tax',
    '--issuer',
    '钟楼区工业和信息化局',
    '--district',
    '常州市钟楼区',
    '--out',
    out,
  ];
  expect(await run(args, io)).toBe(0);
  const html = readFileSync(out, 'utf8');
  const data = JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}');
  expect(data.head).toMatchObject({ title: '常州市钟楼区 2024 年度亩均效益综合评价报告', year: '2024', issuer: '钟楼区工业和信息化局' });
  expect(html).toContain('政策目录：浙江 2019 城镇土地使用税差别化减免');
  expect(html).not.toContain('zhejiang-2019-land-tax');
}, 60_000);
