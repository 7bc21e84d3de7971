/** `--scheme` and `--policy`: a built-in preset's id, or a file read here and checked by run/schemeFiles. */
import { readFile } from 'node:fs/promises';
import { SchemeError, type Bilingual } from '../errors.js';
import { resolvePath, type Io } from '../io.js';
import type { Loaded } from '../run/schemeFiles.js';

/**
 * The preset `spec` names, or the `what` file it names (a path or a `.json` name) read and checked,
 * its notes printed on stderr; an unreadable file is a SchemeError (exit 2).
 */
export async function presetOrFile<T>(
  io: Io,
  spec: string,
  what: Bilingual,
  preset: (id: string) => T,
  fromText: (name: string, text: string) => Loaded<T>,
): Promise<T> {
  if (!/\.json$/i.test(spec) && !spec.includes('/') && !spec.includes('\\')) return preset(spec);
  let text: string;
  try {
    text = await readFile(resolvePath(io, spec), 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new SchemeError({ zh: `无法读取${what.zh}文件 ${spec}（${reason}）`, en: `cannot read the ${what.en} file ${spec} (${reason})` });
  }
  const loaded = fromText(spec, text);
  for (const line of loaded.notes) io.stderr(line);
  return loaded.value;
}
