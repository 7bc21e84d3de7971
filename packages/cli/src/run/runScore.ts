/**
 * One `score` run, pure and browser-safe: the bureau files' bytes read and merged (归集/比对), the
 * data problems found, the merged columns evaluated with the scheme, the policies applied and the
 * prior years compared. The CLI's `score` and the offline web page both run it (the CLI's plain CSV
 * run takes @mujun/csv/node's threaded scoreMerged instead, to the same bytes).
 */
import type { Scheme } from '@mujun/core';
import { EXIT } from '../errors.js';
import { checkSettingIds } from '../internal/optionIds.js';
import { dataProblems, type DataProblems } from '../output/dataProblems.js';
import { evaluateInputs, type EvaluateInputsOptions } from './evaluateInputs.js';
import type { Inputs } from './inputs.js';
import { readRun, type ReadRunOptions, type RunSource } from './readRun.js';
import type { ScoreRun } from './scoreRun.js';

/** What shapes a run besides its files. */
export interface RunScoreOptions extends Omit<ReadRunOptions, 'sourcePrecedence'>, EvaluateInputsOptions {
  /** A validated scheme (@mujun/core's getPreset or validateScheme). */
  scheme: Scheme;
  /** Any data-problem warning stops the run (`--strict`). */
  strict?: boolean | undefined;
}

/** The outcome of a run: what was read, what is wrong with it, and the evaluation unless a problem stopped it. */
export interface ScoreOutcome {
  scheme: Scheme;
  inputs: Inputs;
  /** The data problems, said before anything is written; `exitCode` 1 when they stop the run. */
  problems: DataProblems;
  /** The run, or null when the data problems stopped it (nothing is to be written then). */
  run: ScoreRun | null;
}

/** Runs `score` on files held in memory. Bad options and unusable files throw the CLI's coded errors. */
export async function runScore(sources: readonly RunSource[], options: RunScoreOptions): Promise<ScoreOutcome> {
  checkSettingIds(options.settings, options.catalog);
  const inputs = await readRun(sources, { ...options, sourcePrecedence: options.scheme.sourcePrecedence });
  return scoreInputs(inputs, options);
}

/**
 * The steps of `score` after reading: the data problems said, then, unless they stop the run, the
 * merged columns evaluated, the policies applied and the prior years compared. For a caller that
 * reads the files its own way (the web page reads them side by side) and merged them with mergeInputs.
 */
export function scoreInputs(inputs: Inputs, options: RunScoreOptions): ScoreOutcome {
  const { scheme } = options;
  checkSettingIds(options.settings, options.catalog);
  const problems = dataProblems(inputs, scheme, options.strict === true);
  if (problems.exitCode !== EXIT.ok) return { scheme, inputs, problems, run: null };
  options.onProgress?.(0, 1, '评价 evaluating');
  const run = evaluateInputs(inputs, scheme, {
    referenceDate: options.referenceDate,
    catalog: options.catalog,
    history: options.history,
    settings: options.settings,
  });
  options.onProgress?.(1, 1, '评价 evaluating');
  return { scheme, inputs, problems, run };
}
