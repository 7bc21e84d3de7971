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
import { englishWords } from '../test/englishWords.js';

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
    const csvs = readdirSync(join(root, 'fixtures/zhonglou'))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => join('fixtures/zhonglou', f));
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
    // The table draws the rows in view; the count line says how many it holds.
    expect(await page.getAttribute('#shown', 'data-shown')).toBe(String(accounting.scored));
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

  it('prints the summary and the analyst’s tables inside A4: no table wider than the page, pool names on one line', async () => {
    const narrow = await browser.newPage({ viewport: { width: PRINTABLE.width, height: 1000 } });
    await narrow.goto(url);
    await narrow.emulateMedia({ media: 'print' });
    const layout = await narrow.evaluate(() => ({
      wide: [...document.querySelectorAll('main table')]
        .filter((t) => t.getBoundingClientRect().width > document.documentElement.clientWidth + 1)
        .map((t) => t.id || t.className),
      // A pool name that wraps is laid out on more than one line.
      wrapped: [...document.querySelectorAll('#benchmark-table tbody td:first-child, #class-table tbody td:first-child')]
        .filter((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        })
        .map((td) => td.textContent),
    }));
    await narrow.close();
    expect(layout).toEqual({ wide: [], wrapped: [] });
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
        const csvs = readdirSync(join(root, 'fixtures/zhonglou'))
          .filter((f) => f.endsWith('.csv'))
          .map((f) => join('fixtures/zhonglou', f));
        await promisify(execFile)(process.execPath, [bin, 'report', ...csvs, '--policy', 'zhejiang-2019-land-tax', '--lang', lang, '--out', out], {
          cwd: root,
        });
        const page = await browser.newPage({ viewport: { width: PRINTABLE.width, height: 1000 } });
        await page.goto(pathToFileURL(out).href);
        await page.emulateMedia({ media: 'print' });
        // Every sheet opened in turn, in the page, its printed height measured.
        const heights = await page.evaluate(async () => {
          const codes: string[] = JSON.parse(document.getElementById('report-data')?.textContent ?? '{}').t.code;
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

/** Runs `score report` on the fixture district with the given extra options; returns the file. */
async function fixtureReport(dir: string, extra: string[]): Promise<string> {
  const out = join(dir, 'report.html');
  const csvs = readdirSync(join(root, 'fixtures/zhonglou'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join('fixtures/zhonglou', f));
  await promisify(execFile)(process.execPath, [bin, 'report', ...csvs, '--policy', 'zhejiang-2019-land-tax', ...extra, '--out', out], { cwd: root });
  return out;
}

describe.skipIf(!ready && !inCi)('printing every sheet of the fixture district', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let sheets: { code: string; name: string; text: string }[];
  let firms: { code: string; name: string }[];

  beforeAll(async () => {
    if (!ready) throw new Error(`CI is set but ${hasChromium() ? 'the CLI is not built' : `${CHROMIUM} is missing`}`);
    dir = mkdtempSync(join(tmpdir(), 'mujun-fixture-print-'));
    const out = await fixtureReport(dir, ['--issuer', '钟楼区工业和信息化局']);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: PRINTABLE.width, height: 1000 } });
    await page.goto(pathToFileURL(out).href);
    firms = await page.evaluate(() => {
      const d = JSON.parse(document.getElementById('report-data')?.textContent ?? '{}');
      return [...d.t.code.map((code: string, i: number) => ({ code, name: d.t.name[i] })), ...d.x.map((x: string[]) => ({ code: x[0], name: x[1] }))];
    });
    await page.evaluate(() => (window.print = () => undefined));
    await page.selectOption('#print-set', 'e');
    await page.click('#print-sheets');
    sheets = await page.$$eval('#sheet article', (list) =>
      list.map((a) => ({
        code: a.getAttribute('data-code') ?? '',
        name: a.querySelector('[data-field="name"]')?.textContent ?? '',
        text: (a as HTMLElement).innerText,
      })),
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws one sheet per firm, evaluated or not, each with the year, issuer and its own number', () => {
    expect(firms.length).toBe(846);
    expect(sheets.map((s) => s.code)).toEqual(firms.map((f) => f.code));
    for (const s of sheets) {
      expect(s.text).toContain('钟楼区工业和信息化局');
      expect(s.text).toContain('2024 年度');
    }
    const numbers = sheets.map((s) => /编号：(\S+)/.exec(s.text)?.[1]);
    expect(new Set(numbers).size).toBe(sheets.length);
  });

  it('names no other firm, by name or credit code, on any sheet', () => {
    const leaks: string[] = [];
    for (const s of sheets) {
      // The firm's own name and code are taken out first: another name may contain them.
      const text = s.text.replaceAll(s.name, '').replaceAll(s.code, '');
      for (const f of firms) if (f.code !== s.code && (text.includes(f.name) || text.includes(f.code))) leaks.push(`${s.code} names ${f.name}`);
    }
    expect(leaks).toEqual([]);
  });

  it('prints to PDF as one A4 page per firm', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(firms.length);
  }, 300_000);

  it('shows no English word on the Chinese sheets or overview (see test/englishWords.ts)', async () => {
    expect(englishWords(sheets.map((s) => s.text).join('\n'))).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('main', { state: 'visible' });
    expect(englishWords(await page.innerText('main'))).toEqual([]);
  });
});
