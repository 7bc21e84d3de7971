/**
 * Writes the scheme and policy-catalog references from the zod schemas themselves:
 *
 *   npx tsx docs/scripts/reference.ts [outDir]      (default: docs/reference)
 *
 * → scheme.md (core's `Scheme`), policy.md (policy's `PolicyCatalog`) and record.md (core's
 * `EnterpriseRecord`). Each walks the JSON Schema that `z.toJSONSchema(…, { io: 'input' })` gives
 * for the zod schema (`schemeJsonSchema()`, `catalogJsonSchema()`, `recordJsonSchema()` — the same
 * text the packages ship for editors) and lists every field: its path, type, whether it is
 * required or its default, its constraints and its description; then the built-in presets from
 * `listPresets()` / `listPolicyPresets()`. `docs/reference.test.ts` fails when the committed
 * files differ from what this script writes, so the reference cannot drift from the code.
 *
 * Imports are relative to the packages' sources, so the script runs without a build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPreset, listPresets, recordJsonSchema, schemeJsonSchema } from '../../packages/core/src/index.js';
import { catalogJsonSchema, getPolicyPreset, listPolicyPresets } from '../../packages/policy/src/index.js';

/** The subset of JSON Schema (draft 2020-12) that zod 4's toJSONSchema emits for these schemas. */
interface Node {
  type?: string | string[];
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean | Node;
  propertyNames?: Node;
  items?: Node;
  oneOf?: Node[];
  anyOf?: Node[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
}

/** Keywords this walker understands; any other keyword is an error, so a new zod feature cannot be dropped silently. */
const KNOWN = new Set([
  '$schema',
  'title',
  'type',
  'description',
  'default',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'oneOf',
  'anyOf',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'format',
]);

interface Row {
  path: string;
  type: string;
  presence: string;
  constraints: string;
  description: string;
}

const json = (v: unknown): string => JSON.stringify(v);
/** A table cell: one line, pipes escaped. */
const cell = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const code = (s: string): string => (s === '' ? '' : `\`${s.replace(/`/g, "'")}\``);

function check(node: Node, path: string): void {
  for (const key of Object.keys(node)) {
    if (!KNOWN.has(key)) throw new Error(`reference.ts: unknown JSON Schema keyword "${key}" at ${path || '(root)'}`);
  }
}

/** What a variant of a oneOf/anyOf is called: its discriminator (`kind`, `method`) or its required keys. */
function variantLabel(v: Node): string {
  for (const [k, p] of Object.entries(v.properties ?? {})) {
    if (p.const !== undefined) return `${k}=${String(p.const)}`;
  }
  const req = v.required ?? Object.keys(v.properties ?? {});
  return req.length > 0 ? `with ${req.join(', ')}` : typeLabel(v);
}

function typeLabel(node: Node): string {
  if (node.const !== undefined) return json(node.const);
  if (node.enum) return node.enum.map((e) => json(e)).join(' | ');
  const alts = node.oneOf ?? node.anyOf;
  if (alts) return `one of: ${alts.map((v) => (v.properties ? `{${variantLabel(v)}}` : typeLabel(v))).join(', ')}`;
  const t = Array.isArray(node.type) ? node.type.join(' | ') : node.type;
  if (t === 'array') return `array of ${node.items ? typeLabel(node.items) : 'any'}`;
  if (t === 'object') {
    if (node.properties) return 'object';
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      return `map: key → ${typeLabel(node.additionalProperties)}`;
    }
    return 'object';
  }
  return t ?? 'any';
}

function constraintsOf(node: Node): string {
  const c: string[] = [];
  if (node.pattern !== undefined) c.push(`pattern ${code(node.pattern)}`);
  if (node.format !== undefined) c.push(`format ${node.format}`);
  if (node.minLength !== undefined) c.push(`length ≥ ${node.minLength}`);
  if (node.maxLength !== undefined) c.push(`length ≤ ${node.maxLength}`);
  // zod's .int() adds the safe-integer range; it says nothing to a reader.
  if (node.minimum !== undefined && node.minimum !== Number.MIN_SAFE_INTEGER) c.push(`≥ ${node.minimum}`);
  if (node.exclusiveMinimum !== undefined) c.push(`> ${node.exclusiveMinimum}`);
  if (node.maximum !== undefined && node.maximum !== Number.MAX_SAFE_INTEGER) c.push(`≤ ${node.maximum}`);
  if (node.exclusiveMaximum !== undefined) c.push(`< ${node.exclusiveMaximum}`);
  if (node.minItems !== undefined) c.push(`items ≥ ${node.minItems}`);
  if (node.maxItems !== undefined) c.push(`items ≤ ${node.maxItems}`);
  if (node.propertyNames?.pattern !== undefined) c.push(`keys match ${code(node.propertyNames.pattern)}`);
  if (node.items && !node.items.properties && !node.items.oneOf && !node.items.anyOf) {
    const inner = constraintsOf(node.items);
    if (inner) c.push(`each: ${inner}`);
  }
  return c.join('; ');
}

/**
 * Every field below `node`, depth first, in the schema's own order. Arrays add `[]`, maps `{key}`,
 * the variants of a union `⟨kind=fixed⟩`.
 */
function walk(node: Node, path: string, required: boolean, rows: Row[]): void {
  check(node, path);
  if (node.propertyNames) check(node.propertyNames, `${path}{key}`);
  if (path !== '') {
    const presence = node.default !== undefined ? `default ${code(json(node.default))}` : required ? 'required' : 'optional';
    rows.push({ path, type: typeLabel(node), presence, constraints: constraintsOf(node), description: node.description ?? '' });
  }
  const alts = node.oneOf ?? node.anyOf;
  if (alts) {
    for (const v of alts) walkObject(v, `${path}⟨${variantLabel(v)}⟩`, rows);
    return;
  }
  if (node.properties) walkObject(node, path, rows);
  if (node.items) {
    check(node.items, `${path}[]`);
    if (node.items.properties || node.items.oneOf || node.items.anyOf) {
      if (node.items.oneOf || node.items.anyOf) walk(node.items, `${path}[]`, true, rows);
      else walkObject(node.items, `${path}[]`, rows);
    }
  }
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    const v = node.additionalProperties;
    if (v.properties || v.oneOf || v.anyOf) walk(v, `${path}{key}`, true, rows);
  }
}

function walkObject(node: Node, path: string, rows: Row[]): void {
  check(node, path);
  const req = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    walk(child, path === '' ? key : `${path}.${key}`, req.has(key), rows);
  }
}

function fieldTable(schema: Node): string {
  const rows: Row[] = [];
  walk(schema, '', true, rows);
  const lines = [
    '| field | type | required / default | constraints | description |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${code(r.path)} | ${cell(r.type)} | ${cell(r.presence)} | ${cell(r.constraints)} | ${cell(r.description)} |`),
  ];
  return `${lines.join('\n')}\n`;
}

const HOW_TO_READ = `How to read the table: \`a.b\` is field \`b\` of object \`a\`; \`a[]\` an element of array \`a\`;
\`a{key}\` the value under any key of map \`a\`; \`a⟨kind=fixed⟩.value\` the field \`value\` of the variant of
\`a\` whose \`kind\` is \`"fixed"\` (a union: exactly one variant matches). "required" fields must be
given; a field with a default may be left out and takes that value; "optional" fields have no default.
No other fields are allowed (\`additionalProperties: false\` throughout).

读表：\`a.b\` 为对象 \`a\` 的字段 \`b\`；\`a[]\` 为数组元素；\`a{key}\` 为映射中任一键的值；\`a⟨kind=fixed⟩.value\`
为 \`a\` 取 \`kind = "fixed"\` 这一形式时的字段。“required” 必填；有默认值的字段可省略；“optional” 可选且无默认值。
不允许出现表外字段。`;

function header(title: string, what: string): string {
  return `# ${title}

<!-- Generated by docs/scripts/reference.ts from the zod schemas; do not edit by hand.
     Regenerate: npx tsx docs/scripts/reference.ts — docs/reference.test.ts fails when this file drifts. -->

${what}

${HOW_TO_READ}
`;
}

/** docs/reference/scheme.md: core's `Scheme` and the built-in scheme presets. */
export function renderSchemeReference(): string {
  const presets = listPresets()
    .map((p) => {
      const scheme = getPreset(p.id);
      const sources = scheme.sources.map((s) => `${s.title} (${s.year})`).join('; ');
      return `| ${code(p.id)}${p.isDefault ? ' (default 默认)' : ''} | ${cell(p.name)} | ${cell(p.nameEn)} | ${cell(sources)} |`;
    })
    .join('\n');
  // Each preset's own account of what is published and what is chosen (issue 11: every preset says it).
  const provenance = listPresets()
    .map((p) => `### ${code(p.id)}\n\n${getPreset(p.id).provenance}`)
    .join('\n\n');
  return `${header(
    '评价方案参考 / Scheme reference',
    `An evaluation scheme (评价方案) is a JSON file validated by \`Scheme\` in \`@mujun/core\`
(\`packages/core/src/schema/scheme.ts\`). \`score init\` writes one to edit; its \`"$schema"\` points at
\`@mujun/core/scheme.schema.json\` (\`packages/core/schema/scheme.schema.json\`), the same JSON Schema this
page is generated from, so an editor completes and checks the file. \`score --scheme my.json\` and
\`validateScheme()\` check it and name the path of every error (\`groups[0].indicators[2].weight\`).

评价方案为 JSON 文件，由 \`@mujun/core\` 的 \`Scheme\` 校验。用 \`score init\` 生成后编辑；下表列出全部字段。`,
  )}
## 内置方案 / Built-in presets

From \`listPresets()\`; use the id with \`--scheme\`. Each preset's \`provenance\` says which parts are
published and which are this project's choice.

| id | 名称 | name | sources 依据 |
|---|---|---|---|
${presets}

## 公开与设定 / Published and chosen

${provenance}

## 字段 / Fields

${fieldTable(schemeJsonSchema() as Node)}`;
}

/** docs/reference/policy.md: policy's `PolicyCatalog` and the built-in catalogs. */
export function renderPolicyReference(): string {
  const presets = listPolicyPresets()
    .map((p) => {
      const catalog = getPolicyPreset(p.id);
      const sources = [...new Set(catalog.measures.map((m) => `${m.source.document}${m.source.status ? ` (${m.source.status})` : ''}`))].join('; ');
      const settings = Object.entries(catalog.settings)
        .map(([id, s]) => `${code(id)} (${s.unit}${s.default !== undefined ? `, default ${s.default}: ${s.defaultNote ?? ''}` : ', no default'})`)
        .join(', ');
      return `| ${code(p.id)} | ${cell(p.title.zh)} | ${cell(p.title.en)} | ${cell(sources)} | ${cell(settings || '—')} |`;
    })
    .join('\n');
  return `${header(
    '政策目录参考 / Policy catalog reference',
    `A policy catalog (差别化政策目录) is a JSON file validated by \`PolicyCatalog\` in \`@mujun/policy\`
(\`packages/policy/src/catalog/\`); \`score --policy my-policy.json\` and \`validateCatalog()\` check it.
Its JSON Schema ships as \`@mujun/policy/policy-catalog.schema.json\`
(\`packages/policy/schema/policy-catalog.schema.json\`). Every amount either cites its source
(\`value\` + \`source\`) or names a user setting (\`setting\`), given at run time with
\`--setting id=value\`.

政策目录为 JSON 文件，由 \`@mujun/policy\` 的 \`PolicyCatalog\` 校验。每个金额要么注明出处（\`value\` + \`source\`），
要么引用用户设定（\`setting\`，运行时以 \`--setting id=值\` 给出）。`,
  )}
## 内置政策目录 / Built-in catalogs

From \`listPolicyPresets()\` and \`getPolicyPreset(id)\`; use the id with \`--policy\`. Sources are the
measures' \`source.document\` (with \`status\` when it is not plainly published); settings are the
catalog's user settings.

| id | 名称 | title | sources 依据 | settings 用户设定 |
|---|---|---|---|---|
${presets}

## 字段 / Fields

${fieldTable(catalogJsonSchema() as Node)}`;
}

/** docs/reference/record.md: core's `EnterpriseRecord`, what `evaluate` takes. */
export function renderRecordReference(): string {
  return `${header(
    '企业数据参考 / Enterprise record reference',
    `What \`evaluate(records, scheme)\` takes: one \`EnterpriseRecord\` (\`@mujun/core\`) per enterprise.
\`@mujun/csv\` builds them from the bureau CSVs (column names: [headers.md](../headers.md)); library users
may build them directly. Figures are decimal strings in the canonical units (万元, 亩, 吨标准煤, 万千瓦时).

\`evaluate(records, scheme)\` 的输入：每家企业一条 \`EnterpriseRecord\`。数值为十进制字符串，单位为标准单位。`,
  )}
## 字段 / Fields

${fieldTable(recordJsonSchema() as Node)}`;
}

export const REFERENCE_FILES: Readonly<Record<string, () => string>> = {
  'scheme.md': renderSchemeReference,
  'policy.md': renderPolicyReference,
  'record.md': renderRecordReference,
};

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? fileURLToPath(new URL('../reference', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  for (const [name, render] of Object.entries(REFERENCE_FILES)) {
    const path = join(outDir, name);
    writeFileSync(path, render());
    console.log(`wrote ${path}`);
  }
}
