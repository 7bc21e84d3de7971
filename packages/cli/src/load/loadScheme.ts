/**
 * `--scheme <preset|file.json>`: a built-in scheme of @mujun/core by id (default
 * DEFAULT_SCHEME_ID), or a scheme file (as `score init` writes), validated by core (run/schemeFiles).
 */
import type { Scheme } from '@mujun/core';
import type { Io } from '../io.js';
import { presetScheme, schemeFromText } from '../run/schemeFiles.js';
import { looksLikeFile, readSchemeText } from './readSchemeText.js';

/** The scheme named by `spec` (a preset id or a JSON file); invalid or unknown → SchemeError (exit 2). */
export async function loadScheme(io: Io, spec: string | undefined): Promise<Scheme> {
  if (spec === undefined || !looksLikeFile(spec)) return presetScheme(spec);
  const loaded = schemeFromText(spec, await readSchemeText(io, spec, { zh: '评价方案', en: 'scheme' }));
  for (const line of loaded.notes) io.stderr(line);
  return loaded.value;
}
