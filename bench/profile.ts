/**
 * Where `score`'s time goes: runs it once under the V8 CPU profiler on generated data and prints
 * self time by package (core, csv, cli, decimal.js, csv-parse, GC, node) and the heaviest
 * functions of the project with their inclusive time.
 *
 *   npx tsx bench/profile.ts [--n 3e4] [--seed 1] [--top 25]
 *
 * Needs the built CLI (`pnpm build`). The profile is written to a temporary folder and removed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCORE_BIN, scoreAvailable } from './contenders.ts';
import { generateFile, parseSize } from './generate.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which bucket a frame's self time goes to. */
function packageOf(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(program)' || fn === '(idle)' || fn === '(root)') return 'V8 other';
  const m = /packages\/(core|csv|cli|policy|report)\//.exec(url);
  if (m) return `@mujun/${m[1]}`;
  if (url.includes('decimal.js')) return 'decimal.js';
  if (url.includes('csv-parse')) return 'csv-parse';
  if (url.includes('iconv-lite')) return 'iconv-lite';
  if (url.includes('zod')) return 'zod';
  if (url.startsWith('node:') || url === '') return 'node built-ins / native';
  return 'other';
}

const label = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/packages\//, '').replace(/^file:\/\//, '')}:${n.callFrame.lineNumber + 1}`;

/** Self time per package and inclusive time per project function, in ms. */
export function summarise(p: CpuProfile): { totalMs: number; byPackage: [string, number][]; inclusive: [string, number][] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byPackage = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const leaf = byId.get(id)!;
    const pkg = packageOf(leaf.callFrame.url, leaf.callFrame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!/packages\//.test(n.callFrame.url)) continue;
      const k = label(n);
      if (!seen.has(k)) {
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    }
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, byPackage: sorted(byPackage), inclusive: sorted(inclusive) };
}

function main(argv: string[]): void {
  const arg = (name: string, d: string): string => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? (argv[i + 1] ?? d) : d;
  };
  if (!scoreAvailable()) {
    console.log('profile skipped: packages/cli is not built yet (pnpm build)');
    return;
  }
  const n = parseSize(arg('n', '3e4'));
  const seed = Number(arg('seed', '1'));
  const top = Number(arg('top', '25'));
  const input = fileURLToPath(new URL(`data/firms-${n}-s${seed}.csv`, import.meta.url));
  if (!existsSync(input)) generateFile({ n, seed, out: input });
  const dir = mkdtempSync(join(tmpdir(), 'mujun-profile-'));
  try {
    const t0 = performance.now();
    execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, SCORE_BIN, input, '--out', join(dir, 'out.csv')], { stdio: 'ignore' });
    const wall = (performance.now() - t0) / 1000;
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no .cpuprofile written');
    const s = summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);
    const pct = (ms: number): string => `${((100 * ms) / s.totalMs).toFixed(1).padStart(5)} %`;
    console.log(`score on ${n} rows: ${wall.toFixed(2)} s wall under the profiler, ${(s.totalMs / 1000).toFixed(2)} s sampled`);
    console.log('\nself time by package:');
    for (const [k, ms] of s.byPackage) console.log(`  ${pct(ms)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${k}`);
    console.log(`\nheaviest project functions (inclusive):`);
    for (const [k, ms] of s.inclusive.slice(0, top)) console.log(`  ${pct(ms)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${k}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
