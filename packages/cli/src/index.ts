/**
 * @mujun/cli — the `score` command. The bin shim calls {@link main}; tests and other tools can
 * call {@link run} with their own streams. New subcommands are added in commands/registry.ts.
 *
 * @module @mujun/cli
 */
export { main, run } from './main.js';
export type { Io } from './io.js';
export { processIo } from './io.js';
export { COMMANDS, findCommand, helpText } from './commands/registry.js';
export type { Command } from './commands/command.js';
export type { CommandOptions, OptionDoc } from './commands/optionDocs.js';
export { EXIT, CliError, UsageError, SchemeError, InputUnusableError, reportError } from './errors.js';
export { parseCommandArgs, choice, positiveInt, stringOption, requireInputs, rejectPositionals } from './args.js';
export type { OptionSpecs, ParsedArgs } from './args.js';
export { readInputs } from './load/readInputs.js';
export type { Inputs, ReadInputsOptions } from './load/readInputs.js';
export { loadScheme } from './load/loadScheme.js';
export { loadPolicy } from './load/loadPolicy.js';
export { loadHistory } from './load/loadHistory.js';
export { evaluateInputs } from './run/evaluateInputs.js';
export type { EvaluateInputsOptions } from './run/evaluateInputs.js';
export { resultsJson } from './output/resultsJson.js';
export type { ScoreJson, ResultJson, ExcludedJson, RejectedJson, IndicatorJson } from './output/resultsJson.js';
export { accountingOf, accountingLine } from './output/accounting.js';
export type { Accounting } from './output/accounting.js';
export type { ScoreRun, RejectedSourceRow, Origin } from './run/scoreRun.js';
export { createProgress } from './progress.js';
export type { Progress } from './progress.js';
