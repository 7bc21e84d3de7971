/// <reference lib="dom" />
/**
 * How the HTML report copes with a large district: its size, the time it takes to open, and the
 * time one column sort takes, in headless Chromium (Debian's, through playwright-core).
 *
 *   npx tsx bench/reportPage.ts                       # 24 000 rows (≈ 20 000 evaluated firms), 3 runs
 *   npx tsx bench/reportPage.ts --n 24000 --runs 5 --no-policy
 *   npx tsx bench/reportPage.ts --html some-report.html   # measure a report that already exists
 *
 * The data come from `bench/generate.ts` (seeded, cached in bench/data/); the report is written by
 * the built CLI (`pnpm build` first): `score report data.csv --policy zhejiang-2019-land-tax`.
 *
 * - open: from navigation to the first table row on screen, measured from this process (the page
 *   is parsed, its data read and the visible rows drawn); median of the runs, each in a new page.
 * - sort: one header click to the next painted frame, measured inside the page
 *   (`performance.now()` before the click, after two animation frames), for the total (numbers),
 *   the name (the 中文 collator) and the class; the median over the runs of each.
 *
 * Issue 12's bar at 20 000 firms: open ≤ 2 s, sort ≤ 0.5 s, file at most a third of 43.7 MB.
 * Timings on a shared machine are noisy: the load average is printed with the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateFile } from './generate.ts';
import { launch } from '../packages/report/test/browser.ts';
import { median } from './report.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

interface Options {
  n: number;
  seed: number;
  runs: number;
  policy: boolean;
  html: string | null;
}

function options(argv: string[]): Options {
  const o: Options = { n: 24_000, seed: 1, runs: 3, policy: true, html: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => argv[++i] ?? '';
    if (a === '--n') o.n = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--runs') o.runs = Number(next());
    else if (a === '--no-policy') o.policy = false;
    else if (a === '--html') o.html = resolve(next());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** Writes the report for the generated district with the built CLI; returns its path and the CLI's accounting line. */
function writeReport(o: Options, dir: string): { file: string; accounting: string } {
  const csv = join(root, 'bench/data', `report-${o.n}-s${o.seed}.csv`);
  if (!existsSync(csv)) generateFile({ n: o.n, seed: o.seed, out: csv });
  const file = join(dir, 'report.html');
  const args = [join(root, 'packages/cli/bin/score.js'), 'report', csv, ...(o.policy ? ['--policy', 'zhejiang-2019-land-tax'] : []), '--out', file];
  const run = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`score report failed: ${run.stderr}`);
  return { file, accounting: run.stderr.trim() };
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'mujun-report-bench-'));
  try {
    const made = o.html ? { file: o.html, accounting: '' } : writeReport(o, dir);
    const url = pathToFileURL(made.file).href;
    const bytes = statSync(made.file).size;
    const browser = await launch();
    const opens: number[] = [];
    const sorts: Record<string, number[]> = { total: [], name: [], class: [] };
    let firms = 0;
    try {
      for (let run = 0; run < o.runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const t0 = performance.now();
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        await page.waitForSelector('#firm-table tbody tr', { timeout: 120_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        opens.push(performance.now() - t0);
        // The firms the table holds (the filter line says "n / m").
        firms = await page.evaluate(() => Number(/\/\s*([\d,]+)/.exec(document.getElementById('shown')?.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0));
        for (const key of Object.keys(sorts)) {
          const ms = await page.evaluate(async (k) => {
            const th = document.querySelector(`#firm-table th[data-key="${k}"]`) as HTMLElement;
            const t = performance.now();
            th.click();
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            return performance.now() - t;
          }, key);
          sorts[key]?.push(ms);
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
    const s = (ms: number): string => (ms / 1000).toFixed(2);
    console.log(
      `report bench — ${new Date().toISOString()} — load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    if (made.accounting) console.log(made.accounting);
    console.log(`firms in the report: ${firms}; runs: ${o.runs}`);
    console.log(`size: ${(bytes / 1e6).toFixed(1)} MB (${bytes} bytes)`);
    console.log(`open: median ${s(median(opens))} s (runs ${opens.map(s).join(', ')})`);
    for (const [key, ms] of Object.entries(sorts)) console.log(`sort by ${key}: median ${s(median(ms))} s (runs ${ms.map(s).join(', ')})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
