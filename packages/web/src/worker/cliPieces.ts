/**
 * The few pieces of the CLI the page needs that `@mujun/cli/run` does not export: the one-line error
 * (`reportError`) and the steps of runScore the page takes one by one to read the files side by side
 * (checkInputNames, mergeInputs, dataProblems). Imported from the CLI's compiled files — the same
 * modules the run entry imports, so its errors are recognised.
 */
export { EXIT, reportError } from '../../../cli/dist/errors.js';
export { dataProblems } from '../../../cli/dist/output/dataProblems.js';
export { checkInputNames, mergeInputs } from '../../../cli/dist/run/inputs.js';
