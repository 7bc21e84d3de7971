/** Options several subcommands share, so they are spelled and documented once. */
import type { OptionSpecs } from '../args.js';

/** Reading bureau files: `--mapping <file.json>` adds header aliases (@mujun/csv's mapping file). */
export const INPUT_OPTIONS: OptionSpecs = {
  mapping: { type: 'string' },
};

/** Choosing the scheme and its reference date (评价基准日, e.g. 2018-12-31). */
export const SCHEME_OPTIONS: OptionSpecs = {
  scheme: { type: 'string', short: 's' },
  'reference-date': { type: 'string' },
};
