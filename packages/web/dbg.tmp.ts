import { launch } from '../report/test/browser.ts';
import { pathToFileURL } from 'node:url';
const dir = process.argv[2]!;
const files = ['land.csv', 'tax.csv', 'power.csv', 'environment.csv', 'statistics.csv'].map((f) => `${dir}/${f}`);
const browser = await launch();
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.goto(pathToFileURL('/work/wt/page/dist/mujun.html').href);
await page.evaluate(() => {
  const t0 = performance.now();
  (window as any).t0 = t0;
  new MutationObserver(() => console.log(((performance.now() - t0) / 1000).toFixed(2), document.getElementById('stage')!.textContent)).observe(
    document.getElementById('stage')!,
    { childList: true, characterData: true, subtree: true },
  );
});
let t = performance.now();
await page.setInputFiles('#files', files);
await page.waitForFunction(() => document.getElementById('validation')?.textContent?.startsWith('比对报告'), null, { timeout: 0 });
console.log('validated', (performance.now() - t) / 1000);
t = performance.now();
await page.evaluate(() => console.log('click at', ((performance.now() - (window as any).t0) / 1000).toFixed(2)));
await page.click('#run');
await page.waitForSelector('#results-step[data-done="true"]', { timeout: 0 });
await page.evaluate(() => console.log('done at', ((performance.now() - (window as any).t0) / 1000).toFixed(2)));
console.log('scored', (performance.now() - t) / 1000);
await browser.close();
