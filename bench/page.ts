/// <reference lib="dom" />
/**
 * The offline page (dist/mujun.html) against the CLI on the same five bureau exports, in headless
 * Chromium (Debian's, through playwright-core):
 *
 *   npx tsx bench/page.ts                  # 10⁵ firms in five files, 1 run each
 *   npx tsx bench/page.ts --n 1e4 --runs 3
 *
 * The data are bench/generate.ts's canonical file split into the five exports (bench/splitBureaus.ts),
 * made once in bench/data/ (gitignored), as `pnpm bench`'s score-five uses them. `pnpm build` first.
 *
 * - page: the file's size (issue 15's budget: ≤ 1.5 MB).
 * - cli: `node packages/cli/dist/score.mjs <five files> --out …`, wall time and peak RSS (bench/measure),
 *   and `score validate` on the same files (the cross-check the page shows too).
 * - run: in the page, from the files chosen to the cross-check and the results shown (the files read
 *   once, for the cross-check; the click on 开始评价 merges those reads again and evaluates) against
 *   score validate + score; the part from the click against score — budget ≤ 2 × for both; and from
 *   the click to the results CSV in hand (made when its button is clicked).
 * - memory: the largest resident size of a Chromium renderer process (the page's and its workers'
 *   memory) from the files chosen to the CSV in hand, read from /proc every 100 ms (any Chromium on the
 *   machine counts: run it alone); a default tab has some 4 GiB of heap.
 * - report: from the results to the report drawn in its frame, and the renderer's peak meanwhile (not in
 *   the budget: score does not make one; the page makes it at once only up to 20 000 scored firms).
 * The results CSV the page hands out is compared with the CLI's, byte for byte.
 * Timings on a shared machine are noisy: the load average is printed with the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../packages/report/test/browser.ts';
import { median } from './report.ts';
import { fiveDir, fiveFiles } from './contenders.ts';
import { generateFile, parseSize } from './generate.ts';
import { measure } from './measure.ts';
import { splitBureaus } from './splitBureaus.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const PAGE = join(root, 'dist/mujun.html');
const SCORE = join(root, 'packages/cli/dist/score.mjs');
const PAGE_BUDGET = 1.5e6;

function options(argv: string[]): { n: number; seed: number; runs: number } {
  const o = { n: 100_000, seed: 1, runs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => argv[++i] ?? '';
    if (a === '--n') o.n = parseSize(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--runs') o.runs = Number(next());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** The five exports of (n, seed), generated and split once. */
function fiveExports(n: number, seed: number): string[] {
  const input = join(root, `bench/data/firms-${n}-s${seed}.csv`);
  if (!existsSync(input)) generateFile({ n, seed, out: input });
  if (!existsSync(fiveDir(input))) splitBureaus(input, fiveDir(input), seed);
  return fiveFiles(input);
}

/** The largest RSS (bytes) of any Chromium renderer process, polled until `stop()`. */
function rendererPeak(): { stop(): number } {
  let peak = 0;
  const poll = () => {
    try {
      const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss=,args='], { encoding: 'utf8' });
      for (const line of out.split('\n')) if (line.includes('--type=renderer')) peak = Math.max(peak, Number(line.trim().split(/\s+/)[0]) * 1024);
    } catch {
      // no chromium process at this instant
    }
  };
  const timer = setInterval(poll, 100);
  return {
    stop() {
      clearInterval(timer);
      poll();
      return peak;
    },
  };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  if (!existsSync(PAGE) || !existsSync(SCORE)) throw new Error('dist/mujun.html or the CLI is missing: pnpm build first');
  const files = fiveExports(o.n, o.seed);
  const dir = mkdtempSync(join(tmpdir(), 'mujun-page-bench-'));
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const pageBytes = statSync(PAGE).size;
  console.log(`page: ${mb(pageBytes)} (budget ${mb(PAGE_BUDGET)}: ${pageBytes <= PAGE_BUDGET ? 'met' : 'NOT met'})`);

  const cliRuns: number[] = [];
  const validateRuns: number[] = [];
  let cliRss = 0;
  const cliOut = join(dir, 'cli.csv');
  for (let r = 0; r < o.runs; r++) {
    rmSync(cliOut, { force: true });
    const v = await measure(process.execPath, [SCORE, 'validate', ...files, '--out', join(dir, 'validate.txt'), '--force']);
    if (v.exitCode !== 0) throw new Error(`score validate failed: ${v.stderr}`);
    validateRuns.push(v.wallMs);
    const m = await measure(process.execPath, [SCORE, ...files, '--out', cliOut]);
    if (m.exitCode !== 0) throw new Error(`score failed: ${m.stderr}`);
    cliRuns.push(m.wallMs);
    cliRss = Math.max(cliRss, m.peakRssBytes ?? 0);
  }

  const browser = await launch();
  const runs: number[] = [];
  const reports: number[] = [];
  const csvs: number[] = [];
  const clicks: number[] = [];
  let pagePeak = 0;
  let reportPeak = 0;
  let same = true;
  try {
    for (let r = 0; r < o.runs; r++) {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(pathToFileURL(PAGE).href);
      const memory = rendererPeak();
      const chosen = performance.now();
      await page.setInputFiles('#files', files);
      await page.waitForFunction(() => document.getElementById('validation')?.textContent?.startsWith('比对报告'), null, { timeout: 0 });
      const t0 = performance.now();
      await page.click('#run');
      await page.waitForSelector('#results-step[data-done="true"]', { timeout: 0 });
      runs.push(performance.now() - chosen);
      clicks.push(performance.now() - t0);
      const t2 = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 0 }), page.click('#download-csv')]);
      const saved = join(dir, 'page.csv');
      await download.saveAs(saved);
      csvs.push(performance.now() - t2);
      same &&= readFileSync(saved).equals(readFileSync(cliOut));
      pagePeak = Math.max(pagePeak, memory.stop());
      // The page makes the report at once up to 20 000 scored firms (above, on a click).
      if (await page.isHidden('#make-report')) {
        const t1 = performance.now();
        const reportMemory = rendererPeak();
        await page.frameLocator('#report').locator('[data-count="scored"] .card-n').waitFor({ timeout: 0 });
        reports.push(performance.now() - t1);
        reportPeak = Math.max(reportPeak, reportMemory.stop());
      }
      await context.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const cli = median(cliRuns);
  const run = median(runs);
  console.log(`firms: ${o.n} in five files; runs: ${o.runs} (medians)`);
  const both = median(validateRuns) + cli;
  const click = median(clicks);
  const csv = median(csvs);
  console.log(`cli:    score ${s(cli)} (peak RSS ${mb(cliRss)}); score validate + score ${s(both)}`);
  console.log(`page:   ${s(run)} from the files chosen to the cross-check and the results shown = ${(run / both).toFixed(2)} × (validate + score)`);
  console.log(`        ${s(click)} of it from the click on 开始评价 = ${(click / cli).toFixed(2)} × score`);
  console.log(`        budget 2 ×: ${run <= 2 * both && click <= 2 * cli ? 'met' : 'NOT met'}`);
  console.log(`        ${s(click + csv)} from the click to the results CSV in hand (made on its button) = ${((click + csv) / cli).toFixed(2)} × score`);
  console.log(`memory: renderer peak RSS ${mb(pagePeak)} to the CSV in hand`);
  if (reports.length > 0) console.log(`report: ${s(median(reports))} more to draw it, renderer peak RSS ${mb(reportPeak)} meanwhile`);
  else console.log('report: not made at once above 20 000 scored firms (a button makes it)');
  console.log(`results CSV byte for byte as the CLI's: ${same ? 'yes' : 'NO'}`);
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

await main();
