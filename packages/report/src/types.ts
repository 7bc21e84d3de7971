import type { Bilingual, Comparison, EnterpriseRecord, Evaluation, RejectedRow, RunAccounting } from '@mujun/core';
import type { PolicyOutcome } from '@mujun/policy';

/** Report language: 中文 (default) or English. */
export type ReportLang = 'zh' | 'en';

/**
 * Where each value came from: credit code → record field → source. A source is a bureau id
 * (`'tax'`, `'land'`, `'power'`, `'environment'`, `'statistics'`, `'industry'`) or a file path, or
 * `@mujun/csv`'s `{ source, row }` origin; a file named after a bureau (`tax.csv`) is shown as that
 * bureau, with the file and row.
 */
export type Provenance = Record<string, Partial<Record<string, string | { source: string; row?: number }>>>;

/**
 * Class migration: `@mujun/core`'s `compare(before, after)` — two evaluations, or a year of prior
 * results and this evaluation (see `comparisonFromHistory`) — with the labels of its two sides.
 */
export interface ComparisonInput extends Comparison {
  /** Label of the earlier side (e.g. "2023"); its scheme id when omitted. */
  fromLabel?: string;
  /** Label of the later side (e.g. "2024"); its scheme id when omitted. */
  toLabel?: string;
  /** Both sides are runs of the same year (a review, 复核): the report says "前次" and "本次". */
  review?: boolean;
}

/** Everything `renderReport` can show. Only `evaluation` is required. */
export interface ReportInput {
  evaluation: Evaluation;
  /** The merged records that were evaluated (the "data used" on each sheet), excluded firms' too. */
  records?: readonly EnterpriseRecord[] | undefined;
  /** Source bureau of each value. */
  provenance?: Provenance | undefined;
  /** Source rows rejected before evaluation (`@mujun/csv`'s `rejected`, as it is). */
  rejected?: readonly RejectedRow[] | undefined;
  /** Overrides the accounting shown (defaults: the evaluation's, plus `rejected.length`). */
  accounting?: RunAccounting | undefined;
  /** The outcome of `applyPolicies` (per-firm measures, fiscal summary). */
  policy?: PolicyOutcome | undefined;
  /** Year-over-year class migration (see `comparisonFromHistory`). */
  comparison?: ComparisonInput | undefined;
  /** The policy catalog's title, shown instead of its id. */
  policyTitle?: Bilingual | undefined;
  lang?: ReportLang | undefined;
  /** Overrides the default title "<district> <year> 年度亩均效益综合评价报告". */
  title?: string | undefined;
  /** The evaluated year; default: the year of the evaluation's reference date. */
  year?: number | undefined;
  /** The district (区/县) named in the title; default: the county of the data when there is one. */
  district?: string | undefined;
  /** The body that issues the sheets (发布单位), printed on every 一企一单. */
  issuer?: string | undefined;
  /** ISO date (or timestamp) printed in the header and on each sheet; omitted when absent so output is reproducible. */
  generatedAt?: string | undefined;
}
