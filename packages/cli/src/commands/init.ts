/**
 * `score init [--scheme id] [--out file]`: writes a preset as an editable scheme file whose
 * "$schema" points at @mujun/core's JSON Schema, so an editor completes and checks it.
 */
import { realpathSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SCHEME_ID } from '@mujun/core';
import { stringOption, rejectPositionals } from '../args.js';
import { EXIT } from '../errors.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { print, resolvePath, type Io } from '../io.js';
import { loadScheme } from '../load/loadScheme.js';
import type { Command } from './command.js';
import { COMMON_OPTIONS, OUTPUT_OPTIONS, SCHEME_OPTIONS } from './optionDocs.js';

/** Where core's scheme JSON Schema is, as a path relative to `fromDir` (forward slashes, for editors); undefined where it is not installed. */
function schemaReference(fromDir: string): string | undefined {
  let resolved: string;
  try {
    resolved = fileURLToPath(import.meta.resolve('@mujun/core/scheme.schema.json'));
  } catch {
    return undefined; // the single-file build carries no package files: the scheme is written without "$schema"
  }
  // In a pnpm workspace the package is a symlink; point at the file itself when it exists.
  let schemaFile = resolved;
  try {
    schemaFile = realpathSync(resolved);
  } catch {
    // Not generated yet (core builds it): keep the path the package exports it under.
  }
  const rel = relative(fromDir, schemaFile).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export const initCommand: Command = {
  name: 'init',
  readsFiles: false,
  usage: 'score init [options]',
  example: 'score init',
  summary: {
    zh: '写出一个可编辑的评价方案 JSON（引用 JSON Schema，编辑器可补全校验）',
    en: 'write an editable scheme JSON that references the JSON Schema (editors complete and check it)',
  },
  options: {
    scheme: {
      ...SCHEME_OPTIONS['scheme']!,
      text: {
        zh: '以哪个方案为起点：内置编号或方案文件（默认 changzhou-wujin）',
        en: 'the scheme to start from: a built-in id or a scheme file (default changzhou-wujin)',
      },
      example: '--scheme huaian-2024 --out my-scheme.json',
    },
    ...OUTPUT_OPTIONS,
    out: { ...OUTPUT_OPTIONS['out']!, value: '<scheme.json>', example: '--out my-scheme.json' },
    ...COMMON_OPTIONS,
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    rejectPositionals('init', positionals);
    const scheme = await loadScheme(io, stringOption(values['scheme']) ?? DEFAULT_SCHEME_ID);
    const out = stringOption(values['out']);
    const target = out === undefined ? undefined : resolvePath(io, out);
    const { $schema: _ignored, ...rest } = scheme as typeof scheme & { $schema?: string };
    const schema = schemaReference(target ? dirname(target) : io.cwd);
    const text = `${JSON.stringify({ ...(schema ? { $schema: schema } : {}), ...rest }, null, 2)}\n`;
    if (target === undefined) {
      await print(io, text);
      return EXIT.ok;
    }
    await writeAtomically({ path: target, shown: out as string, force: values['force'] === true }, [text]);
    io.stderr(`score: 已写出评价方案 ${out}（基于 ${scheme.id}）/ wrote scheme ${out} (from ${scheme.id})`);
    return EXIT.ok;
  },
};
