/**
 * The few pieces of the CLI the page needs that `@mujun/cli/run` does not export: the one-line error
 * (`reportError`) and the steps of runScore the page takes one by one to read the files side by side
 * (checkSettingIds, checkInputNames, mergeInputs, dataProblems). From the CLI's sources, as `@mujun/cli/run` itself
 * is bundled (scripts/build.mjs) and tested (vitest.config.ts): one copy of each module, so the run's
 * errors are the classes reportError knows.
 */
export { EXIT, reportError } from '../../../cli/src/errors.js';
export { dataProblems } from '../../../cli/src/output/dataProblems.js';
export { checkInputNames, mergeInputs } from '../../../cli/src/run/inputs.js';
export { checkSettingIds } from '../../../cli/src/internal/optionIds.js';
