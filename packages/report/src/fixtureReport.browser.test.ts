/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * End to end, as a new user would: `score report fixtures/zhonglou/*.csv --out …` (the compiled
 * CLI, which `pnpm test` builds first), then the file opened from disk in headless Chromium. The
 * counts on the page must equal the accounting line the command printed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, hasChromium, launch } from '../test/browser.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/score.js');
const built = existsSync(join(root, 'packages/cli/dist/main.js'));
const inCi = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
const ready = hasChromium() && built;
if (!ready && !inCi) console.warn(`[report] fixture report test skipped: ${hasChromium() ? 'the CLI is not built (pnpm build)' : `${CHROMIUM} not found`}`);

describe.skipIf(!ready && !inCi)('score report on the fixture district, opened offline', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let url: string;
  let accounting: { rows: number; scored: number; excluded: number; rejected: number };
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!ready) throw new Error(`CI is set but ${hasChromium() ? 'the CLI is not built' : `${CHROMIUM} is missing`}`);
    dir = mkdtempSync(join(tmpdir(), 'mujun-fixture-report-'));
    const out = join(dir, 'report.html');
    const csvs = readdirSync(join(root, 'fixtures/zhonglou')).filter((f) => f.endsWith('.csv')).map((f) => join('fixtures/zhonglou', f));
    const { stderr } = await promisify(execFile)(process.execPath, [bin, 'report', ...csvs, '--policy', 'zhejiang-2019-land-tax', '--out', out], { cwd: root });
    const m = /rows (\d+) = 已评价 scored (\d+) \+ 排除 excluded (\d+) \+ 拒收 rejected (\d+)/.exec(stderr);
    if (!m) throw new Error(`no accounting line in: ${stderr}`);
    accounting = { rows: Number(m[1]), scored: Number(m[2]), excluded: Number(m[3]), rejected: Number(m[4]) };
    url = pathToFileURL(out).href;
    browser = await launch();
    page = await browser.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the accounting the command printed, and a table row per scored enterprise', async () => {
    for (const key of ['rows', 'scored', 'excluded', 'rejected'] as const) {
      expect(await page.textContent(`[data-count="${key}"] .card-n`)).toBe(String(accounting[key]));
    }
    expect(await page.$$eval('#firm-table tbody tr', (trs) => trs.length)).toBe(accounting.scored);
    expect(await page.$$eval('figure.hist', (f) => f.length)).toBeGreaterThan(0);
    expect(await page.isVisible('#fiscal')).toBe(true);
  });

  it('opens a sheet from the table', async () => {
    const code = await page.getAttribute('#firm-table tbody tr:nth-child(5)', 'data-code');
    const total = await page.textContent('#firm-table tbody tr:nth-child(5) td:nth-child(7)');
    await page.click('#firm-table tbody tr:nth-child(5) a');
    await page.waitForSelector(`#sheet article[data-code="${code}"]`);
    expect(await page.textContent('#sheet [data-field="total"]')).toBe(total);
    expect(await page.isVisible('#sheet [data-field="next"]')).toBe(true);
  });

  it('prints that sheet on one A4 page', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
  });

  it('has no errors and loads nothing but itself', () => {
    expect(problems).toEqual([]);
    expect(requests.every((r) => r.startsWith(url))).toBe(true);
  });
});

/** A4 less the 10 mm margins of `@page`, in CSS pixels (96 per inch). */
const PRINTABLE = { width: Math.floor(((210 - 20) / 25.4) * 96), height: Math.floor(((297 - 20) / 25.4) * 96) };

describe.skipIf(!ready && !inCi)('every enterprise sheet of the fixture district prints on one A4 page', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`in ${lang === 'zh' ? 'Chinese' : 'English'}`, async () => {
      if (!ready) throw new Error(`CI is set but ${hasChromium() ? 'the CLI is not built' : `${CHROMIUM} is missing`}`);
      const dir = mkdtempSync(join(tmpdir(), 'mujun-fixture-sheets-'));
      const browser = await launch();
      try {
        const out = join(dir, 'report.html');
        const csvs = readdirSync(join(root, 'fixtures/zhonglou')).filter((f) => f.endsWith('.csv')).map((f) => join('fixtures/zhonglou', f));
        await promisify(execFile)(process.execPath, [bin, 'report', ...csvs, '--policy', 'zhejiang-2019-land-tax', '--lang', lang, '--out', out], { cwd: root });
        const page = await browser.newPage({ viewport: { width: PRINTABLE.width, height: 1000 } });
        await page.goto(pathToFileURL(out).href);
        await page.emulateMedia({ media: 'print' });
        // Every sheet opened in turn, in the page, its printed height measured.
        const heights = await page.evaluate(async () => {
          const codes = [...document.querySelectorAll('#firm-table tbody tr')].map((tr) => tr.getAttribute('data-code') ?? '');
          const out: [string, number][] = [];
          for (const code of codes) {
            await new Promise<void>((resolve) => {
              window.addEventListener('hashchange', () => resolve(), { once: true });
              location.hash = `#/firm/${encodeURIComponent(code)}`;
            });
            const sheet = document.querySelector(`#sheet article[data-code="${CSS.escape(code)}"]`);
            out.push([code, sheet === null ? -1 : sheet.getBoundingClientRect().height]);
          }
          return out;
        });
        expect(heights.length).toBeGreaterThan(700);
        expect(heights.filter(([, h]) => h <= 0)).toEqual([]);
        const [tallest, height] = heights.reduce((a, b) => (b[1] > a[1] ? b : a));
        expect({ tallest, fits: height <= PRINTABLE.height }).toEqual({ tallest, fits: true });
        // And the tallest, printed: one page.
        await page.evaluate((c) => (location.hash = `#/firm/${encodeURIComponent(c)}`), tallest);
        await page.waitForSelector(`#sheet article[data-code="${tallest}"]`);
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);
});
