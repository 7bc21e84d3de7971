import { readFile } from 'node:fs/promises';
import { InputError } from '../errors/inputError.js';
import { validateHeaderMapping, type HeaderMapping } from '../headers/headerMapping.js';

/** Reads and validates a mapping file; any problem is an InputError (`invalid-mapping`) naming the file. */
export async function readHeaderMapping(path: string): Promise<HeaderMapping> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (e: unknown) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError('invalid-mapping', path, { zh: `无法读取列名映射文件 ${path}：${why}`, en: `cannot read header mapping ${path}: ${why}` });
  }
  const v = validateHeaderMapping(parsed);
  if (v.errors) {
    throw new InputError('invalid-mapping', path, {
      zh: `列名映射文件 ${path} 无效：${v.errors.join('；')}`,
      en: `header mapping ${path} is invalid: ${v.errors.join('; ')}`,
    });
  }
  return v.mapping;
}
