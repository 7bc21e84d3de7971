import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { arbRecord, arbScheme } from '../arbitraries/index.js';
import { getPreset, listPresets } from '../presets/getPreset.js';

// Law: the JSON Schemas shipped for editors are what scripts/jsonSchema.ts generates, describe every
// property, and accept every scheme validateScheme accepts (each preset, every arbScheme) and every record.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const schemaDir = fileURLToPath(new URL('../../schema', import.meta.url));
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const SCHEME = JSON.parse(read(schemaDir, 'scheme.schema.json')) as Node;
const RECORD = JSON.parse(read(schemaDir, 'record.schema.json')) as Node;

/** The JSON Schema keywords zod 4 emits for these schemas; returns the paths that fail. */
function violations(schema: Node, value: Json, path = '$'): string[] {
  const out: string[] = [];
  const fail = (why: string) => out.push(`${path}: ${why}`);
  if (Array.isArray(schema['oneOf'])) {
    const matching = (schema['oneOf'] as Node[]).filter((s) => violations(s, value, path).length === 0).length;
    if (matching !== 1) fail(`matches ${matching} branches of oneOf`);
  }
  if ('const' in schema && value !== schema['const']) fail(`is not ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !(schema['enum'] as Json[]).includes(value)) fail(`is not one of ${JSON.stringify(schema['enum'])}`);
  const type = schema['type'];
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (type === 'integer' ? !Number.isInteger(value) : typeof type === 'string' && type !== kind)
    return [...out, `${path}: is ${kind}, expected ${String(type)}`];
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern']).test(value)) fail(`does not match ${schema['pattern']}`);
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) fail('is too short');
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) fail('is below the minimum');
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) fail('is above the maximum');
    if (typeof schema['exclusiveMinimum'] === 'number' && value <= schema['exclusiveMinimum']) fail('is not above the exclusive minimum');
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) fail('has too few items');
    if (schema['items'] !== undefined) value.forEach((v, i) => out.push(...violations(schema['items'] as Node, v, `${path}[${i}]`)));
  }
  if (kind === 'object') {
    const object = value as Node;
    const properties = (schema['properties'] ?? {}) as Record<string, Node>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in object)) fail(`lacks required "${key}"`);
    for (const [key, v] of Object.entries(object)) {
      const p = `${path}.${key}`;
      if (properties[key] !== undefined) out.push(...violations(properties[key], v, p));
      else if (schema['additionalProperties'] === false) out.push(`${p}: is not allowed`);
      else if (typeof schema['additionalProperties'] === 'object') {
        if (schema['propertyNames'] !== undefined) out.push(...violations(schema['propertyNames'] as Node, key, `${p} (name)`));
        out.push(...violations(schema['additionalProperties'] as Node, v, p));
      }
    }
  }
  return out;
}

/** Paths of properties (at any depth) that have no description. */
function undescribed(schema: Json, path = '$'): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  if (Array.isArray(schema)) return schema.flatMap((s, i) => undescribed(s, `${path}[${i}]`));
  const out: string[] = [];
  const properties = schema['properties'];
  if (properties !== undefined && properties !== null && typeof properties === 'object' && !Array.isArray(properties))
    for (const [key, prop] of Object.entries(properties)) {
      const p = prop as Node;
      // A property that is a const discriminator (kind: 'fixed') or a oneOf whose branches are described needs no text of its own.
      const described =
        typeof p['description'] === 'string' ||
        'const' in p ||
        (Array.isArray(p['oneOf']) && (p['oneOf'] as Node[]).every((b) => typeof b['description'] === 'string'));
      if (!described) out.push(`${path}.${key}`);
    }
  for (const [key, child] of Object.entries(schema)) if (key !== 'default') out.push(...undescribed(child, `${path}/${key}`));
  return out;
}

describe('shipped JSON Schemas', () => {
  it('equal what scripts/jsonSchema.ts writes now (they cannot drift)', () => {
    const out = mkdtempSync(join(tmpdir(), 'mujun-schema-'));
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    execFileSync(process.execPath, [tsx, fileURLToPath(new URL('../../scripts/jsonSchema.ts', import.meta.url)), out], { stdio: 'pipe' });
    for (const name of ['scheme.schema.json', 'record.schema.json']) expect(read(out, name)).toBe(read(schemaDir, name));
  });

  it('describe every property at every depth', () => {
    expect(undescribed(SCHEME)).toEqual([]);
    expect(undescribed(RECORD)).toEqual([]);
  });

  it.each(listPresets().map((p) => p.id))('accept the preset %s', (id) => {
    expect(violations(SCHEME, JSON.parse(JSON.stringify(getPreset(id))) as Json)).toEqual([]);
  });

  it('reject what validateScheme rejects: a missing group list, an unknown field, a wrong enum', () => {
    const preset = JSON.parse(JSON.stringify(getPreset())) as Node;
    const { groups: _groups, ...noGroups } = preset;
    expect(violations(SCHEME, noGroups)).toEqual(['$: lacks required "groups"']);
    expect(violations(SCHEME, { ...preset, colour: 'red' })).toEqual(['$.colour: is not allowed']);
    expect(violations(SCHEME, { ...preset, rounding: { decimals: 2, mode: 'up' } })).toHaveLength(1);
  });

  test('accept every scheme validateScheme accepts (arbScheme)', () =>
    fc.assert(
      fc.property(arbScheme(), (scheme) => {
        expect(violations(SCHEME, JSON.parse(JSON.stringify(scheme)) as Json)).toEqual([]);
      }),
      { numRuns: 60 },
    ));

  test('accept every record the zod schema accepts (arbRecord)', () =>
    fc.assert(
      fc.property(fc.oneof(arbRecord(), arbRecord({ values: 'edge' })), (record) => {
        expect(violations(RECORD, record as unknown as Json)).toEqual([]);
      }),
      { numRuns: 100 },
    ));
});
