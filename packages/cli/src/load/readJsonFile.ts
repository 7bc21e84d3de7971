/** Reads a JSON file given on the command line, turning read and parse failures into CLI errors. */
import { readFile } from 'node:fs/promises';
import type { Bilingual, CliError } from '../errors.js';
import { resolvePath, type Io } from '../io.js';

/** Reads and parses `path`; `fail` builds the error to throw (its class decides the exit code). */
export async function readJsonFile(io: Io, path: string, what: Bilingual, fail: (text: Bilingual) => CliError): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolvePath(io, path), 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw fail({ zh: `无法读取${what.zh}文件 ${path}（${reason}）`, en: `cannot read the ${what.en} file ${path} (${reason})` });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw fail({ zh: `${what.zh}文件 ${path} 不是有效的 JSON：${reason}`, en: `the ${what.en} file ${path} is not valid JSON: ${reason}` });
  }
}

/** True when the argument names a file rather than a preset id. */
export function looksLikeFile(spec: string): boolean {
  return /\.json$/i.test(spec) || spec.includes('/') || spec.includes('\\');
}
