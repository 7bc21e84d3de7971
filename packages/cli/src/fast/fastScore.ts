/**
 * The fast path of `score` for one CSV file and CSV output without policies: read the file in
 * parallel into columns (@mujun/csv's readColumnarSource), plan with @mujun/core's planColumnar
 * (scope, pools, adjustments), score and rank the pools in two threads (scorePlannedPool: float64
 * with error bounds, exact where it matters), and stream the results table. Same output file, same stderr lines as the ordinary path; when the file or
 * the scheme needs the ordinary path, it says so (returns false) before writing anything.
 */
import { planColumnar, type ColumnarPlan, type IndicatorId, type Scheme } from '@mujun/core';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { csvCell, readColumnarSource, readHeaderMapping } from '@mujun/csv';
import { SchemeError } from '../errors.js';
import { resolvePath, type Io } from '../io.js';
import { rejectedRows, type Inputs } from '../load/readInputs.js';
import { accountingLine } from '../output/accounting.js';
import { reconciliationLine } from '../output/reconciliation.js';
import { resultsTable } from '../output/resultsTable.js';
import type { ScoreRun } from '../output/scoreRun.js';
import { emit } from '../output/writeResults.js';
import type { LineSettings } from './lineSettings.js';
import { scoreTable } from './scoreTable.js';
import { assertUnchanged, snapshotOf } from '../files/inputFiles.js';
import { writeAtomically } from '../files/writeAtomically.js';

/** What the fast path needs of the command line. */
export interface FastScoreOptions {
  referenceDate?: string | undefined;
  mapping?: string | undefined;
  headers: 'zh' | 'en';
  encoding: 'utf8' | 'gbk';
  out?: string | undefined;
  /** Replace an existing --out file (`--force`). */
  force?: boolean;
  /** Parts parsed in parallel (tests force 2 on small files with minSplitBytes). */
  parts?: number;
  minSplitBytes?: number;
}

function isCoreError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'CoreError';
}

/** Scores `path` the fast way; false when it cannot (nothing written then). */
export async function fastScore(io: Io, path: string, scheme: Scheme, options: FastScoreOptions): Promise<boolean> {
  if (options.encoding !== 'utf8') return false; // GBK output is encoded by @mujun/csv's writer (iconv): the ordinary path
  const mapping = options.mapping === undefined ? undefined : await readHeaderMapping(resolvePath(io, options.mapping));
  // MUJUN_FAST_TIMES=1 prints each stage's wall time on stderr (for profiling; off by default).
  const times = process.env['MUJUN_FAST_TIMES'] === '1';
  let t = performance.now();
  const stage = (name: string, ms = performance.now() - t) => {
    if (times) io.stderr(`score: ${name} ${(ms / 1000).toFixed(2)} s (${memoryNow()})`);
    t = performance.now();
  };
  // MUJUN_FAST_MIN_SPLIT (bytes) lets tests cut small files in two.
  const minSplit = options.minSplitBytes ?? (process.env['MUJUN_FAST_MIN_SPLIT'] ? Number(process.env['MUJUN_FAST_MIN_SPLIT']) : undefined);
  const before = snapshotOf(io, path);
  const read = await readColumnarSource(resolvePath(io, path), path, {
    mapping,
    ...(options.parts !== undefined ? { parts: options.parts } : {}),
    ...(minSplit !== undefined ? { minSplitBytes: minSplit } : {}),
    cells: true,
    onStage: (name, ms) => stage(name, ms),
  });
  if (read === null) return false;
  assertUnchanged(io, path, before);
  const { cells } = read;
  if (cells === undefined) throw new Error('the fast reader made no record cells'); // asked for above: a bug if missing
  let plan: ColumnarPlan;
  try {
    plan = planColumnar(read.records, scheme, options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate });
  } catch (error) {
    if (isCoreError(error)) throw new SchemeError({ zh: '评价方案或选项无效', en: 'the scheme or an option is invalid' }, error.message);
    throw error;
  }
  // Facts derived wider than 15 digits (leases, rented floor, pollutant tonnes) are printed by the
  // ordinary writer (this path's byte writers print scaled integers).
  if (Object.values(plan.facts).some((c) => c.wide !== undefined)) return false;
  stage('plan (scope, pools, adjustments)');
  // Names are needed no more: the exclusions carry theirs, the lines copy the reader's cells. A
  // million strings fewer for what follows (10⁶ rows: the peak is when both threads score pools).
  read.records.name = [];

  // The ordinary table's columns, from the ordinary code with no rows.
  const empty = { evaluation: { scheme: plan.scheme, referenceDate: plan.referenceDate, results: [], excluded: [] } } as unknown as ScoreRun;
  const table = resultsTable(empty);
  const indicatorIds = table.columns.filter((c) => c.en.endsWith('_score')).map((c) => c.en.slice(0, -'_score'.length)) as IndicatorId[];
  const lang = options.headers;
  const settings: LineSettings = {
    year: plan.referenceDate?.slice(0, 4) ?? '',
    decimals: plan.scheme.rounding.decimals,
    lang,
    kinds: table.columns.map((c) => c.kind ?? 'text'),
    cached: table.columns.map((c) => ['year', 'county', 'group', 'status', 'class', 'class_name', 'imputed', 'adjustments'].includes(c.en)),
    tierIds: plan.scheme.classes.tiers.map((t) => t.id),
    tierNames: plan.scheme.classes.tiers.map((t) => `${t.name} ${t.nameEn}`),
    indicatorIds,
  };
  const header = `${table.columns.map((c) => csvCell(lang === 'zh' ? c.zh : c.en, { kind: 'text', yes: '', no: '' })).join(',')}\r\n`;
  // Pools are scored and lines made in two threads from 50 000 scored firms on (tests: whenever
  // they cut files; MUJUN_FAST_WRITE_THREADS=1: always in this thread).
  const parallelFrom = process.env['MUJUN_FAST_MIN_SPLIT'] ? 1 : process.env['MUJUN_FAST_WRITE_THREADS'] === '1' ? Infinity : 50_000;
  // A file is written chunk by chunk as the lines are made, from reused buffers; stdout through a stream.
  const direct = options.out !== undefined;
  const body = await scoreTable(plan, read.records, cells, settings, parallelFrom, direct, (name) => stage(name));
  if (body === null) return false;
  const bytes = withHead(`\ufeff${header}`, body);
  try {
    if (options.out !== undefined) await writeAtomically({ path: resolvePath(io, options.out), shown: options.out, force: options.force === true }, bytes);
    else await emit(io, Readable.from(bytes, { objectMode: false }), undefined);
  } finally {
    // A reader that stopped early (`score … | head`) leaves the table unfinished: stop the worker, remove its file.
    await body.return(undefined);
  }
  stage('write');
  const rejected = rejectedRows(read.rejected);
  const inputs = { sources: [path], records: { length: read.records.length }, conflicts: [], gaps: [], rejected } as unknown as Inputs;
  io.stderr(reconciliationLine(inputs));
  const excluded = plan.excluded.length;
  const scored = read.records.length - excluded;
  io.stderr(
    accountingLine({ rows: scored + excluded + rejected.length, scored, excluded, rejected: rejected.length, enterprises: scored + excluded, summaryRows: read.summaryRows.length }),
  );
  return true;
}

/** @mujun/csv's writeResultsCsv bytes: UTF-8 with BOM, the header, then the lines (CRLF). */
async function* withHead(head: string, rest: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield Buffer.from(head, 'utf8');
  yield* rest;
}

/** Resident memory now and at its peak so far (the peak where Linux tells it), for MUJUN_FAST_TIMES. */
function memoryNow(): string {
  const rss = `rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;
  try {
    const peak = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return peak === undefined ? rss : `${rss}, peak ${Math.round(Number(peak) / 1024)} MiB`;
  } catch {
    return rss;
  }
}

/** MUJUN_FAST=0 turns the fast path off (to compare it with the ordinary path, or to rule it out). */
export function fastPathEnabled(): boolean {
  return process.env['MUJUN_FAST'] !== '0';
}
