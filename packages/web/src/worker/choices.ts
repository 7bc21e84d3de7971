/**
 * The scheme and the policy catalog the user chose — a preset by id, or a JSON file's bytes — as
 * the CLI's `--scheme` and `--policy` load them, in the same words when a file is not valid.
 */
import { DEFAULT_SCHEME_ID, getPreset, validateScheme, type Scheme } from '@mujun/core';
import { getPolicyPreset, validateCatalog, type PolicyCatalog } from '@mujun/policy';
import type { FileBytes, PolicyChoice, SchemeChoice } from '../protocol.js';
import { SchemeError } from './cliPieces.js';

/** A JSON file's content; not JSON → the CLI's SchemeError (`what` names the kind of file). */
function jsonOf(file: FileBytes, what: { zh: string; en: string }): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SchemeError({
      zh: `${what.zh}文件 ${file.name} 不是有效的 JSON：${reason}`,
      en: `the ${what.en} file ${file.name} is not valid JSON: ${reason}`,
    });
  }
}

/** The scheme chosen; the validator's notes go to `note` as `score` prints them. */
export function schemeOf(choice: SchemeChoice, note: (line: string) => void): Scheme {
  if ('preset' in choice) return getPreset(choice.preset || DEFAULT_SCHEME_ID);
  const checked = validateScheme(jsonOf(choice.file, { zh: '评价方案', en: 'scheme' }));
  if (!checked.success)
    throw new SchemeError(
      { zh: `评价方案文件 ${choice.file.name} 无效`, en: `the scheme file ${choice.file.name} is invalid` },
      checked.error.issues.map((i) => i.message).join('; '),
    );
  for (const warning of checked.warnings) note(`score: 注意 / note: ${warning}`);
  return checked.data;
}

/** The catalog chosen, or undefined for none. */
export function catalogOf(choice: PolicyChoice, note: (line: string) => void): PolicyCatalog | undefined {
  if (choice === null) return undefined;
  if ('preset' in choice) return getPolicyPreset(choice.preset);
  const checked = validateCatalog(jsonOf(choice.file, { zh: '政策', en: 'policy catalog' }));
  if (!checked.success)
    throw new SchemeError(
      { zh: `政策文件 ${choice.file.name} 无效`, en: `the policy catalog ${choice.file.name} is invalid` },
      checked.error.issues.map((i) => i.message).join('; '),
    );
  for (const warning of checked.warnings) note(`score: 注意 / note: ${warning}`);
  return checked.data;
}
