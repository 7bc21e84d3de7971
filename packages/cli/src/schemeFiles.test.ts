/** `score schemes` and `score init`: presets listed with sources; an init'ed file scores like its preset. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES, ROOT, type Spawned, tempDir } from './test/spawnScore.js';

describe('score schemes', () => {
  test('lists every preset with its sources, the default marked, and the policy catalogs', async () => {
    const r = await runScore(['schemes']);
    expect(r.code).toBe(0);
    for (const id of ['changzhou-wujin', 'zhejiang-huangyan-2022', 'huaian-2024', 'jingde-2022']) expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(/changzhou-wujin {2}\(默认 default\)/);
    expect(r.stdout).toContain('武进区工业企业资源集约利用综合评价办法');
    expect(r.stdout).toContain('zhejiang-2019-land-tax');
  });
});

describe('score init', () => {
  const dir = tempDir();
  const file = join(dir, 'my-scheme.json');
  let init: Spawned;
  beforeAll(async () => {
    init = await runScore(['init', '--scheme', 'huaian-2024', '--out', file]);
  });

  test('writes the preset as an editable file whose $schema points at core’s JSON Schema', () => {
    expect(init.code).toBe(0);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(json)[0]).toBe('$schema');
    expect(json.id).toBe('huaian-2024');
    const schema = resolve(dirname(file), json.$schema);
    expect(schema).toMatch(/core\/schema\/scheme\.schema\.json$/);
    expect(existsSync(schema)).toBe(true);
  });
  test('refuses to overwrite an existing file', async () => {
    const again = await runScore(['init', '--out', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  });
  test('scoring with the written file gives the same results as the preset', async () => {
    const viaFile = await runScore([...FIXTURE_FILES, '--scheme', file, '--format', 'json'], ROOT);
    const viaPreset = await runScore([...FIXTURE_FILES, '--scheme', 'huaian-2024', '--format', 'json'], ROOT);
    expect(viaFile.code).toBe(0);
    expect(JSON.parse(viaFile.stdout).results).toEqual(JSON.parse(viaPreset.stdout).results);
  });
});
