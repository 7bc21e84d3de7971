/**
 * The single-file `score`: dist/score.mjs, every dependency bundled (esbuild), run with a plain
 * Node ≥ 20 and no node_modules — the way to carry the tool to an intranet PC. Run by `pnpm build`
 * after tsc (it bundles the compiled dist/ files).
 *
 * The fast path's two worker threads (@mujun/csv's partWorker and poolWorker) are
 * bundled on their own and embedded as data: URLs where their code asks for them, so the single
 * file still parses and scores in parallel.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..');
const version = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')).version;

// CommonJS dependencies (saxes …) call require() for Node's modules; an ES module has none.
// (resolved from node itself: a worker's data: URL is no place to resolve from)
const banner = "import { createRequire as __mujunRequire } from 'node:module'; const require = __mujunRequire(process.execPath);";
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', legalComments: 'none', banner: { js: banner }, logLevel: 'warning' };

/** One worker's entry bundled into a data: URL. */
async function workerUrl(entry) {
  const out = await build({ ...common, entryPoints: [entry], write: false, minify: true });
  return `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].contents).toString('base64')}`;
}

const workers = [
  { file: /csv[\\/]dist[\\/]fast[\\/]readParts\.js$/, worker: './partWorker.js', url: await workerUrl(join(cli, '../csv/dist/fast/partWorker.js')) },
  { file: /csv[\\/]dist[\\/]score[\\/]scoreTable\.js$/, worker: './poolWorker.js', url: await workerUrl(join(cli, '../csv/dist/score/poolWorker.js')) },
];

/** Replaces `new URL('./xWorker.js', import.meta.url)` by the embedded worker; fails the build if the code no longer says it so. */
const embedWorkers = {
  name: 'embed-workers',
  setup(b) {
    for (const w of workers)
      b.onLoad({ filter: w.file }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const wanted = `new URL('${w.worker}', import.meta.url)`;
        if (!text.includes(wanted)) throw new Error(`${args.path} no longer creates its worker with ${wanted}: update scripts/bundle.mjs`);
        return { contents: text.replace(wanted, `new URL(${JSON.stringify(w.url)})`), loader: 'js' };
      });
  },
};

await build({
  ...common,
  entryPoints: [join(here, 'bundleEntry.mjs')],
  outfile: join(cli, 'dist/score.mjs'),
  define: { MUJUN_CLI_VERSION: JSON.stringify(version) },
  banner: { js: `#!/usr/bin/env node\n${banner}` },
  plugins: [embedWorkers],
});
