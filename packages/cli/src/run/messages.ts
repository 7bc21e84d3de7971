/**
 * Every line `score` prints on stderr about a run, in the order it prints them, as one list for the
 * CLI and the web page alike (bilingual, as the CLI prints them): the data problems (said before the
 * results are written), then the small pools, the conflicts (比对), the cross-check line, the policy
 * notes and fiscal line, and the accounting.
 */
import type { PoolSummary, Scheme } from '@mujun/core';
import { poolSummariesOf } from '@mujun/csv';
import type { PolicyOutcome } from '@mujun/policy';
import { accountingLine, accountingOf, type Accounting } from '../output/accounting.js';
import { fiscalLine } from '../output/fiscalLine.js';
import { conflictLines, reconciliationLine } from '../output/reconciliation.js';
import { smallPoolsLine } from '../output/smallPoolsLine.js';
import type { Inputs } from './inputs.js';
import type { ScoreOutcome } from './runScore.js';
import type { ScoreRun } from './scoreRun.js';

/** What the lines after the results are made of (a run's, or the CLI's threaded CSV run's counts). */
export interface RunSummary {
  scheme: Scheme;
  inputs: Pick<Inputs, 'sources' | 'merged' | 'conflicts' | 'gaps' | 'rejected' | 'warnings'>;
  /** The pools (only those under the scheme's minimum size are named). */
  pools: readonly Pick<PoolSummary, 'pool' | 'group' | 'county' | 'size' | 'smallPool'>[];
  accounting: Accounting;
  policies?: PolicyOutcome | undefined;
}

/** The lines `score` prints after the results are written. */
export function summaryLines(summary: RunSummary): string[] {
  const lines: string[] = [];
  const small = smallPoolsLine(summary.pools, summary.scheme);
  if (small !== null) lines.push(small);
  lines.push(...conflictLines(summary.inputs), reconciliationLine(summary.inputs));
  if (summary.policies) {
    for (const warning of summary.policies.warnings) lines.push(`score: 注意 / note: ${warning}`);
    lines.push(fiscalLine(summary.policies));
  }
  lines.push(accountingLine(summary.accounting));
  return lines;
}

/** What the summary lines of an evaluated run are made of. */
export function runSummary(scheme: Scheme, run: ScoreRun): RunSummary {
  return { scheme, inputs: run.inputs, pools: poolSummariesOf(run.columns), accounting: accountingOf(run), policies: run.policies };
}

/** Every line `score` prints on stderr for `outcome`: the data problems, then (when it ran) the summary. */
export function scoreMessages(outcome: ScoreOutcome): string[] {
  const { run } = outcome;
  return run === null ? outcome.problems.lines : [...outcome.problems.lines, ...summaryLines(runSummary(outcome.scheme, run))];
}

/** The line `score validate` prints on stderr (its report goes to stdout: validationText). */
export function validateMessages(inputs: Inputs): string[] {
  return [reconciliationLine(inputs)];
}
