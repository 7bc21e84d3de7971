/**
 * `pnpm bench`: end-to-end runs of `score` and its baselines on generated data.
 *
 *   pnpm bench                                   10⁵ and 10⁶ rows, 3 runs each
 *   pnpm bench -- --sizes 1e4,1e5 --runs 1       a quick run
 *   pnpm bench -- --only score,duckdb --no-sensitivity
 *
 * Options (environment variables in brackets): --sizes [BENCH_SIZES] (default 1e5,1e6),
 * --runs k [BENCH_RUNS] (default 3), --seed (1), --only ids, --skip ids, --no-verify,
 * --no-sensitivity, --note "text" (saved with the results), --results-dir (bench/results),
 * --timeout s [BENCH_TIMEOUT] per run (default 600; a contender predicted to exceed it is not run).
 * Data are generated once per (size, seed) into bench/data/ (gitignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareResults, describeComparison, readResultsCsv } from './compare.ts';
import { CONTENDERS, fiveDir, historyFile, SCORE_BIN } from './contenders.ts';
import { generateFile, parseSize } from './generate.ts';
import { describeMachine, machineLine } from './machine.ts';
import { measure, rssMethod } from './measure.ts';
import { evaluateTargets, markdown, median, type Summary, targetLines } from './report.ts';
import { splitBureaus } from './splitBureaus.ts';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

interface Options {
  sizes: number[];
  runs: number;
  seed: number;
  only: string[] | null;
  skip: string[];
  verify: boolean;
  sensitivity: boolean;
  note: string | null;
  resultsDir: string;
  timeoutSeconds: number;
}

function parseOptions(argv: string[]): Options {
  const args = argv.filter((a) => a !== '--');
  const value = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    if (i >= 0 && args[i + 1] === undefined) throw new Error(`--${name} needs a value`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const list = (s: string | undefined): string[] | null =>
    s
      ? s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : null;
  const known = new Set(CONTENDERS.map((c) => c.id));
  const only = list(value('only'));
  const skip = list(value('skip')) ?? [];
  for (const id of [...(only ?? []), ...skip]) if (!known.has(id)) throw new Error(`unknown contender ${id}; known: ${[...known].join(', ')}`);
  const runs = Number(value('runs') ?? process.env.BENCH_RUNS ?? '3');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  return {
    sizes: (list(value('sizes') ?? process.env.BENCH_SIZES) ?? ['1e5', '1e6']).map(parseSize).sort((a, b) => a - b),
    runs,
    seed: Number(value('seed') ?? '1'),
    only,
    skip,
    verify: !args.includes('--no-verify'),
    sensitivity: !args.includes('--no-sensitivity'),
    note: value('note') ?? null,
    resultsDir: value('results-dir') ?? here('results'),
    timeoutSeconds: Number(value('timeout') ?? process.env.BENCH_TIMEOUT ?? '600'),
  };
}

/** The default scheme's group names (Chinese and English) → group id, from the built @mujun/core: `score`'s table shows names. */
async function schemeGroupIds(): Promise<Map<string, string>> {
  const core = (await import(pathToFileURL(here('../packages/core/dist/index.js')).href)) as {
    getPreset: () => { groups: { id: string; name: string; nameEn: string }[] };
  };
  return new Map(core.getPreset().groups.flatMap((g) => [[g.name, g.id] as const, [g.nameEn, g.id] as const]));
}

/** The generated input for (size, seed), made once and kept in bench/data/. */
function dataFile(size: number, seed: number): string {
  const file = here(`data/firms-${size}-s${seed}.csv`);
  if (!existsSync(file)) {
    const t0 = performance.now();
    process.stdout.write(`generating ${size} rows (seed ${seed}) … `);
    generateFile({ n: size, seed, out: file });
    console.log(`${(statSync(file).size / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return file;
}

const countLines = (file: string): number => {
  const text = readFileSync(file, 'utf8');
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n; // minus the header
};

async function runSensitivity(): Promise<{ seconds: number } | { skipped: string }> {
  const m = await measure(process.execPath, ['--import', 'tsx', here('sensitivity.ts'), '--json']);
  const last = m.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(last) as { seconds?: number; skipped?: string };
    if (typeof parsed.seconds === 'number') return { seconds: parsed.seconds };
    if (parsed.skipped) return { skipped: parsed.skipped };
  } catch {
    // fall through to the failure below
  }
  return { skipped: `sensitivity failed (exit ${m.exitCode}): ${m.stderr.trim().split('\n').slice(-3).join(' ')}` };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const machine = describeMachine();
  console.log(`machine: ${machineLine(machine)}`);
  if (machine.loadAverageAtStart > 0.5) console.log(`warning: load average ${machine.loadAverageAtStart} — timings will be noisy`);

  const skipped: Record<string, string> = {};
  const selected = CONTENDERS.filter((c) => (options.only ? options.only.includes(c.id) : !options.skip.includes(c.id)));
  const runnable = selected.filter((c) => {
    const why = c.unavailable();
    if (why) {
      skipped[c.id] = why;
      console.log(`skipping ${c.id}: ${why}`);
    }
    return !why;
  });

  const work = mkdtempSync(join(tmpdir(), 'mujun-bench-'));
  const summaries: Summary[] = [];
  const checks: string[] = [];
  try {
    for (const size of options.sizes) {
      const input = dataFile(size, options.seed);
      // The five bureau exports and last year's results, once per input, when a contender needs them.
      if (runnable.some((c) => c.five) && !existsSync(fiveDir(input))) splitBureaus(input, fiveDir(input), options.seed);
      if (runnable.some((c) => c.history) && !existsSync(historyFile(input))) await measure(process.execPath, [SCORE_BIN, input, '--out', historyFile(input)]);
      await measure(process.execPath, [here('contenders/parse.mjs'), 'read', input]); // warm the page cache
      const times = new Map<string, number[]>();
      const rss = new Map<string, number | null>();
      const cpu = new Map<string, number[]>();
      const failed = new Map<string, string>();
      const resultRows = new Map<string, number>();
      // A contender whose time at the previous size, scaled linearly, would exceed the timeout is not run.
      for (const c of runnable) {
        const prev = summaries.filter((x) => x.id === c.id && !x.failed).pop();
        const predicted = prev ? (prev.medianMs / 1000) * (size / prev.size) : 0;
        if (predicted > options.timeoutSeconds) {
          failed.set(
            c.id,
            `not run: ${prev!.size} rows took ${(prev!.medianMs / 1000).toFixed(1)} s, so ${size} rows would take about ${predicted.toFixed(0)} s > --timeout ${options.timeoutSeconds} s`,
          );
          console.log(`  ${c.id} @ ${size}: ${failed.get(c.id)}`);
        }
      }
      for (let round = 0; round < options.runs; round++) {
        // Contenders interleave within a round so a burst of load on a shared machine spreads over all.
        for (const c of runnable) {
          if (failed.has(c.id)) continue;
          const output = join(work, `${c.id}-${size}-${round}.csv`);
          const [cmd, args] = c.command(input, output);
          const m = await measure(cmd, args, options.timeoutSeconds * 1000);
          const ok = m.exitCode === 0 && !m.timedOut && (!c.job || existsSync(output));
          if (!ok) {
            const why = m.timedOut ? `timed out after ${options.timeoutSeconds} s` : `exit ${m.exitCode}: ${m.stderr.trim().split('\n').slice(-3).join(' ')}`;
            failed.set(c.id, why);
            console.log(`  ${c.id} @ ${size}: FAILED ${why}`);
            continue;
          }
          times.set(c.id, [...(times.get(c.id) ?? []), m.wallMs]);
          if (m.cpuSeconds !== null) cpu.set(c.id, [...(cpu.get(c.id) ?? []), m.cpuSeconds]);
          const prev = rss.get(c.id);
          rss.set(c.id, m.peakRssBytes === null ? (prev ?? null) : Math.max(prev ?? 0, m.peakRssBytes));
          if (c.job && round === 0) resultRows.set(c.id, countLines(output));
          if (c.job && round > 0) rmSync(output, { force: true });
          console.log(
            `  ${size} ${c.id.padEnd(10)} run ${round + 1}/${options.runs}: ${(m.wallMs / 1000).toFixed(2)} s, ` +
              `CPU ${m.cpuSeconds === null ? '?' : m.cpuSeconds.toFixed(2)} s, peak RSS ${m.peakRssBytes === null ? '?' : (m.peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
          );
        }
      }
      for (const c of runnable) {
        const w = times.get(c.id) ?? [];
        const med = w.length ? median(w) : NaN;
        summaries.push({
          id: c.id,
          size,
          wallMs: w.map((x) => Math.round(x)),
          bestMs: w.length ? Math.min(...w) : NaN,
          medianMs: med,
          rowsPerSecond: size / (med / 1000),
          cpuSeconds: cpu.get(c.id)?.length ? median(cpu.get(c.id)!) : null,
          peakRssBytes: rss.get(c.id) ?? null,
          resultRows: resultRows.get(c.id) ?? null,
          failed: failed.get(c.id) ?? null,
        });
      }
      if (options.verify) {
        const out = (id: string): string => join(work, `${id}-${size}-0.csv`);
        const jobs = runnable.filter((c) => c.job && !failed.has(c.id) && existsSync(out(c.id)));
        const ref = jobs.find((c) => c.id === 'duckdb') ?? jobs.find((c) => c.id === 'duckdb-five') ?? jobs[0];
        for (const c of jobs) {
          if (c === ref || !ref) continue;
          try {
            const groupIds = await schemeGroupIds();
            const line = describeComparison(compareResults(readResultsCsv(out(ref.id), groupIds), readResultsCsv(out(c.id), groupIds)), ref.id, c.id);
            checks.push(`${size} rows: ${line}`);
          } catch (e) {
            checks.push(`${size} rows: could not compare ${c.id} with ${ref.id}: ${(e as Error).message}`);
          }
          console.log(`  ${checks[checks.length - 1]}`);
        }
        for (const c of jobs) rmSync(out(c.id), { force: true });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const sensitivity = options.sensitivity ? await runSensitivity() : null;
  const targets = evaluateTargets(summaries, sensitivity);
  const descriptions = Object.fromEntries(selected.map((c) => [c.id, c.description]));
  const report = {
    machine,
    options: { sizes: options.sizes, runs: options.runs, seed: options.seed },
    rssMethod,
    summaries,
    targets,
    skipped,
    descriptions,
    checks,
    note: options.note,
    sensitivity,
  };
  const md = markdown(report);
  console.log(`\n${md}`);
  console.log('targets:');
  for (const line of targetLines(targets)) console.log(line);

  mkdirSync(options.resultsDir, { recursive: true });
  const stamp = machine.date.replace(/[:]/g, '-').replace(/\..*$/, '');
  const base = join(options.resultsDir, `${stamp}-${options.sizes.join('_')}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, md);
  console.log(`\nsaved ${base}.json and .md`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
