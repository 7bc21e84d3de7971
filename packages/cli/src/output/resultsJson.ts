/**
 * The `--format json` document: ONE object with the scheme, every result, every exclusion and
 * rejection, and the accounting. Decimals are strings, exactly as @mujun/core computed them.
 */
import type { BenchmarkUsed, PoolSummary } from '@mujun/core';
import type { PolicyOutcome } from '@mujun/policy';
import { accountingOf, type Accounting } from './accounting.js';
import type { ScoreRun } from './scoreRun.js';

/** One indicator of one result. */
export interface IndicatorJson {
  id: string;
  value: string | null;
  score: string;
  imputed: boolean;
  benchmark: string | null;
  weight: string;
}

/** One scored enterprise. */
export interface ResultJson {
  creditCode: string;
  name: string;
  group: string;
  county: string | null;
  pool: string;
  total: string;
  class: string;
  rank: number;
  poolSize: number;
  landMu: string;
  indicators: IndicatorJson[];
  adjustments: { kind: string; flag: string; points: string; effect?: string }[];
}

/** One enterprise not scored. `row` and `source` say where it first appears. */
export interface ExcludedJson {
  row: number;
  source: string;
  creditCode: string;
  name: string;
  reason: string;
  detail: string;
}

/** One rejected source row. */
export interface RejectedJson {
  row: number;
  source: string;
  column: string;
  code: string;
  message: string;
  value: string;
}

/** The whole document. */
export interface ScoreJson {
  scheme: { id: string; name: string; nameEn: string; sources: { title: string; year: number }[] };
  referenceDate: string | null;
  results: ResultJson[];
  excluded: ExcludedJson[];
  rejected: RejectedJson[];
  accounting: Accounting;
  pools: PoolSummary[];
  benchmarks: BenchmarkUsed[];
  /** Evaluation year (from the reference date), so the file can serve as `--history` later. */
  year: number | null;
  /** Policies and the fiscal summary, when `--policy` was given. */
  policies?: PolicyOutcome;
}

/** Builds the JSON document of a run. */
export function resultsJson(run: ScoreRun): ScoreJson {
  const { evaluation } = run;
  const { scheme } = evaluation;
  return {
    scheme: { id: scheme.id, name: scheme.name, nameEn: scheme.nameEn, sources: scheme.sources.map((s) => ({ title: s.title, year: s.year })) },
    referenceDate: evaluation.referenceDate,
    year: evaluation.referenceDate ? Number(evaluation.referenceDate.slice(0, 4)) : null,
    results: evaluation.results.map((r) => ({
      creditCode: r.creditCode,
      name: r.name,
      group: r.group,
      county: r.county,
      pool: r.pool,
      total: r.total,
      class: r.class,
      rank: r.rank,
      poolSize: r.poolSize,
      landMu: r.landMu,
      indicators: r.indicators.map((i) => ({ id: i.id, value: i.value, score: i.score, imputed: i.imputed, benchmark: i.benchmark, weight: i.weight })),
      adjustments: r.adjustments.map((a) => ({ kind: a.kind, flag: a.flag, points: a.points, ...(a.effect ? { effect: a.effect } : {}) })),
    })),
    excluded: evaluation.excluded.map((e) => {
      const origin = run.origins[e.index];
      return { row: origin?.row ?? e.index + 2, source: origin?.source ?? '', creditCode: e.creditCode, name: e.name, reason: e.reason, detail: e.detail };
    }),
    rejected: run.rejected.map((r) => ({ row: r.row, source: r.source, column: r.column, code: r.code, message: r.message, value: r.value })),
    accounting: accountingOf(run),
    pools: evaluation.pools,
    benchmarks: evaluation.benchmarks,
    ...(run.policies ? { policies: run.policies } : {}),
  };
}
