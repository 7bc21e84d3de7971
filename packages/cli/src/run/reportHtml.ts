/**
 * The HTML report of a run (`score report`): @mujun/report's renderReport fed with the run — the
 * evaluation, the merged records and where each value came from, the rejected rows and the
 * accounting, the policies and the comparison with prior years. Pure, so the web page gives the
 * report `score report` writes.
 */
import type { ClassHistory, PolicyCatalog } from '@mujun/policy';
import { comparisonFromHistory, renderReport, type Provenance, type ReportInput } from '@mujun/report';
import { accountingOf } from '../output/accounting.js';
import type { Inputs } from './inputs.js';
import type { ScoreRun } from './scoreRun.js';

/** What the report says besides the run (the options of `score report`). */
export interface ReportChoice extends Pick<ReportInput, 'lang' | 'title' | 'district' | 'issuer' | 'generatedAt'> {
  /** The catalog applied (its title is shown). */
  catalog?: PolicyCatalog | undefined;
  /** Prior years' classes: the report compares with the latest. */
  history?: ClassHistory | undefined;
}

/** Field-level provenance (credit code → field → source row), when the run's read kept it. */
function provenanceOf(inputs: Inputs): Provenance | undefined {
  const perRecord = inputs.provenance;
  if (!perRecord) return undefined;
  const out: Provenance = {};
  inputs.records.forEach((r, i) => {
    const p = perRecord[i];
    if (p) out[r.creditCode] = p;
  });
  return out;
}

/** The report of `run` as one self-contained HTML text. */
export function reportHtml(run: ScoreRun, choice: ReportChoice = {}): string {
  const provenance = provenanceOf(run.inputs);
  const comparison = choice.history ? comparisonFromHistory(run.evaluation, choice.history) : undefined;
  return renderReport({
    evaluation: run.evaluation,
    records: run.inputs.records,
    rejected: run.rejected,
    accounting: accountingOf(run),
    lang: choice.lang ?? 'zh',
    ...(choice.generatedAt ? { generatedAt: choice.generatedAt } : {}),
    ...(provenance ? { provenance } : {}),
    ...(run.policies ? { policy: run.policies } : {}),
    ...(comparison ? { comparison } : {}),
    ...(choice.title ? { title: choice.title } : {}),
    ...(choice.district ? { district: choice.district } : {}),
    ...(choice.issuer ? { issuer: choice.issuer } : {}),
    ...(choice.catalog ? { policyTitle: choice.catalog.title } : {}),
  });
}
