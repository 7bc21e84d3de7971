/**
 * Docs that run. Every ```sh block and every ```ts block in README.md and docs/*.md is executed, so
 * the docs cannot drift from the code. The rules (also in docs/guide.en.md, "About the examples"):
 *
 * - ```sh blocks run with bash (`set -e -o pipefail`) in a scratch directory that holds a copy of
 *   `fixtures/` and a link to `packages/` (read only). `pnpm score …`, `pnpm exec score …` and
 *   `npx [--yes] pnpm@12.4.2 score …` run the built CLI (`node packages/cli/bin/score.js`, so
 *   `pnpm build` must have run — `pnpm test` builds first). Each `##` section of a file gets its own scratch directory, and sections run concurrently.
 *   A block that names a file an earlier block of its section names (`--out r.csv`, then `--history
 *   r.csv`) runs after all earlier blocks of the section; other blocks start at once.
 * - A block must exit 0, unless the line `<!-- docs-test: exit N -->` precedes it.
 * - `<!-- docs-test: setup -->` before a block marks set-up steps: the `&&`-separated parts that are
 *   `install`, `build`, `test` or `bench` of pnpm (`pnpm …`, `npx [--yes] pnpm@12.4.2 …`) are not run
 *   (the suite is already installed and built, and is itself the test run); every other part runs.
 * - A ```text block preceded by `<!-- docs-test: output -->` shows output of the block before it:
 *   each of its lines (spaces collapsed; `…` lines skipped) must occur in that block's stdout or stderr.
 * - ```ts blocks are whole programs: each runs with tsx (`@mujun/*` resolve to the built packages),
 *   with the same exit and output markers, and all are type-checked together with `tsc --strict`.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'packages/cli/bin/score.js');
const MARKER = /^<!--\s*docs-test:\s*(.*?)\s*-->$/;
/** Set-up and long-running steps a `setup` block may hold back; nothing else can be held back. */
const SETUP_STEP = /^(?:npx (?:--yes )?pnpm@12\.4\.2|pnpm) (?:install(?: --frozen-lockfile)?|build|test|bench(?: .*)?)$/;

interface Block {
  file: string;
  line: number;
  lang: 'sh' | 'ts';
  section: string;
  code: string;
  exit: number;
  setup: boolean;
  /** Lines that must appear in the output (from a following `output` text block). */
  expectLines: string[];
  /** Parts of a setup block that are not run. */
  heldBack: string[];
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function docFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

function parseBlocks(file: string, text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  let section = '';
  let markers: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^## /.test(line)) section = line.slice(3).trim();
    const m = MARKER.exec(line.trim());
    if (m) {
      markers.push(m[1] ?? '');
      continue;
    }
    const fence = /^```(\S*)/.exec(line);
    if (!fence) {
      if (line.trim() !== '') markers = [];
      continue;
    }
    const lang = fence[1] ?? '';
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    const code = body.join('\n');
    const flags = markers;
    markers = [];
    if (lang === 'text' && flags.includes('output')) {
      const prev = blocks[blocks.length - 1];
      if (!prev) throw new Error(`${file}:${start + 1}: an output block with no command block before it`);
      prev.expectLines.push(...body.map((l) => l.trim().replace(/\s+/g, ' ')).filter((l) => l !== '' && l !== '…' && l !== '...'));
      continue;
    }
    if (lang !== 'sh' && lang !== 'ts') {
      if (flags.length > 0) throw new Error(`${file}:${start + 1}: docs-test marker on a \`${lang}\` block`);
      continue;
    }
    let exit = 0;
    let setup = false;
    for (const f of flags) {
      const e = /^exit (\d+)$/.exec(f);
      if (e) exit = Number(e[1]);
      else if (f === 'setup' && lang === 'sh') setup = true;
      else throw new Error(`${file}:${start + 1}: unknown docs-test marker "${f}"`);
    }
    blocks.push({ file, line: start + 1, lang, section, code, exit, setup, expectLines: [], heldBack: [] });
  }
  for (const b of blocks) if (b.setup) holdBack(b);
  return blocks;
}

/** A setup block: keep the parts that are not set-up steps. */
function holdBack(b: Block): void {
  const kept: string[] = [];
  for (const raw of b.code.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(/\s+&&\s+/);
    const run = parts.filter((p) => {
      if (SETUP_STEP.test(p)) {
        b.heldBack.push(p);
        return false;
      }
      return true;
    });
    if (run.length > 0) kept.push(run.join(' && '));
  }
  b.code = kept.join('\n');
}

/** What decides a section's outcome: its commands (comments and blank lines aside) and exit codes. */
function sectionKey(blocks: Block[]): string {
  return JSON.stringify(blocks.map((b) => [commandKey(b.code), b.exit]));
}

// ---------------------------------------------------------------- processes, a few at a time

let running = 0;
const waiting: (() => void)[] = [];
const LIMIT = Math.max(3, Math.min(6, availableParallelism() + 1));

async function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Outcome> {
  if (running >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  const started = Date.now();
  try {
    return await new Promise<Outcome>((resolve) => {
      const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('error', (err) => {
        clearTimeout(timer);
        resolve({ code: null, stdout, stderr: `${stderr}\n${String(err)}`, ms: Date.now() - started });
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      });
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

// ---------------------------------------------------------------- the scratch world

let scratch = '';
let env: NodeJS.ProcessEnv = {};
let tsDir = '';
const outcomes = new Map<Block, Promise<Outcome>>();
let typecheck: Promise<Outcome> | undefined;

const PNPM_SHIM = `#!/bin/sh
# docs test: \`pnpm score …\` and \`pnpm exec score …\` run the built CLI of this repository.
if [ "$1" = score ]; then shift; exec node "$MUJUN_CLI" "$@"; fi
if [ "$1" = exec ] && [ "$2" = score ]; then shift 2; exec node "$MUJUN_CLI" "$@"; fi
echo "docs test: only 'pnpm score …' runs in the docs, not 'pnpm $*' (mark set-up steps with <!-- docs-test: setup -->)" >&2
exit 127
`;
const NPX_SHIM = `#!/bin/sh
[ "$1" = --yes ] && shift
case "$1" in
  pnpm|pnpm@*) shift; exec pnpm "$@";;
  tsx) shift; exec "$MUJUN_ROOT/node_modules/.bin/tsx" "$@";;
esac
echo "docs test: npx $1 is not available in the docs" >&2
exit 127
`;

function workdir(name: string): string {
  const dir = mkdtempSync(join(scratch, `${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}-`));
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  // The sources, read-only, for the architecture doc's checks.
  symlinkSync(join(ROOT, 'packages'), join(dir, 'packages'));
  return dir;
}

/** Path-like words of a block (with a `/` or a file extension), the shared fixture glob aside. */
function pathWords(code: string): Set<string> {
  const words = commandKey(code)
    .split(/[\s=<>|;&()"',]+/)
    .filter((w) => (w.includes('/') || /\.(csv|json|html|ts|js|md|txt|xlsx?)$/i.test(w)) && !w.startsWith('-') && w !== 'fixtures/zhonglou/*.csv');
  return new Set(words);
}

/** A block's commands as a key: comments and blank lines aside, `npx [--yes] pnpm@12.4.2` read as `pnpm`. */
function commandKey(code: string): string {
  return code
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .join('\n')
    .replace(/npx (?:--yes )?pnpm@12\.4\.2 /g, 'pnpm ');
}

/** Outcomes of blocks that neither use nor leave files for other blocks, by command: run once. */
const standalone = new Map<string, Promise<Outcome>>();

/**
 * A section's blocks share one scratch directory. A block that names a file an earlier block of the
 * section also names (`--out a.json` … `--history a.json`) waits for all earlier blocks; any other
 * block starts at once.
 */
function startSection(blocks: Block[]): Promise<Outcome>[] {
  const dir = workdir(`${blocks[0]!.file}-${blocks[0]!.section}`);
  const results: Promise<Outcome>[] = [];
  const seen = new Set<string>();
  const words = blocks.map((b) => pathWords(b.code));
  blocks.forEach((b, i) => {
    const mine = words[i]!;
    const dependent = [...mine].some((w) => seen.has(w));
    const usedLater = words.slice(i + 1).some((later) => [...mine].some((w) => later.has(w)));
    for (const w of mine) seen.add(w);
    const script = `set -e -o pipefail\n${b.code}\n`;
    const start = (): Promise<Outcome> =>
      b.code.trim() === '' ? Promise.resolve({ code: 0, stdout: '', stderr: '', ms: 0 }) : run('bash', ['-c', script], dir, env);
    if (!dependent && !usedLater) {
      // The same command in another section or file (README and guides share some): run it once.
      const key = commandKey(b.code);
      if (!standalone.has(key)) standalone.set(key, start());
      results.push(standalone.get(key)!);
      return;
    }
    const before = dependent ? Promise.all(results) : Promise.resolve();
    results.push(before.then(start));
  });
  return results;
}

const TSCONFIG = (root: string) => ({
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    // Bundler resolution lets the extensionless paths below find dist/*.js (tsx) and dist/*.d.ts (tsc).
    module: 'ESNext',
    moduleResolution: 'Bundler',
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    baseUrl: root,
    paths: {
      '@mujun/core': ['packages/core/dist/index'],
      '@mujun/core/arbitraries': ['packages/core/dist/arbitraries/index'],
      '@mujun/policy': ['packages/policy/dist/index'],
      '@mujun/policy/testkit': ['packages/policy/dist/testkit/index'],
      '@mujun/csv': ['packages/csv/dist/index'],
      '@mujun/csv/node': ['packages/csv/dist/node'],
      '@mujun/cli/run': ['packages/cli/dist/run/index'],
      '@mujun/core/engine': ['packages/core/dist/fast/index'],
      '@mujun/report': ['packages/report/dist/index'],
    },
  },
  include: ['./*.ts'],
});

const files = docFiles();
const byFile = new Map(files.map((f) => [f, parseBlocks(f, readFileSync(join(ROOT, f), 'utf8'))]));
const allBlocks = [...byFile.values()].flat();

beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) {
    throw new Error('docs test: the CLI is not built — run `npx pnpm@12.4.2 build` (pnpm test builds first)');
  }
  scratch = mkdtempSync(join(tmpdir(), 'mujun-docs-'));
  const bin = join(scratch, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'pnpm'), PNPM_SHIM);
  writeFileSync(join(bin, 'npx'), NPX_SHIM);
  chmodSync(join(bin, 'pnpm'), 0o755);
  chmodSync(join(bin, 'npx'), 0o755);
  env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, MUJUN_ROOT: ROOT, MUJUN_CLI: CLI, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.NODE_OPTIONS; // vitest's loader flags must not reach the CLI
}, 120_000);

let started = false;
/** Starts every block (once, when the first test needs one: a filtered run starts nothing). */
function startAll(): void {
  if (started) return;
  started = true;
  // Shell blocks: one run per distinct section (the 中文 and English guides share their commands).
  const shared = new Map<string, Promise<Outcome>[]>();
  for (const blocks of byFile.values()) {
    const sections = new Map<string, Block[]>();
    for (const b of blocks.filter((x) => x.lang === 'sh')) sections.set(b.section, [...(sections.get(b.section) ?? []), b]);
    for (const list of sections.values()) {
      const key = sectionKey(list);
      if (!shared.has(key)) shared.set(key, startSection(list));
      shared.get(key)!.forEach((p, i) => outcomes.set(list[i]!, p));
    }
  }

  // TypeScript blocks: each a program under tsx; all type-checked at once.
  tsDir = join(scratch, 'ts');
  mkdirSync(tsDir);
  writeFileSync(join(tsDir, 'tsconfig.json'), JSON.stringify(TSCONFIG(ROOT), null, 2));
  writeFileSync(join(tsDir, 'package.json'), '{ "type": "module" }\n'); // ES modules: top-level await works
  symlinkSync(join(ROOT, 'node_modules'), join(tsDir, 'node_modules')); // `import fc from 'fast-check'` (docs/testkit.md)
  const tsWork = workdir('ts-work');
  const tsBlocks = allBlocks.filter((b) => b.lang === 'ts');
  const seen = new Map<string, Promise<Outcome>>();
  tsBlocks.forEach((b, n) => {
    if (!seen.has(b.code)) {
      const path = join(tsDir, `snippet${n}.ts`);
      writeFileSync(path, `${b.code}\n`);
      seen.set(b.code, run(join(ROOT, 'node_modules/.bin/tsx'), ['--tsconfig', join(tsDir, 'tsconfig.json'), path], tsWork, env));
    }
    outcomes.set(b, seen.get(b.code)!);
  });
  if (tsBlocks.length > 0) typecheck = run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(tsDir, 'tsconfig.json')], tsDir, env);
}

afterAll(async () => {
  await Promise.all([...outcomes.values(), typecheck]); // no process outlives its scratch directory
  if (process.env.DOCS_TEST_TIMES) {
    // DOCS_TEST_TIMES=1 npx vitest run docs/docs.test.ts — where the time goes, slowest first.
    const times = await Promise.all([...outcomes].map(async ([b, p]) => [(await p).ms, `${b.file}:${b.line}`] as const));
    console.log(
      times
        .sort((x, y) => y[0] - x[0])
        .map(([ms, where]) => `${String(ms).padStart(6)} ms  ${where}`)
        .join('\n'),
    );
  }
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function show(o: Outcome): string {
  const cut = (s: string) => (s.length > 3000 ? `${s.slice(0, 3000)}\n…` : s);
  return `exit ${o.code} after ${o.ms} ms\n--- stdout\n${cut(o.stdout)}\n--- stderr\n${cut(o.stderr)}`;
}

describe.each(files)('%s', (file) => {
  const blocks = byFile.get(file)!;
  if (blocks.length === 0) {
    it('has no sh or ts blocks', () => expect(blocks).toEqual([]));
    return;
  }
  for (const b of blocks) {
    const title = `line ${b.line} (${b.lang}${b.setup ? ', setup' : ''}${b.exit !== 0 ? `, exit ${b.exit}` : ''}): ${
      b.code
        .split('\n')
        .find((l) => l.trim() !== '' && !l.trim().startsWith('#') && !l.trim().startsWith('//'))
        ?.slice(0, 70) ?? '(set-up only)'
    }`;
    it(title, async () => {
      if (b.setup) {
        // Only install/build/test/bench steps are held back, and they are listed here.
        for (const step of b.heldBack) expect(step).toMatch(SETUP_STEP);
      }
      startAll();
      const o = await outcomes.get(b)!;
      expect(o.code, `${relative(ROOT, join(ROOT, b.file))}:${b.line}\n${show(o)}`).toBe(b.exit);
      const out = `${o.stdout}\n${o.stderr}`
        .split('\n')
        .map((l) => l.trim().replace(/\s+/g, ' '))
        .join('\n');
      for (const want of b.expectLines) expect(out, `${b.file}:${b.line}: output should contain «${want}»\n${show(o)}`).toContain(want);
    }, 120_000);
  }
});

it('type-checks every TypeScript snippet of the docs (tsc --strict)', async () => {
  startAll();
  if (!typecheck) return;
  const o = await typecheck;
  const snippets = allBlocks.filter((b) => b.lang === 'ts').map((b, n) => `snippet${n}.ts = ${b.file}:${b.line}`);
  expect(o.code, `${o.stdout}\n${o.stderr}\n${snippets.join('\n')}`).toBe(0);
}, 120_000);

it('README: the two set-up commands are marked, only their set-up steps are held back, and the score part runs', () => {
  const readme = byFile.get('README.md')!.filter((b) => b.setup);
  expect(readme).toHaveLength(2);
  expect(readme[0]!.heldBack).toEqual(['npx --yes pnpm@12.4.2 install --frozen-lockfile', 'npx --yes pnpm@12.4.2 build']);
  expect(readme[0]!.code).toBe('npx --yes pnpm@12.4.2 score fixtures/zhonglou/*.csv');
  expect(readme[1]!.heldBack).toEqual(['npx --yes pnpm@12.4.2 install --frozen-lockfile', 'npx --yes pnpm@12.4.2 test']);
  expect(readme[1]!.code).toBe('');
});

it('the 中文 and English guides have the same structure: as many sections, the same blocks in the same order', () => {
  const shape = (file: string) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const sections = text.split('\n').filter((l) => /^## /.test(l)).length;
    const blocks = byFile.get(file)!.map((b) => [b.lang, commandKey(b.code), b.exit, b.setup, b.expectLines]);
    return { sections, blocks };
  };
  expect(shape('docs/guide.zh.md')).toEqual(shape('docs/guide.en.md'));
});

it('every relative link of README.md and docs/ points at a file that exists', () => {
  const pages = [...files, ...readdirSync(join(ROOT, 'docs/reference')).map((f) => `docs/reference/${f}`)];
  const broken: string[] = [];
  for (const page of pages) {
    const text = readFileSync(join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!.split('#')[0]!;
      if (target === '' || /^[a-z]+:/i.test(target)) continue;
      if (!existsSync(join(ROOT, page, '..', decodeURIComponent(target)))) broken.push(`${page}: ${m[1]}`);
    }
  }
  expect(broken).toEqual([]);
});
