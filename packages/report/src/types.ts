import type { EnterpriseRecord, Evaluation } from '@mujun/core';

/** Report language: 中文 (default) or English. */
export type ReportLang = 'zh' | 'en';

/**
 * A CSV row that never reached the evaluation (bad data), as reported by `@mujun/csv`.
 * Kept as a plain shape so the renderer does not depend on the CSV package.
 */
export interface RejectedRow {
  /** File the row came from, when known. */
  file?: string;
  /** 1-based row number in that file. */
  row: number;
  /** Column (header) at fault, when one is. */
  column?: string;
  /** Machine-readable error code. */
  code: string;
  /** Human-readable message. */
  message: string;
}

/**
 * Where each value came from: credit code → record field → source (a bureau id such as
 * `'tax'` or a file name). Unknown bureau ids are shown as given.
 */
export type Provenance = Record<string, Partial<Record<string, string>>>;

/** A label in both languages (as `@mujun/policy` catalogs carry them). */
export interface BilingualLabel {
  zh: string;
  en: string;
}

/** One measure applied to one firm — the fields of `@mujun/policy`'s `AppliedMeasure` the report shows. */
export interface PolicyMeasureLike {
  measureId: string;
  name: BilingualLabel;
  kind: 'surcharge' | 'relief' | 'eligibility';
  /** Yuan, rounded to the fen; null for eligibility measures. */
  amount: string | null;
  calculation?: { quantity: string; unit: string; rate: string; percent?: string };
  effect?: string;
  source: string;
}

/** Money figures of a set of firms (`@mujun/policy`'s `FiscalFigures`). */
export interface FiscalFiguresLike {
  surchargeRevenue: string;
  reliefForgone: string;
  net: string;
  firms: number;
  firmsCharged: number;
  firmsRelieved: number;
}

/**
 * The outcome of `@mujun/policy`'s `applyPolicies`, as far as the report reads it. Declared
 * structurally so a `PolicyOutcome` is accepted as is, and a hand-made one works in tests.
 */
export interface PolicyOutcomeLike {
  catalogId: string;
  year?: number | null;
  firms: readonly { creditCode: string; measures: readonly PolicyMeasureLike[]; surcharge: string; relief: string }[];
  fiscal: {
    total: FiscalFiguresLike;
    byClass: Record<string, FiscalFiguresLike>;
    byGroup: Record<string, FiscalFiguresLike>;
    byCounty: Record<string, FiscalFiguresLike>;
    byIndustry: Record<string, FiscalFiguresLike>;
  };
  warnings?: readonly string[];
}

/** Year-over-year class migration, shown as a matrix. */
export interface MigrationView {
  /** Label of the earlier evaluation (e.g. "2023"). */
  fromLabel: string;
  /** Label of the later evaluation (e.g. "2024"). */
  toLabel: string;
  /** Class letters in row/column order; may include '—' for "not in that year". */
  classes: string[];
  /** counts[from][to] = number of enterprises. */
  counts: Record<string, Record<string, number>>;
  /** credit code → class in the earlier year, so each sheet can show it. */
  previousClass?: Record<string, string>;
}

/** The way to the next class for one enterprise (from core's `explain`). */
export interface NextClassView {
  /** The next better class, or null when already at the top (or blocked by a veto). */
  targetClass: string | null;
  /** Points the total must gain. */
  pointsNeeded: string | null;
  /** Why there is no way up (veto, top class …), when there is none. */
  blockedBy?: string;
  /** Concrete options, e.g. "亩均税收 +3.2 万元/亩". */
  options: { indicator?: string; text: string }[];
}

/** Everything `renderReport` can show. Only `evaluation` is required. */
export interface ReportInput {
  evaluation: Evaluation;
  /** The merged records that were evaluated (the "data used" on each sheet). */
  records?: readonly EnterpriseRecord[];
  /** Source bureau of each value. */
  provenance?: Provenance;
  /** CSV rows rejected before evaluation. */
  rejected?: readonly RejectedRow[];
  /** Overrides the accounting shown (defaults: the evaluation's, plus `rejected.length`). */
  accounting?: { rows: number; scored: number; excluded: number; rejected: number };
  /** The outcome of `applyPolicies` (per-firm measures, fiscal summary). */
  policy?: PolicyOutcomeLike;
  /** Year-over-year migration. */
  comparison?: MigrationView;
  /** credit code → way to the next class; when absent, computed with core's `explain` if available. */
  nextClass?: Record<string, NextClassView>;
  lang?: ReportLang;
  title?: string;
  /** ISO timestamp printed in the header; omitted when absent so output is reproducible. */
  generatedAt?: string;
}
