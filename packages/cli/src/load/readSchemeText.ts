/** Reads a scheme or catalog file given on the command line (run/schemeFiles parses it). */
import { readFile } from 'node:fs/promises';
import { SchemeError, type Bilingual } from '../errors.js';
import { resolvePath, type Io } from '../io.js';

/** The text of the `what` file `path`; unreadable → SchemeError (exit 2). */
export async function readSchemeText(io: Io, path: string, what: Bilingual): Promise<string> {
  try {
    return await readFile(resolvePath(io, path), 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new SchemeError({ zh: `无法读取${what.zh}文件 ${path}（${reason}）`, en: `cannot read the ${what.en} file ${path} (${reason})` });
  }
}

/** True when the argument names a file rather than a preset id. */
export function looksLikeFile(spec: string): boolean {
  return /\.json$/i.test(spec) || spec.includes('/') || spec.includes('\\');
}
