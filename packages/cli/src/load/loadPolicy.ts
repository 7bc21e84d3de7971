/** `--policy <preset|file.json>`: a built-in policy catalog of @mujun/policy, or a catalog file (run/schemeFiles). */
import type { PolicyCatalog } from '@mujun/policy';
import type { Io } from '../io.js';
import { CATALOG, catalogFromText, presetCatalog } from '../run/schemeFiles.js';
import { presetOrFile } from './presetOrFile.js';

/** The catalog named by `spec`, or undefined when no `--policy` was given. Invalid → SchemeError (exit 2). */
export async function loadPolicy(io: Io, spec: string | undefined): Promise<PolicyCatalog | undefined> {
  return spec === undefined ? undefined : presetOrFile(io, spec, CATALOG, presetCatalog, catalogFromText);
}
