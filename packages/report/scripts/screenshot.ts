/**
 * Saves screenshots of a report: the leaders' page (the top of the report) and one sheet.
 *
 *   npx tsx packages/report/scripts/screenshot.ts [report.html] [credit code] [out dir]
 *
 * Without a report file it renders the package's small sample. The sheet shown is the given
 * credit code, else the first row of the table. Output: <out dir>/overview.png, sheet.png
 * (default docs/screenshots). Chinese text needs CJK fonts (Debian: fonts-noto-cjk).
 * The guide's screenshots are of the fixture district after a correction, with history:
 *
 *   score fixtures/zhonglou/*.csv --out published.csv
 *   (correct tax.csv as in the guide into corrected/)
 *   score report corrected/*.csv --history published.csv --policy zhejiang-2019-land-tax \
 *     --issuer 钟楼区工业和信息化局 --out report.html
 *   npx tsx packages/report/scripts/screenshot.ts report.html 9132040236830618XC
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReport } from '../src/index.js';
import { launch } from '../test/browser.js';
import { sampleReportInput } from '../test/sample.js';

async function main(): Promise<void> {
  const [reportArg, codeArg, outArg] = process.argv.slice(2);
  let file = reportArg ? resolve(reportArg) : '';
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), 'mujun-shot-')), 'report.html');
    writeFileSync(file, renderReport({ ...sampleReportInput(), generatedAt: new Date().toISOString().slice(0, 10) }));
  }
  const out = resolve(outArg ?? 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    const url = pathToFileURL(file).href;
    await page.goto(url);
    // The leaders' page: from the top of the report to the end of the summary section.
    const summary = await page.locator('#summary').boundingBox();
    await page.screenshot({
      path: join(out, 'overview.png'),
      fullPage: true,
      ...(summary ? { clip: { x: 0, y: 0, width: 1280, height: summary.y + summary.height + 16 } } : {}),
    });
    const code = codeArg || (await page.getAttribute('#firm-table tbody tr[data-code]', 'data-code'));
    await page.goto(`${url}#/firm/${encodeURIComponent(code ?? '')}`);
    await page.waitForSelector('#sheet article');
    await page.screenshot({ path: join(out, 'sheet.png'), fullPage: true });
    console.log(`wrote ${join(out, 'overview.png')} and ${join(out, 'sheet.png')}`);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
