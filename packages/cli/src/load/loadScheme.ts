/**
 * `--scheme <preset|file.json>`: a built-in scheme of @mujun/core by id (default
 * DEFAULT_SCHEME_ID), or a scheme file (as `score init` writes), validated by core (run/schemeFiles).
 */
import type { Scheme } from '@mujun/core';
import type { Io } from '../io.js';
import { presetScheme, SCHEME, schemeFromText } from '../run/schemeFiles.js';
import { presetOrFile } from './presetOrFile.js';

/** The scheme named by `spec` (a preset id or a JSON file); invalid or unknown → SchemeError (exit 2). */
export async function loadScheme(io: Io, spec: string | undefined): Promise<Scheme> {
  return spec === undefined ? presetScheme() : presetOrFile(io, spec, SCHEME, presetScheme, schemeFromText);
}
