/** Options several subcommands share, so they are spelled and documented once. */
import type { OptionSpecs } from '../args.js';

/**
 * Reading bureau files: `--mapping <file.json>` adds header aliases (@mujun/csv's mapping file);
 * `--partial <file>` marks a file that lists only some enterprises (a 高企 or 重点排污 list), so
 * enterprises missing from it are not gaps.
 */
export const INPUT_OPTIONS: OptionSpecs = {
  mapping: { type: 'string' },
  partial: { type: 'string', multiple: true },
};

/** Choosing the scheme and its reference date (评价基准日, e.g. 2018-12-31). */
export const SCHEME_OPTIONS: OptionSpecs = {
  scheme: { type: 'string', short: 's' },
  'reference-date': { type: 'string' },
};
