/** `--policy <preset|file.json>`: a built-in policy catalog of @mujun/policy, or a catalog file. */
import { getPolicyPreset, listPolicyPresets, validateCatalog, type PolicyCatalog } from '@mujun/policy';
import { SchemeError } from '../errors.js';
import { didYouMean } from '../internal/didYouMean.js';
import type { Io } from '../io.js';
import { looksLikeFile, readJsonFile } from './readJsonFile.js';

/** The catalog named by `spec`, or undefined when no `--policy` was given. Invalid → SchemeError (exit 2). */
export async function loadPolicy(io: Io, spec: string | undefined): Promise<PolicyCatalog | undefined> {
  if (spec === undefined) return undefined;
  if (!looksLikeFile(spec)) {
    const known = listPolicyPresets().map((p) => p.id);
    if (!known.includes(spec)) {
      const near = didYouMean(spec, known);
      throw new SchemeError({
        zh: `没有政策预设“${spec}”${near.zh}，可选：${known.join('、')}`,
        en: `no policy preset "${spec}"${near.en}; expected one of ${known.join(', ')}`,
      });
    }
    return getPolicyPreset(spec);
  }
  const json = await readJsonFile(io, spec, { zh: '政策', en: 'policy catalog' }, (t) => new SchemeError(t));
  const checked = validateCatalog(json);
  if (!checked.success) {
    throw new SchemeError({ zh: `政策文件 ${spec} 无效`, en: `the policy catalog ${spec} is invalid` }, checked.error.issues.map((i) => i.message).join('; '));
  }
  for (const warning of checked.warnings) io.stderr(`score: 注意 / note: ${warning}`);
  return checked.data;
}
