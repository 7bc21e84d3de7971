import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// docs/api is generated from the packages' exports and TSDoc by TypeDoc (typedoc.json). If this
// fails, the public API or its comments changed: run `npx --yes pnpm@12.4.2 docs:api` and commit the result.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const COMMITTED = join(ROOT, 'docs/api');
const fresh = mkdtempSync(join(tmpdir(), 'mujun-api-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('docs/api', () => {
  it('is what TypeDoc generates from the code now', () => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/typedoc'), ['--out', fresh, '--logLevel', 'Error'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const generated = files(fresh);
    // One page per entry point a user imports.
    expect(generated).toEqual(expect.arrayContaining(['@mujun/core.md', '@mujun/csv.md', '@mujun/csv/node.md', '@mujun/policy/testkit.md']));
    expect(files(COMMITTED)).toEqual(generated);
    for (const f of generated) expect(readFileSync(join(COMMITTED, f), 'utf8'), f).toBe(readFileSync(join(fresh, f), 'utf8'));
  });

  it('is what every package README links to, one page per entry point of its package.json', () => {
    const BASE = 'https://github.com/mujun/mujun/blob/main/docs/api/';
    for (const pkg of ['core', 'policy', 'csv', 'report', 'cli']) {
      const readme = readFileSync(join(ROOT, 'packages', pkg, 'README.md'), 'utf8');
      const linked = [...readme.matchAll(/\]\((https:\/\/github\.com\/mujun\/mujun\/blob\/main\/docs\/api\/[^)]+)\)/g)].map((m) => m[1]!.slice(BASE.length));
      const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
      const entries = Object.keys(manifest.exports)
        .filter((e) => !e.endsWith('.json'))
        .map((e) => `@mujun/${pkg}${e.slice(1)}.md`);
      expect(linked.sort(), pkg).toEqual(entries.sort());
      for (const page of linked) expect(files(COMMITTED), page).toContain(page);
    }
  });
});
