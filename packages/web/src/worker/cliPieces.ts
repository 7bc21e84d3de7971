/**
 * The few pieces of the CLI the page needs that `@mujun/cli/run` does not export (yet): the one-line
 * error (`reportError`), explain's text, and the error class of a scheme or catalog. Imported from
 * the CLI's compiled files — the same modules the run entry imports, so its errors are recognised.
 */
export { reportError, SchemeError } from '../../../cli/dist/errors.js';
export { explanationText } from '../../../cli/dist/output/explanationText.js';
