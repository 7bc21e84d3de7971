/** Options several subcommands share, so they are spelled and documented once. */
import type { OptionSpecs } from '../args.js';
import { checkPreferFields } from '../internal/optionIds.js';

/**
 * Reading bureau files: `--mapping <file.json>` adds header aliases (@mujun/csv's mapping file);
 * `--partial <file>` marks a file that lists only some enterprises (a 高企 or 重点排污 list), so
 * enterprises missing from it are not gaps; `--prefer <field>=<file>` says which file wins a
 * field several files carry (default: the first file given that has it).
 */
export const INPUT_OPTIONS: OptionSpecs = {
  mapping: { type: 'string' },
  partial: { type: 'string', multiple: true },
  prefer: { type: 'string', multiple: true },
};

/** Choosing the scheme and its reference date (评价基准日, e.g. 2018-12-31). */
export const SCHEME_OPTIONS: OptionSpecs = {
  scheme: { type: 'string', short: 's' },
  'reference-date': { type: 'string' },
};

/**
 * Applying policies: `--policy <preset|file.json>`, `--history <prior results>…` (consecutive years
 * in a class, year-over-year migration), `--setting <id>=<value>…` (a catalog's user settings).
 */
export const POLICY_OPTIONS: OptionSpecs = {
  policy: { type: 'string' },
  history: { type: 'string', multiple: true },
  setting: { type: 'string', multiple: true },
};

/** The reading options of {@link INPUT_OPTIONS} as parsed values, for `readInputs`. */
export function inputOptionsOf(values: Record<string, unknown>): { mapping?: string; partial?: string[]; prefer?: string[] } {
  const list = (v: unknown): string[] | undefined => (Array.isArray(v) ? (v as string[]) : undefined);
  const out: { mapping?: string; partial?: string[]; prefer?: string[] } = {};
  if (typeof values['mapping'] === 'string') out.mapping = values['mapping'];
  const partial = list(values['partial']);
  const prefer = list(values['prefer']);
  if (partial) out.partial = partial;
  if (prefer) out.prefer = (checkPreferFields(prefer), prefer);
  return out;
}
