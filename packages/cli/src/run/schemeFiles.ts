/**
 * The scheme and the policy catalog of a run, from a built-in preset's id or a JSON file's text
 * (as `score init` writes them), validated, with the same messages and notes as `score --scheme` and
 * `--policy` give — whether the CLI read the file from disk or a web page was handed it.
 */
import { DEFAULT_SCHEME_ID, getPreset, listPresets, validateScheme, type Scheme } from '@mujun/core';
import { getPolicyPreset, listPolicyPresets, validateCatalog, type PolicyCatalog } from '@mujun/policy';
import { SchemeError, type Bilingual } from '../errors.js';
import { didYouMean } from '../internal/didYouMean.js';

/** What was loaded, and the notes its validation made (lines as `score` prints them on stderr). */
export interface Loaded<T> {
  value: T;
  notes: string[];
}

const SCHEME: Bilingual = { zh: '评价方案', en: 'scheme' };
const CATALOG: Bilingual = { zh: '政策', en: 'policy catalog' };

/** The built-in scheme `id` (default DEFAULT_SCHEME_ID); an unknown id is a SchemeError naming the nearest. */
export function presetScheme(id: string = DEFAULT_SCHEME_ID): Scheme {
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

/** The scheme in the file `name` whose text is `text`; invalid → SchemeError (exit 2). */
export function schemeFromText(name: string, text: string): Loaded<Scheme> {
  const checked = validateScheme(parseJsonText(name, text, SCHEME));
  if (!checked.success)
    throw new SchemeError({ zh: `评价方案文件 ${name} 无效`, en: `the scheme file ${name} is invalid` }, checked.error.issues.map((i) => i.message).join('; '));
  return { value: checked.data, notes: checked.warnings.map(note) };
}

/** The built-in policy catalog `id`; an unknown id is a SchemeError naming the nearest. */
export function presetCatalog(id: string): PolicyCatalog {
  const known = listPolicyPresets().map((p) => p.id);
  if (!known.includes(id)) {
    const near = didYouMean(id, known);
    throw new SchemeError({
      zh: `没有政策预设“${id}”${near.zh}，可选：${known.join('、')}`,
      en: `no policy preset "${id}"${near.en}; expected one of ${known.join(', ')}`,
    });
  }
  return getPolicyPreset(id);
}

/** The policy catalog in the file `name` whose text is `text`; invalid → SchemeError (exit 2). */
export function catalogFromText(name: string, text: string): Loaded<PolicyCatalog> {
  const checked = validateCatalog(parseJsonText(name, text, CATALOG));
  if (!checked.success)
    throw new SchemeError({ zh: `政策文件 ${name} 无效`, en: `the policy catalog ${name} is invalid` }, checked.error.issues.map((i) => i.message).join('; '));
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
