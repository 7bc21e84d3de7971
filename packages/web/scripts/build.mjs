/**
 * The offline page: dist/mujun.html at the repository root, one self-contained file (esbuild).
 * The worker is bundled first and embedded in the page's script as text (started from a blob: URL);
 * the presets' names are read here so the page's own script carries no scheme. Run by `pnpm build`
 * after tsc (core, policy, csv and report are bundled from their compiled dist/, the CLI's run from
 * its sources).
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPresets } from '@mujun/core';
import { getPolicyPreset, listPolicyPresets } from '@mujun/policy';

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, '..');
const out = join(web, '../../dist/mujun.html');

const common = { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning', write: false };

const worker = await build({
  ...common,
  entryPoints: [join(web, 'src/worker/worker.ts')],
  // The CLI's run from its sources, as its bundle test bundles it.
  alias: { '@mujun/cli/run': join(web, '../cli/src/run/index.ts') },
});
const workerSource = worker.outputFiles[0].text;

const page = await build({
  ...common,
  entryPoints: [join(web, 'src/page/main.ts')],
  define: {
    WORKER_SOURCE: JSON.stringify(workerSource),
    SCHEME_PRESETS: JSON.stringify(listPresets().map(({ id, name, nameEn, isDefault }) => ({ id, name, nameEn, isDefault }))),
    // Each catalog's settings (a local tax rate …) become inputs when it is picked.
    POLICY_PRESETS: JSON.stringify(listPolicyPresets().map((p) => ({ ...p, settings: getPolicyPreset(p.id).settings }))),
  },
});
// `</script` inside the code would end the element early; esbuild escapes it in strings, this makes sure.
const script = page.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');

// No request may leave the page: inline code only, the worker from a blob: URL, the report in a srcdoc frame.
const csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; worker-src blob:; img-src data:";
const html =
  `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n` +
  `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>亩均效益综合评价</title>\n</head>\n` +
  `<body>\n<script>${script}</script>\n</body>\n</html>\n`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
