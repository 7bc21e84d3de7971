/**
 * `--scheme <preset|file.json>`: a built-in scheme of @mujun/core by id (default
 * DEFAULT_SCHEME_ID), or a scheme file (as `score init` writes), validated by core.
 */
import { DEFAULT_SCHEME_ID, getPreset, listPresets, validateScheme, type Scheme } from '@mujun/core';
import { SchemeError } from '../errors.js';
import { didYouMean } from '../internal/didYouMean.js';
import type { Io } from '../io.js';
import { looksLikeFile, readJsonFile } from './readJsonFile.js';

/** The scheme named by `spec` (a preset id or a JSON file); invalid or unknown → SchemeError (exit 2). */
export async function loadScheme(io: Io, spec: string | undefined): Promise<Scheme> {
  const id = spec ?? DEFAULT_SCHEME_ID;
  if (!looksLikeFile(id)) {
    const known = listPresets().map((p) => p.id);
    if (!known.includes(id)) {
      const near = didYouMean(id, known);
      throw new SchemeError({
        zh: `没有评价方案预设“${id}”${near.zh}，可选：${known.join('、')}`,
        en: `no scheme preset "${id}"${near.en}; expected one of ${known.join(', ')}`,
      });
    }
    return getPreset(id);
  }
  const json = await readJsonFile(io, id, { zh: '评价方案', en: 'scheme' }, (t) => new SchemeError(t));
  const checked = validateScheme(json);
  if (!checked.success)
    throw new SchemeError({ zh: `评价方案文件 ${id} 无效`, en: `the scheme file ${id} is invalid` }, checked.error.issues.map((i) => i.message).join('; '));
  for (const warning of checked.warnings) io.stderr(`score: 注意 / note: ${warning}`);
  return checked.data;
}
