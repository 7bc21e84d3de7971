/**
 * The packages as a user gets them. Every package is packed with pnpm (which rewrites
 * `workspace:^` to a version range — `npm pack` would keep it, and installing that tarball fails
 * with EUNSUPPORTEDPROTOCOL), the tarballs are installed with plain `npm` into an empty project,
 * and that project type-checks a strict consumer (strict, exactOptionalPropertyTypes,
 * noUncheckedIndexedAccess, node16 modules) and every package README's TypeScript examples, runs
 * them as compiled JavaScript, `require()`s each library, and runs the `score` command; it runs the
 * consumer again under Node 20.19.0, the lowest version `engines` admits, and checks that 20.18.0
 * cannot `require()` the libraries; and a second project with every dependency at the lowest
 * version its range admits (npm overrides) must give byte-identical results (a zod below 4.3.0
 * generated other JSON Schemas: that is why the range starts there).
 *
 * Slow (packing, two npm installs from the registry: about a minute) and needs the build
 * (`npx --yes pnpm@12.4.2 build`). Run it on its own: `npx vitest run test/pack`. Where the registry
 * cannot be reached, the install and what follows it are skipped with a printed message; the
 * checks of the package files and the tarballs still run.
 *
 * The README conventions are in `test/readmes/examples.ts`; `test/readmes/packageReadmes.test.ts`
 * runs the same examples against the workspace's build, without the registry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exampleFile, PACKAGES, readmeExamples } from '../readmes/examples.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPOSITORY = 'https://github.com/mujun/mujun';
/** What `engines` says, and why: `require()` of ES modules works from Node 20.19 and 22.12 on. */
const ENGINES = '^20.19.0 || >=22.12.0';
// --prefer-offline: pnpm from npx's cache when it is there, so packing works without the registry.
const PNPM = ['--yes', '--prefer-offline', 'pnpm@12.4.2'];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string, timeout = 240_000): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' };
  delete env['NODE_OPTIONS']; // vitest's loader flags must not reach the consumer's node
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

function show(r: Run): string {
  return `exit ${r.status}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`;
}

/** The fields of a package.json these tests read. */
interface Manifest {
  [field: string]: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, unknown>;
}

const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) as Manifest;

// ---------------------------------------------------------------- the packages' own files

describe('package.json and files of every package', () => {
  const rootLicense = readFileSync(join(ROOT, 'LICENSE'), 'utf8');

  it.each(PACKAGES)('%s: licence, repository, publishConfig, engines, ranges, changelog', (dir) => {
    const m = manifest(dir);
    expect(m.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'packages', dir, 'LICENSE'), 'utf8')).toBe(rootLicense);
    expect(existsSync(join(ROOT, 'packages', dir, 'CHANGELOG.md'))).toBe(true);
    expect(m.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git`, directory: `packages/${dir}` });
    expect(m.publishConfig).toEqual({ access: 'public' });
    expect(m.engines).toEqual({ node: ENGINES });
    for (const [name, range] of Object.entries<string>(m.dependencies ?? {})) {
      // Ranges, so an application's own copy of zod or decimal.js can serve; workspace:^ becomes ^x.y.z.
      expect(range, `${dir}: ${name}`).toMatch(name.startsWith('@mujun/') ? /^workspace:\^$/ : /^\^\d/);
    }
    expect(Object.keys(m.dependencies ?? {})).not.toContain('fast-check');
    if (m.peerDependencies?.['fast-check'] !== undefined) expect(m.peerDependenciesMeta?.['fast-check']).toEqual({ optional: true });
  });

  it.each(PACKAGES)('%s: README links work on the registry page (nothing relative outside the package)', (dir) => {
    const readme = readFileSync(join(ROOT, 'packages', dir, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    for (const link of links) expect(link, `${dir}/README.md`).toMatch(/^(https:\/\/|#)/);
  });

  it('fast-check is imported only by the arbitraries and testkit entries', () => {
    const offenders = run('grep', ['-rlE', 'from \'fast-check\'|from "fast-check"', ...PACKAGES.map((p) => `packages/${p}/dist`)], ROOT)
      .stdout.split('\n')
      .filter((f) => f.endsWith('.js') && !/\/dist\/(arbitraries|testkit)\//.test(f));
    expect(offenders).toEqual([]);
  });
});

// ---------------------------------------------------------------- pack, install, consume

let work = '';
let tarballs: string[] = [];
let registry: string | undefined; // why the registry cannot be used, when it cannot
let unpacked: string | undefined; // why nothing could be packed (pnpm neither cached nor downloadable)
let installed: Run | undefined;

beforeAll(() => {
  for (const p of PACKAGES)
    if (!existsSync(join(ROOT, 'packages', p, 'dist/index.js'))) throw new Error(`pack test: packages/${p} is not built — run npx --yes pnpm@12.4.2 build`);
  work = mkdtempSync(join(tmpdir(), 'mujun-pack-'));
  mkdirSync(join(work, 'tarballs'));
  const probe = run('npm', ['view', 'fast-check@4', 'version', '--json', '--fetch-retries=0', '--fetch-timeout=20000'], work, 60_000);
  if (probe.status !== 0) registry = `the npm registry cannot be reached (${probe.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${probe.status}`})`;
  for (const p of PACKAGES) {
    const offline = registry === undefined ? [] : ['--fetch-retries=0', '--fetch-timeout=20000'];
    const r = run('npx', [...offline, ...PNPM, 'pack', '--pack-destination', join(work, 'tarballs')], join(ROOT, 'packages', p));
    if (r.status === 0) continue;
    // Without the registry npx cannot fetch pnpm unless it is cached: say so and skip, never fail.
    if (registry === undefined) throw new Error(`pnpm pack failed in packages/${p}\n${show(r)}`);
    unpacked = `pnpm is not in npx's cache and ${registry}`;
    break;
  }
  tarballs = readdirSync(join(work, 'tarballs')).map((f) => join(work, 'tarballs', f));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Skips, with a printed message, what cannot run without the registry. */
function skipWithout(reason: string | undefined, skip: (note?: string) => void): void {
  if (reason === undefined) return;
  console.warn(`pack test: skipped — ${reason}`);
  skip(reason);
}

/** The consumer steps need the registry (fast-check, @types/node and the packages' own dependencies). */
function needsRegistry(skip: (note?: string) => void): void {
  skipWithout(unpacked ?? registry, skip);
}

describe('tarballs made with pnpm pack', () => {
  it('one per package, without build info, tests or test helpers, with LICENSE, README and CHANGELOG', (ctx) => {
    skipWithout(unpacked, ctx.skip);
    expect(tarballs).toHaveLength(PACKAGES.length);
    for (const tgz of tarballs) {
      const files = run('tar', ['-tzf', tgz], work).stdout.split('\n').filter(Boolean);
      expect(files, tgz).toEqual(
        expect.arrayContaining([
          'package/LICENSE',
          'package/README.md',
          'package/CHANGELOG.md',
          'package/package.json',
          'package/dist/index.js',
          'package/dist/index.d.ts',
        ]),
      );
      const unwanted = files.filter((f) => /\.tsbuildinfo$|\.test\.(ts|js|d\.ts)$|\/testkit\/internal\/|\/src\/test\/|\/dist\/test\//.test(f));
      expect(unwanted, tgz).toEqual([]);
    }
  });

  it('npm pack would not do: it keeps workspace:^ (why the docs say to pack with pnpm)', () => {
    const dir = join(work, 'npm-pack');
    mkdirSync(dir);
    const r = run('npm', ['pack', '--pack-destination', dir, '--loglevel=error'], join(ROOT, 'packages/policy'));
    expect(r.status, show(r)).toBe(0);
    const [tgz] = readdirSync(dir);
    const m = JSON.parse(run('tar', ['-xOzf', join(dir, tgz!), 'package/package.json'], dir).stdout);
    expect(m.dependencies['@mujun/core']).toBe('workspace:^');
  });

  it('their package.json files name versions, not workspace:', (ctx) => {
    skipWithout(unpacked, ctx.skip);
    for (const tgz of tarballs) {
      const m = run('tar', ['-xOzf', tgz, 'package/package.json'], work).stdout;
      expect(m, tgz).not.toContain('workspace:');
      for (const [name, range] of Object.entries<string>(JSON.parse(m).dependencies ?? {})) if (name.startsWith('@mujun/')) expect(range).toBe('^0.1.0');
    }
  });
});

describe('a fresh project that installs the tarballs with npm', () => {
  const consumer = () => join(work, 'consumer');

  it('installs them, with fast-check as its own dev dependency', (ctx) => {
    needsRegistry(ctx.skip);
    mkdirSync(consumer());
    writeFileSync(join(consumer(), 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
    installed = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, 'fast-check@^4', '@types/node@^20'], consumer(), 300_000);
    expect(installed.status, show(installed)).toBe(0);
    // fast-check is a peer: one copy in the project, the user's.
    const copies = run('find', ['node_modules', '-type', 'd', '-name', 'fast-check', '-path', '*node_modules/fast-check'], consumer())
      .stdout.split('\n')
      .filter(Boolean);
    expect(copies).toEqual(['node_modules/fast-check']);
  }, 320_000);

  it('type-checks a strict consumer and every README example (strict, exactOptionalPropertyTypes, node16) and runs them', (ctx) => {
    needsRegistry(ctx.skip);
    expect(installed?.status, 'the install step failed').toBe(0);
    cpSync(join(ROOT, 'fixtures/zhonglou'), join(consumer(), 'fixtures/zhonglou'), { recursive: true });
    writeFileSync(join(consumer(), 'tsconfig.json'), `${JSON.stringify(STRICT_TSCONFIG, null, 2)}\n`);
    mkdirSync(join(consumer(), 'src'));
    writeFileSync(join(consumer(), 'src/consumer.ts'), CONSUMER);
    const examples = PACKAGES.flatMap((p) => readmeExamples(ROOT, p));
    expect(examples.length).toBeGreaterThanOrEqual(7);
    examples.forEach((e, n) => writeFileSync(join(consumer(), 'src', exampleFile(e, n)), e.code));

    const tsc = run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.'], consumer());
    expect(tsc.status, `tsc on the consumer (files: src/readme-<package>-<n>.ts = the README blocks in order)\n${show(tsc)}`).toBe(0);

    const strict = run('node', ['out/consumer.js'], consumer());
    expect(strict.status, show(strict)).toBe(0);
    expect(strict.stdout).toContain('consumer: every entry works');

    examples.forEach((e, n) => {
      const r = run('node', [`out/${exampleFile(e, n).replace(/\.ts$/, '.js')}`], consumer());
      const where = `packages/${e.pkg}/README.md:${e.line}`;
      expect(r.status, `${where}\n${show(r)}`).toBe(0);
      if (e.prints !== undefined) expect(r.stdout, where).toBe(e.prints);
    });
  }, 300_000);

  it('require()s every library (CommonJS callers, Node ≥ 20.19) and runs the score command', (ctx) => {
    needsRegistry(ctx.skip);
    expect(installed?.status, 'the install step failed').toBe(0);
    const cjs = run(
      'node',
      [
        '-e',
        "for (const p of ['core', 'policy', 'csv', 'report', 'cli']) console.log(p, Object.keys(require('@mujun/' + p)).length > 0); require('@mujun/csv/node'); require('@mujun/cli/run')",
      ],
      consumer(),
    );
    expect(cjs.status, show(cjs)).toBe(0);
    expect(cjs.stdout.trim().split('\n')).toEqual(PACKAGES.map((p) => `${p} true`));

    const score = run(
      join(consumer(), 'node_modules/.bin/score'),
      [
        'fixtures/zhonglou/land.csv',
        'fixtures/zhonglou/tax.csv',
        'fixtures/zhonglou/statistics.csv',
        'fixtures/zhonglou/power.csv',
        'fixtures/zhonglou/environment.csv',
        '--out',
        'results.csv',
      ],
      consumer(),
    );
    expect(score.status, show(score)).toBe(0);
    expect(score.stderr).toMatch(/行数 rows \d+ = 已评价 scored \d+/);
    expect(readFileSync(join(consumer(), 'results.csv'), 'utf8').length).toBeGreaterThan(1000);
  }, 120_000);

  it('the lowest versions the dependency ranges admit give the same results on the sample district', (ctx) => {
    needsRegistry(ctx.skip);
    expect(installed?.status, 'the install step failed').toBe(0);
    // Every range's floor (^4.1.0 → 4.1.0), forced with npm overrides in a second project.
    const floors: Record<string, string> = {};
    for (const dir of PACKAGES)
      for (const [name, range] of Object.entries<string>(manifest(dir).dependencies ?? {}))
        if (!name.startsWith('@mujun/')) floors[name] = range.replace(/^\^/, '');
    const lowest = join(work, 'lowest');
    mkdirSync(lowest);
    writeFileSync(join(lowest, 'package.json'), JSON.stringify({ name: 'lowest', private: true, type: 'module', overrides: floors }));
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], lowest, 300_000);
    expect(install.status, show(install)).toBe(0);
    for (const [name, version] of Object.entries(floors))
      expect(JSON.parse(readFileSync(join(lowest, 'node_modules', name, 'package.json'), 'utf8')).version, name).toBe(version);
    cpSync(join(ROOT, 'fixtures/zhonglou'), join(lowest, 'fixtures/zhonglou'), { recursive: true });
    writeFileSync(join(lowest, 'results.mjs'), RESULTS);
    writeFileSync(join(consumer(), 'results.mjs'), RESULTS);
    const low = run('node', ['results.mjs'], lowest);
    const usual = run('node', ['results.mjs'], consumer());
    expect(low.status, show(low)).toBe(0);
    expect(usual.status, show(usual)).toBe(0);
    expect(low.stdout.split('\n').length).toBeGreaterThan(10);
    expect(low.stdout).toBe(usual.stdout);
  }, 320_000);

  it(`engines "${ENGINES}" is where it works: Node 20.19.0 runs the consumer and require()s the libraries, 20.18.0 cannot require() them`, (ctx) => {
    needsRegistry(ctx.skip);
    expect(installed?.status, 'the install step failed').toBe(0);
    // The `node` package of the registry runs a given Node version (fetched once, then cached by npx).
    const node = (version: string, args: string[]) => run('npx', ['--yes', `node@${version}`, ...args], consumer(), 180_000);
    const requireAll = ['-e', "for (const p of ['core', 'policy', 'csv', 'report']) require('@mujun/' + p); console.log('required')"];
    const floor = node('20.19.0', requireAll);
    if (floor.status !== 0 && /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|404/.test(floor.stderr)) {
      skipWithout(`Node 20.19.0 could not be fetched (${floor.stderr.split('\n').find((l) => /npm error|Error/.test(l)) ?? 'no message'})`, ctx.skip);
    }
    expect(floor.stdout, show(floor)).toContain('required');
    const consumerRun = node('20.19.0', ['out/consumer.js']);
    expect(consumerRun.stdout, show(consumerRun)).toContain('consumer: every entry works');
    const below = node('20.18.0', requireAll);
    expect(below.status).not.toBe(0);
    expect(below.stderr).toContain('ERR_REQUIRE_ESM');
  }, 400_000);
});

/** Every preset scheme and policy catalog on the sample district, and each validator: what must not depend on a dependency's version. */
const RESULTS = `import { evaluate, getPreset, listPresets, schemeJsonSchema, validateRecords, validateScheme } from '@mujun/core';
import { applyPolicies, catalogJsonSchema, getPolicyPreset, listPolicyPresets, validateCatalog } from '@mujun/policy';
import { formatResultsCsv, readSources } from '@mujun/csv/node';
import { renderReport } from '@mujun/report';
import { createHash } from 'node:crypto';
const hash = (x) => createHash('sha256').update(typeof x === 'string' || Buffer.isBuffer(x) ? x : JSON.stringify(x)).digest('hex').slice(0, 16);
const read = await readSources(['land', 'tax', 'statistics', 'power', 'environment'].map((f) => \`fixtures/zhonglou/\${f}.csv\`));
const records = read.records.map((m) => m.record);
console.log('read', read.records.length, read.rejected.length, hash(read.rejected.map((r) => [r.code, r.row, r.source])));
for (const p of listPresets()) console.log(p.id, hash(evaluate(records, getPreset(p.id)).results));
for (const p of listPolicyPresets()) console.log(p.id, hash(applyPolicies(evaluate(records, getPreset()), getPolicyPreset(p.id), { records }).fiscal));
const results = evaluate(records, getPreset()).results;
const columns = [
  { id: 'credit_code', zh: '统一社会信用代码', en: 'credit_code', kind: 'code', value: (r) => r.creditCode },
  { id: 'name', zh: '企业名称', en: 'name', kind: 'text', value: (r) => r.name },
  { id: 'total', zh: '总得分', en: 'total', kind: 'number', value: (r) => r.total },
  { id: 'class', zh: '类别', en: 'class', kind: 'text', value: (r) => r.class },
];
console.log('csv', hash(formatResultsCsv(results, columns)), hash(formatResultsCsv(results, columns, { encoding: 'gbk' })));
console.log('validators', validateRecords(records).success, hash(validateScheme({ groups: 1 })), hash(validateCatalog({ measures: 'x' })));
console.log('json schemas', hash(schemeJsonSchema()), hash(catalogJsonSchema()));
console.log('report', hash(renderReport({ evaluation: evaluate(records, getPreset()), lang: 'en' })));
`;

const STRICT_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'node16',
    moduleResolution: 'node16',
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    types: ['node'],
    // The libraries' own declarations (zod's, fast-check's) are not this project's to check.
    skipLibCheck: true,
    rootDir: 'src',
    outDir: 'out',
  },
  include: ['src'],
};

/** A strict consumer of every entry point: types as a user writes them, behaviour that must hold. */
const CONSUMER = `import fc from 'fast-check';
import { CoreError, evaluate, getPreset, validateRecords, validateScheme, type Scheme, type Validation } from '@mujun/core';
import { arbPublishableScheme, arbRecords } from '@mujun/core/arbitraries';
import { applyPolicies, getPolicyPreset, PolicyError, validateCatalog, type PolicyCatalog } from '@mujun/policy';
import { arbCatalog, arbConsumption, arbSettings } from '@mujun/policy/testkit';
import { readSources as readInMemory, resultsCsvText } from '@mujun/csv';
import { formatResultsCsv, readSources } from '@mujun/csv/node';
import { renderReport } from '@mujun/report';
import { readFileSync } from 'node:fs';

const fail = (what: string): never => {
  throw new Error(what);
};

// fast-check is a peer dependency: the arbitraries are this project's fast-check's, types and all.
const schemes: fc.Arbitrary<Scheme> = arbPublishableScheme({ benchmarks: ['fixed'] });
if (!(schemes instanceof fc.Arbitrary)) fail('two copies of fast-check');
fc.assert(
  fc.property(schemes, arbRecords({ maxLength: 12 }), (scheme, records) => evaluate(records, scheme).accounting.records === records.length),
  { numRuns: 20 },
);
const catalogs: fc.Arbitrary<PolicyCatalog> = arbCatalog();
fc.assert(
  fc.property(
    catalogs.chain((c) => fc.tuple(fc.constant(c), arbSettings(c))),
    arbRecords({ minLength: 1, maxLength: 12 }),
    ([catalog, settings], records) => {
      const evaluation = evaluate(records, getPreset());
      const consumption = fc.sample(arbConsumption(records.map((r) => r.creditCode)), 1)[0];
      // An option given as undefined is accepted (exactOptionalPropertyTypes).
      const outcome = applyPolicies(evaluation, catalog, { records, settings, consumption, history: undefined });
      return outcome.firms.length === evaluation.results.length;
    },
  ),
  { numRuns: 20 },
);

// One validation shape for records, schemes and catalogs.
const checks: Validation<unknown>[] = [validateRecords([{ creditCode: null, name: '甲', scale: 'big', taxWan: 100 }]), validateScheme({}), validateCatalog({})];
for (const v of checks) if (v.success || v.error.issues.length === 0) fail('a bad input passed');
const records = validateRecords(JSON.parse('[{ "creditCode": "914403001922038216", "name": "甲", "scale": "above", "taxWan": "0x10" }]'));
if (records.success) fail('"0x10" passed');
else if (JSON.stringify(records.error.issues.map((i) => [i.code, i.path])) !== '[["invalid-decimal",[0,"taxWan"]]]') fail(JSON.stringify(records.error.issues));

// Typed errors at the doors.
try {
  evaluate([], JSON.parse(JSON.stringify(getPreset())) as Scheme);
  fail('evaluate accepted a scheme validateScheme did not return');
} catch (e) {
  if (!(e instanceof CoreError) || e.code !== 'unvalidated-scheme') throw e;
}
try {
  applyPolicies(evaluate([], getPreset()), { id: 'x' } as unknown as PolicyCatalog);
  fail('applyPolicies accepted a catalog without measures');
} catch (e) {
  if (!(e instanceof PolicyError) || e.code !== 'invalid-catalog') throw e;
}

// The I/O package and the report, on the sample district: files read by the Node entry, the same bytes by the browser-safe one.
const files = ['land', 'tax', 'statistics', 'power', 'environment'].map((f) => \`fixtures/zhonglou/\${f}.csv\`);
const read = await readSources(files);
const fromBytes = await readInMemory(files.map((name) => ({ name, data: new Uint8Array(readFileSync(name)) })));
if (JSON.stringify(fromBytes.records) !== JSON.stringify(read.records)) fail('the district read from bytes differs from the files read');
const district = read.records.map((m) => m.record);
const evaluation = evaluate(district, getPreset());
const columns = [{ id: 'credit_code', zh: '统一社会信用代码', en: 'credit_code', kind: 'code' as const, value: (r: { creditCode: string }) => r.creditCode }];
if (formatResultsCsv(evaluation.results, columns).toString('utf8') !== resultsCsvText(evaluation.results, columns)) fail('results CSV text and bytes differ');
const html = renderReport({ evaluation, records: district, policy: applyPolicies(evaluation, getPolicyPreset('zhejiang-2019-land-tax'), { records: district }), lang: 'en' });
if (!html.startsWith('<!DOCTYPE html>') || evaluation.results.length < 100) fail('report or district');
console.log('consumer: every entry works');
`;
