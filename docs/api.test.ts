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
});
