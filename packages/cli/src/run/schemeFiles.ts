/**
 * The scheme and the policy catalog of a run, from a built-in preset's id or a JSON file's text
 * (as `score init` writes them), validated, with the same messages and notes as `score --scheme` and
 * `--policy` give — whether the CLI read the file from disk or a web page was handed it.
 */
import { DEFAULT_SCHEME_ID, getPreset, listPresets, validateScheme, type Scheme, type Validation } from '@mujun/core';
import { getPolicyPreset, listPolicyPresets, validateCatalog, type PolicyCatalog } from '@mujun/policy';
import { SchemeError, type Bilingual } from '../errors.js';
import { didYouMean } from '../internal/didYouMean.js';

/** What was loaded, and the notes its validation made (lines as `score` prints them on stderr). */
export interface Loaded<T> {
  value: T;
  notes: string[];
}

/** What the messages call a scheme file and a policy catalog file. */
export const SCHEME: Bilingual = { zh: '评价方案', en: 'scheme' };
export const CATALOG: Bilingual = { zh: '政策', en: 'policy catalog' };

/** The built-in scheme `id` (default DEFAULT_SCHEME_ID); an unknown id is a SchemeError naming the nearest. */
export function presetScheme(id: string = DEFAULT_SCHEME_ID): Scheme {
  return preset(id, listPresets(), SCHEME, getPreset);
}

/** The scheme in the file `name` whose text is `text`; invalid → SchemeError (exit 2). */
export function schemeFromText(name: string, text: string): Loaded<Scheme> {
  return fromText(name, text, SCHEME, validateScheme);
}

/** The built-in policy catalog `id`; an unknown id is a SchemeError naming the nearest. */
export function presetCatalog(id: string): PolicyCatalog {
  return preset(id, listPolicyPresets(), CATALOG, getPolicyPreset);
}

/** The policy catalog in the file `name` whose text is `text`; invalid → SchemeError (exit 2). */
export function catalogFromText(name: string, text: string): Loaded<PolicyCatalog> {
  return fromText(name, text, CATALOG, validateCatalog);
}

function preset<T>(id: string, presets: readonly { id: string }[], what: Bilingual, get: (id: string) => T): T {
  const known = presets.map((p) => p.id);
  if (!known.includes(id)) {
    const near = didYouMean(id, known);
    throw new SchemeError({
      zh: `没有${what.zh}预设“${id}”${near.zh}，可选：${known.join('、')}`,
      en: `no ${what.en} preset "${id}"${near.en}; expected one of ${known.join(', ')}`,
    });
  }
  return get(id);
}

function fromText<T>(name: string, text: string, what: Bilingual, validate: (input: unknown) => Validation<T>): Loaded<T> {
  const checked = validate(parseJsonText(name, text, what));
  if (!checked.success)
    throw new SchemeError(
      { zh: `${what.zh}文件 ${name} 无效`, en: `the ${what.en} file ${name} is invalid` },
      checked.error.issues.map((i) => i.message).join('; '),
    );
  return { value: checked.data, notes: checked.warnings.map(note) };
}

const note = (warning: string): string => `score: 注意 / note: ${warning}`;

/** Parses the JSON text of the `what` file `name` (a BOM allowed); not JSON → SchemeError. */
function parseJsonText(name: string, text: string, what: Bilingual): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SchemeError({ zh: `${what.zh}文件 ${name} 不是有效的 JSON：${reason}`, en: `the ${what.en} file ${name} is not valid JSON: ${reason}` });
  }
}
