/**
 * The `--format json` document: ONE object with the scheme, every result, every exclusion and
 * rejection, and the accounting, written from the engine's columns. Decimals are strings, shown as the
 * results table shows them (@mujun/csv's resultsLayout): scores and totals as rounded, indicator
 * values to six significant digits, land and money exact.
 */
import type { Evaluation, Exclusion } from '@mujun/core';
import { benchmarksOf, jsonResults, poolSummariesOf, resultsJsonText as jsonText, type ResultJson } from '@mujun/csv';
import type { PolicyOutcome } from '@mujun/policy';
import { accountingOf, type Accounting } from './accounting.js';
import type { RejectedSourceRow, ScoreRun } from '../run/scoreRun.js';

export type { IndicatorJson, ResultJson } from '@mujun/csv';

/** One enterprise not scored. `row` and `source` say where it first appears. */
export interface ExcludedJson extends Pick<Exclusion, 'creditCode' | 'name' | 'reason' | 'detail'> {
  row: number;
  source: string;
}

/** One rejected source row: @mujun/core's RejectedRow (message `{ zh, en }`), with every problem when it has several. */
export type RejectedJson = RejectedSourceRow;

/** The whole document. */
export interface ScoreJson extends Pick<Evaluation, 'referenceDate' | 'pools' | 'benchmarks'> {
  scheme: { id: string; name: string; nameEn: string; sources: { title: string; year: number }[] };
  results: ResultJson[];
  excluded: ExcludedJson[];
  rejected: RejectedJson[];
  accounting: Accounting;
  /** Evaluation year (from the reference date), so the file can serve as `--history` later. */
  year: number | null;
  /** Policies and the fiscal summary, when `--policy` was given. */
  policies?: PolicyOutcome;
}

/** One exclusion, located where the enterprise first appears in the input. */
function excludedJson(e: Exclusion, run: ScoreRun): ExcludedJson {
  const origin = run.origin(e.index);
  return { row: origin?.row ?? e.index + 2, source: origin?.source ?? '', creditCode: e.creditCode, name: e.name, reason: e.reason, detail: e.detail };
}

function* mapped<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** {@link ScoreJson} with `results` and `excluded` as lazy iterables. */
type ScoreJsonStream = Omit<ScoreJson, 'results' | 'excluded'> & { results: Iterable<ResultJson>; excluded: Iterable<ExcludedJson> };

/**
 * The document with `results` and `excluded` as lazy iterables, for @mujun/csv's streaming JSON
 * writer: a million results are written one by one, never held twice in memory.
 */
export function resultsJsonStream(run: ScoreRun): ScoreJsonStream {
  return {
    ...header(run),
    results: jsonResults(run.columns),
    excluded: mapped(run.columns.excluded, (e) => excludedJson(e, run)),
    ...footer(run),
  };
}

function header(run: ScoreRun): Pick<ScoreJson, 'scheme' | 'referenceDate' | 'year'> {
  const { scheme, referenceDate } = run.columns;
  return {
    scheme: { id: scheme.id, name: scheme.name, nameEn: scheme.nameEn, sources: scheme.sources.map((s) => ({ title: s.title, year: s.year })) },
    referenceDate,
    year: referenceDate ? Number(referenceDate.slice(0, 4)) : null,
  };
}

function footer(run: ScoreRun): Omit<ScoreJson, 'scheme' | 'referenceDate' | 'year' | 'results' | 'excluded'> {
  return {
    rejected: run.rejected,
    accounting: accountingOf(run),
    pools: poolSummariesOf(run.columns),
    benchmarks: benchmarksOf(run.columns),
    ...(run.policies ? { policies: run.policies } : {}),
  };
}

/** Builds the JSON document of a run, all in memory (`score` itself streams it). */
export function resultsJson(run: ScoreRun): ScoreJson {
  const doc = resultsJsonStream(run);
  return { ...doc, results: [...doc.results], excluded: [...doc.excluded] };
}

/** The `--format json` document of a run as text, exactly the bytes `score --format json` writes (UTF-8). */
export function resultsJsonText(run: ScoreRun): string {
  return [...jsonText(resultsJsonStream(run))].join('');
}
