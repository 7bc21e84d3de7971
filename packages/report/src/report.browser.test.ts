/**
 * The report in a real browser: Debian's Chromium, headless, driven by playwright-core.
 * Skipped (with a message) only where Chromium is missing outside CI; under CI it must run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, hasChromium, launch } from '../test/browser.js';
import { englishWords } from '../test/englishWords.js';
import { EVIL_NAME, sampleReportInput } from '../test/sample.js';
import { renderReport } from './index.js';
import { sheetOrder } from './internal/model.js';

const inCi = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
const available = hasChromium();
if (!available && !inCi) console.warn(`[report] browser test skipped: ${CHROMIUM} not found (install Debian's chromium; under CI=true this fails instead)`);

const input = sampleReportInput();
const ev = input.evaluation;

describe.skipIf(!available && !inCi)('report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let url: string;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run must install chromium`);
    dir = mkdtempSync(join(tmpdir(), 'mujun-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport({ ...input, generatedAt: '2025-01-01', issuer: '示例区工业和信息化局' }));
    url = pathToFileURL(file).href;
    browser = await launch();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const firmRows = (p: Page): Promise<string[]> => p.$$eval('#firm-table tbody tr[data-code]', (trs) => trs.map((tr) => tr.getAttribute('data-code') ?? ''));

  it('renders without console errors or page errors', () => {
    expect(problems).toEqual([]);
    expect(() => new URL(url)).not.toThrow();
  });

  it('shows the evaluation’s counts', async () => {
    const count = (key: string) => page.textContent(`[data-count="${key}"] .card-n`);
    expect(await count('scored')).toBe(String(ev.accounting.scored));
    expect(await count('excluded')).toBe(String(ev.accounting.excluded));
    expect(await count('rejected')).toBe(String(input.rejected?.length ?? 0));
    expect(await count('rows')).toBe(String(ev.accounting.records + (input.rejected?.length ?? 0)));
    expect(await firmRows(page)).toHaveLength(ev.results.length);
    expect(await page.getAttribute('#shown', 'data-shown')).toBe(String(ev.results.length));
  });

  it('shows the hostile name as text, not markup', async () => {
    expect(await page.locator('#firm-table tbody a', { hasText: 'alert' }).textContent()).toBe(EVIL_NAME);
    expect(await page.$$eval('script', (s) => s.length)).toBe(2);
  });

  it('sorts by total (numerically) on a header click, and reverses on a second click', async () => {
    // Equal totals keep the sheet order (pool, rank, credit code).
    const byTotal = sheetOrder(ev)
      .sort((a, b) => Number(a.total) - Number(b.total))
      .map((r) => r.creditCode);
    await page.click('#firm-table th[data-key="total"]');
    expect(await firmRows(page)).toEqual(byTotal);
    await page.click('#firm-table th[data-key="total"]');
    const byTotalDown = sheetOrder(ev)
      .sort((a, b) => Number(b.total) - Number(a.total))
      .map((r) => r.creditCode);
    expect(await firmRows(page)).toEqual(byTotalDown);
    expect(await page.getAttribute('#firm-table th[data-key="total"]', 'aria-sort')).toBe('descending');
  });

  it('filters by class, group and text', async () => {
    await page.selectOption('#filter-class', 'D');
    const d = ev.results
      .filter((r) => r.class === 'D')
      .map((r) => r.creditCode)
      .sort();
    expect((await firmRows(page)).sort()).toEqual(d);
    await page.selectOption('#filter-class', '');
    await page.selectOption('#filter-group', 'below-scale');
    const below = ev.results
      .filter((r) => r.group === 'below-scale')
      .map((r) => r.creditCode)
      .sort();
    expect((await firmRows(page)).sort()).toEqual(below);
    await page.selectOption('#filter-group', '');
    const target = ev.results[3];
    if (!target) throw new Error('sample has firms');
    await page.fill('#filter-q', target.creditCode.slice(-8));
    expect(await firmRows(page)).toEqual([target.creditCode]);
    await page.fill('#filter-q', '');
    expect(await firmRows(page)).toHaveLength(ev.results.length);
  });

  it('opens an enterprise sheet with that firm’s total, class and rank', async () => {
    const firm = ev.results.find((r) => r.classBeforeVeto !== undefined) ?? ev.results[0];
    if (!firm) throw new Error('sample has firms');
    await page.click(`#firm-table tr[data-code="${firm.creditCode}"] a`);
    await page.waitForSelector(`#sheet article[data-code="${firm.creditCode}"]`);
    expect(await page.textContent('#sheet [data-field="total"]')).toBe(firm.total);
    expect(await page.textContent('#sheet [data-field="class"] .badge')).toBe(firm.class);
    expect(await page.textContent('#sheet [data-field="rank"]')).toContain(String(firm.poolSize));
    expect(await page.isVisible('main')).toBe(false);
    const indicatorRows = await page.$$eval('#sheet table:nth-of-type(1) tbody tr', (trs) => trs.length);
    expect(indicatorRows).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForSelector('main', { state: 'visible' });
    expect(await page.isVisible('#sheet article')).toBe(false);
  });

  it('prints a sheet on one A4 page', async () => {
    const firm = ev.results[0];
    if (!firm) throw new Error('sample has firms');
    await page.goto(`${url}#/firm/${encodeURIComponent(firm.creditCode)}`);
    await page.waitForSelector(`#sheet article[data-code="${firm.creditCode}"]`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });

  it('gives an excluded firm a sheet that says why it was not evaluated', async () => {
    const firm = ev.excluded[0];
    if (!firm) throw new Error('sample has an exclusion');
    await page.goto(`${url}#/firm/${encodeURIComponent(firm.creditCode)}`);
    await page.waitForSelector(`#sheet article[data-code="${firm.creditCode}"]`);
    expect(await page.textContent('#sheet [data-field="name"]')).toBe(firm.name);
    expect(await page.textContent('#sheet [data-field="why"]')).toBe('本企业未参加本年度评价，原因：投产不满规定年限。');
    expect(await page.textContent('#sheet [data-field="ref"]')).toContain('发布单位：示例区工业和信息化局');
    await page.goto(`${url}#/`);
  });

  it('prints every sheet, one A4 page each, in one go', async () => {
    await page.goto(`${url}#/`);
    await page.evaluate(() => (window.print = () => undefined));
    await page.selectOption('#print-set', 'e');
    await page.click('#print-sheets');
    const sheets = await page.$$eval('#sheet article', (a) => a.map((x) => x.getAttribute('data-code')));
    expect(sheets).toHaveLength(ev.results.length + ev.excluded.length);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(sheets.length);
    await page.goto(`${url}#/`);
  });

  it('shows no English word in the Chinese overview and sheets (see test/englishWords.ts)', async () => {
    await page.goto(`${url}#/`);
    const overview = await page.innerText('body');
    await page.evaluate(() => (window.print = () => undefined));
    await page.selectOption('#print-set', 'e');
    await page.click('#print-sheets');
    const sheets = await page.innerText('#sheet');
    // The sample's hostile name is Latin on purpose: it is a firm's name, not the report's words.
    const words = englishWords((overview + sheets).replaceAll(EVIL_NAME, ''));
    expect(words).toEqual([]);
    await page.goto(`${url}#/`);
  });

  it('makes no network request: the only request is the file itself', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.startsWith(url))).toBe(true);
    expect(problems).toEqual([]);
  });
});
