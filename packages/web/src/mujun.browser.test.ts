/// <reference lib="dom" />
/**
 * The offline page as a new user meets it: dist/mujun.html (which `pnpm build` writes) opened from
 * disk in Debian's Chromium, the fixture district's five files set on the file input, the default
 * scheme run. Everything it shows and hands out is held against the built `score` on the same files
 * (run here, in the files' folder so sources are named alike): the cross-check, every line `score`
 * prints, the results CSV and workbook byte for byte (the workbook also read back), `explain`. No request may leave the
 * page. The screenshot for the user guide is taken on the way.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readWorkbook } from '@mujun/csv';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launch } from '../../report/test/browser.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const html = join(root, 'dist/mujun.html');
const score = join(root, 'packages/cli/dist/score.mjs');
const district = join(root, 'fixtures/zhonglou');
const inCi = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
const ready = hasChromium() && existsSync(html) && existsSync(score);
if (!ready && !inCi) console.warn(`[web] page test skipped: ${hasChromium() ? 'not built (pnpm build)' : `${CHROMIUM} not found`}`);

const files = readdirSync(district)
  .filter((f) => f.endsWith('.csv'))
  .sort();

/** The built `score` run in the fixture's folder (or `cwd`): its stdout as bytes, its stderr as lines, its exit code. */
async function cli(args: string[], cwd = district): Promise<{ stdout: Buffer; lines: string[]; code: number }> {
  const { stdout, stderr, code } = await new Promise<{ stdout: Buffer; stderr: Buffer; code: number }>((resolve) =>
    execFile(process.execPath, [score, ...args], { cwd, encoding: 'buffer', maxBuffer: 1 << 28 }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: typeof error?.code === 'number' ? error.code : 0 }),
    ),
  );
  return { stdout, lines: stderr.toString('utf8').split('\n').filter(Boolean), code };
}

describe.skipIf(!ready && !inCi)('the offline page on the fixture district', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let scored: { stdout: Buffer; lines: string[] };
  const problems: string[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    if (!ready) throw new Error(`CI is set but ${hasChromium() ? 'dist/mujun.html or the CLI is not built' : `${CHROMIUM} is missing`}`);
    dir = mkdtempSync(join(tmpdir(), 'mujun-page-'));
    scored = await cli(files);
    browser = await launch();
    const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1200, height: 900 } });
    // Anything but the file itself, its blob: worker and downloads, and data: is a request that must not happen.
    await context.route('**', (route) => {
      const url = route.request().url();
      if (/^(file|blob|data):/.test(url)) return route.continue();
      refused.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(html).href);
    await page.setInputFiles(
      '#files',
      files.map((f) => join(district, f)),
    );
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the cross-check as score validate prints it', async () => {
    await page.waitForFunction(() => document.getElementById('validation')?.textContent?.startsWith('比对报告'));
    const validated = await cli(['validate', ...files]);
    expect(await page.textContent('#validation')).toBe(`${validated.stdout.toString('utf8')}\n${validated.lines.join('\n')}`);
  });

  it('runs the default scheme in the worker and says what score says, line for line', async () => {
    await page.click('#run');
    await page.waitForSelector('#results-step[data-done="true"]');
    expect(await page.textContent('#messages')).toBe(scored.lines.join('\n'));
    const m = /行数 rows (\d+) = 已评价 scored (\d+) \+ 排除 excluded (\d+) \+ 拒收 rejected (\d+)/.exec(scored.lines.join('\n'));
    if (!m) throw new Error(`no accounting line in: ${scored.lines.join('\n')}`);
    const counts = { rows: m[1], scored: m[2], excluded: m[3], rejected: m[4] };
    for (const [key, n] of Object.entries(counts)) expect(await page.textContent(`#accounting [data-count="${key}"] .card-n`)).toBe(n);
  });

  it('hands out the results CSV byte for byte as score writes it, in UTF-8 and GBK', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const path = join(dir, 'page.csv');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.equals(scored.stdout)).toBe(true);
    // For old Excel/WPS: GBK, as score --encoding gbk writes it.
    const gbk = cli([...files, '--encoding', 'gbk']);
    await page.selectOption('#csv-encoding', 'gbk');
    const [inGbk] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    await inGbk.saveAs(join(dir, 'page-gbk.csv'));
    await page.selectOption('#csv-encoding', 'utf8');
    expect(readFileSync(join(dir, 'page-gbk.csv')).equals((await gbk).stdout)).toBe(true);
  });

  it('hands out the results workbook, which reads back as score’s', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-xlsx')]);
    const path = join(dir, 'page.xlsx');
    await download.saveAs(path);
    const cliPath = join(dir, 'cli.xlsx');
    await cli([...files, '--format', 'xlsx', '--out', cliPath]);
    const [ours, theirs] = [readWorkbook(readFileSync(path)), readWorkbook(readFileSync(cliPath))];
    expect(ours.map((s) => s.sheet)).toEqual(theirs.map((s) => s.sheet));
    expect(ours).toEqual(theirs);
    // The results sheet holds a row per enterprise (scored and excluded) under its header.
    const m = /已评价 scored (\d+) \+ 排除 excluded (\d+)/.exec(scored.lines.join('\n'));
    const results = ours[0]?.rows.filter((r) => /^[0-9A-Z]{18}$/.test(r[1] ?? '')) ?? [];
    expect(results.length).toBe(Number(m?.[1]) + Number(m?.[2]));
    expect(readFileSync(path).equals(readFileSync(cliPath))).toBe(true);
  });

  it('shows the report with the same counts and a firm’s class, and takes the guide’s screenshot', async () => {
    const report = page.frameLocator('#report');
    await report.locator('[data-count="scored"] .card-n').waitFor();
    await page.screenshot({ path: join(root, 'docs/screenshots/page.png'), fullPage: true });
    const lines = scored.stdout
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = (lines[0] ?? '').split(',');
    const [code, cls] = [header.indexOf('统一社会信用代码'), header.indexOf('类别')];
    const firm = (lines[5] ?? '').split(',');
    const m = /已评价 scored (\d+)/.exec(scored.lines.join('\n'));
    expect(await report.locator('[data-count="scored"] .card-n').textContent()).toBe(m?.[1]);
    await report.locator('#filter-q').fill(firm[code] ?? '');
    expect(await report.locator('#firm-table tbody tr[data-code]').getAttribute('data-code')).toBe(firm[code]);
    expect(await report.locator('#firm-table tbody tr[data-code] .badge').first().textContent()).toBe(firm[cls]);
    await report.locator('#filter-q').fill('');
  });

  it('hands out the report score report writes, with the issuer typed in', async () => {
    const issuer = '钟楼区工业和信息化局';
    const cliReport = join(dir, 'cli-report.html');
    const made = cli(['report', ...files, '--issuer', issuer, '--out', cliReport]);
    await page.fill('#report-issuer', issuer);
    await page.dispatchEvent('#report-issuer', 'change');
    await page.frameLocator('#report').locator('header.top .meta', { hasText: issuer }).waitFor();
    await page.waitForSelector('#report-status', { state: 'hidden' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    const path = join(dir, 'page-report.html');
    await download.saveAs(path);
    expect((await made).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(cliReport, 'utf8'));
  });

  it('explains a firm in the words of score explain', async () => {
    const lines = scored.stdout.toString('utf8').split('\r\n');
    const code = (lines[3] ?? '').split(',')[1] ?? '';
    await page.fill('#explain-code', code);
    await page.click('#explain');
    await page.waitForSelector('#explanation:not([hidden])');
    const explained = await cli(['explain', ...files, '--id', code]);
    expect(await page.textContent('#explanation')).toBe(explained.stdout.toString('utf8'));
  });

  it('switches to English', async () => {
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('Per-mu efficiency evaluation · offline');
    // The report is drawn again in English by its worker.
    await page.frameLocator('#report').locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('亩均效益综合评价 · 离线版');
    await page.frameLocator('#report').locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
  });

  it('applies a policy catalog with a local setting, as score --policy --setting does', async () => {
    const args = [...files, '--policy', 'zhejiang-2019-land-tax', '--setting', 'land-use-tax-rate=4'];
    const withPolicy = cli(args);
    await page.selectOption('#policy', 'zhejiang-2019-land-tax');
    await page.fill('#setting-inputs input[data-setting="land-use-tax-rate"]', '4');
    await page.click('#run');
    await page.waitForSelector('#results-step[data-done="true"]');
    const expected = await withPolicy;
    expect(expected.lines.some((l) => l.startsWith('政策 policy zhejiang-2019-land-tax:'))).toBe(true);
    expect(await page.textContent('#messages')).toBe(expected.lines.join('\n'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    await download.saveAs(join(dir, 'page-policy.csv'));
    expect(readFileSync(join(dir, 'page-policy.csv')).equals(expected.stdout)).toBe(true);
    await page.selectOption('#policy', '');
  });

  it('says what is wrong with a scheme file as score does', async () => {
    const bad = join(dir, 'my-scheme.json');
    writeFileSync(bad, '{"id": "mine", "groups": [');
    const refused = await cli(['validate', ...files.map((f) => join(district, f)), '--scheme', 'my-scheme.json'], dir);
    expect(refused.code).toBe(2);
    await page.setInputFiles('#scheme-file', bad);
    await page.waitForFunction(() => document.getElementById('validation')?.textContent?.startsWith('score:'));
    expect(await page.textContent('#validation')).toBe(refused.lines.join('\n'));
    await page.click('[data-clear="scheme-file"]');
    await page.waitForFunction(() => document.getElementById('validation')?.textContent?.startsWith('比对报告'));
  });

  it('reads the district’s .xlsx workbooks, dropped on it, to the same cross-check and results as score', async () => {
    const books = join(root, 'fixtures/zhonglou-xlsx');
    const names = readdirSync(books)
      .filter((f) => f.endsWith('.xlsx'))
      .sort();
    const [validated, scoredBooks] = await Promise.all([cli(['validate', ...names], books), cli(names, books)]);
    // Dropped on the page this time, as a user drags them from a folder.
    const dropped = await page.evaluateHandle(
      (given) => {
        const transfer = new DataTransfer();
        for (const { name, bytes } of given) transfer.items.add(new File([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))], name));
        return transfer;
      },
      names.map((name) => ({ name, bytes: readFileSync(join(books, name)).toString('base64') })),
    );
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: dropped });
    await page.waitForFunction(() => document.getElementById('validation')?.textContent?.includes('.xlsx'));
    expect(await page.textContent('#validation')).toBe(`${validated.stdout.toString('utf8')}\n${validated.lines.join('\n')}`);
    await page.click('#run');
    await page.waitForSelector('#results-step[data-done="true"]');
    expect(await page.textContent('#messages')).toBe(scoredBooks.lines.join('\n'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const path = join(dir, 'page-from-xlsx.csv');
    await download.saveAs(path);
    expect(readFileSync(path).equals(scoredBooks.stdout)).toBe(true);
  });

  it('stops where score stops, with its words, when a figure is in no file', async () => {
    const stopped = await cli(['tax.csv']);
    expect(stopped.code).toBe(1);
    await page.setInputFiles('#files', join(district, 'tax.csv'));
    await page.waitForFunction(() => /^比对报告.*来源 sources: 1;/.test(document.getElementById('validation')?.textContent ?? ''));
    await page.click('#run');
    await page.waitForSelector('#failed:not([hidden])');
    expect(await page.textContent('#messages')).toBe(stopped.lines.join('\n'));
    expect(await page.isHidden('#results-step')).toBe(true);
  });

  it('may not make a request: its content-security policy refuses one before it leaves', async () => {
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toMatch(/^default-src 'none';/);
    expect(
      await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'sent',
          () => 'refused',
        ),
      ),
    ).toBe('refused');
    // The refusal is a CSP report on the console, not a problem of the page.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('Content Security Policy')));
  });

  it('made no request and raised no error', () => {
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  });
});
