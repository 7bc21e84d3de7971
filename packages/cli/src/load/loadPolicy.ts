/** `--policy <preset|file.json>`: a built-in policy catalog of @mujun/policy, or a catalog file (run/schemeFiles). */
import type { PolicyCatalog } from '@mujun/policy';
import type { Io } from '../io.js';
import { catalogFromText, presetCatalog } from '../run/schemeFiles.js';
import { looksLikeFile, readSchemeText } from './readSchemeText.js';

/** The catalog named by `spec`, or undefined when no `--policy` was given. Invalid → SchemeError (exit 2). */
export async function loadPolicy(io: Io, spec: string | undefined): Promise<PolicyCatalog | undefined> {
  if (spec === undefined) return undefined;
  if (!looksLikeFile(spec)) return presetCatalog(spec);
  const loaded = catalogFromText(spec, await readSchemeText(io, spec, { zh: '政策', en: 'policy catalog' }));
  for (const line of loaded.notes) io.stderr(line);
  return loaded.value;
}
