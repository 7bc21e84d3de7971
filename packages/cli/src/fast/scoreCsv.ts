/**
 * `score` with CSV out and no policies: plan the merged columns with @mujun/core's planColumnar
 * (scope, pools, adjustments), score and rank the pools in two threads (scorePlannedPool: float64
 * with error bounds, exact where it matters), and write the results table line by line from the
 * columns — a million results are never objects.
 */
import { planColumnar, type ColumnarPlan, type IndicatorId, type Scheme } from '@mujun/core';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { csvCell, gb18030Chunks } from '@mujun/csv';
import { SchemeError } from '../errors.js';
import { resolvePath, type Io } from '../io.js';
import type { Inputs } from '../load/readInputs.js';
import { accountingLine } from '../output/accounting.js';
import { reconciliationLine } from '../output/reconciliation.js';
import { resultsTable } from '../output/resultsTable.js';
import type { ScoreRun } from '../output/scoreRun.js';
import { emit } from '../output/writeResults.js';
import type { LineSettings } from './lineSettings.js';
import { recordCells } from './recordCells.js';
import { scoreTable } from './scoreTable.js';
import { writeFileDirect } from './writeFileDirect.js';

/** What the CSV run needs of the command line. */
export interface ScoreCsvOptions {
  referenceDate?: string | undefined;
  headers: 'zh' | 'en';
  encoding: 'utf8' | 'gbk';
  out?: string | undefined;
  /** Pools are scored in two threads from this many scored firms on (default 50 000; tests lower it). */
  parallelFrom?: number;
}

function isCoreError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'CoreError';
}

/** Scores the merged inputs and writes the results table as CSV, then the cross-check and accounting lines. */
export async function scoreCsv(io: Io, inputs: Inputs, scheme: Scheme, options: ScoreCsvOptions): Promise<void> {
  // MUJUN_TIMES=1 prints each stage's wall time on stderr (for profiling; off by default).
  const times = process.env['MUJUN_TIMES'] === '1';
  let t = performance.now();
  const stage = (name: string, ms = performance.now() - t) => {
    if (times) io.stderr(`score: ${name} ${(ms / 1000).toFixed(2)} s (${memoryNow()})`);
    t = performance.now();
  };
  const records = inputs.columns;
  let plan: ColumnarPlan | null;
  try {
    plan = planColumnar(records, scheme, options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate });
  } catch (error) {
    if (isCoreError(error)) throw new SchemeError({ zh: '评价方案或选项无效', en: 'the scheme or an option is invalid' }, error.message);
    throw error;
  }
  if (plan === null) throw new Error('internal: the columnar engine declined the run (it evaluates every scheme)');
  stage('plan (scope, pools, adjustments)');
  const cells = recordCells(records);
  stage('record cells');

  // The table's columns, from the table's definition with no rows.
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
  // A file is written chunk by chunk as the lines are made, from reused buffers; stdout through a stream.
  const direct = options.out !== undefined;
  const body = await scoreTable(plan, records, cells, settings, options.parallelFrom ?? 50_000, direct, (name) => stage(name));
  if (body === null) throw new Error('internal: the columnar engine declined a pool (it scores every pool)');
  const utf8 = withHead(options.encoding === 'gbk' ? header : `\ufeff${header}`, body);
  const bytes = options.encoding === 'gbk' ? gb18030Chunks(utf8) : utf8;
  try {
    if (options.out !== undefined) await writeFileDirect(resolvePath(io, options.out), options.out, bytes);
    else await emit(io, Readable.from(bytes, { objectMode: false }), undefined);
  } finally {
    // A reader that stopped early (`score … | head`) leaves the table unfinished: stop the worker, remove its file.
    await body.return(undefined);
  }
  stage('write');
  io.stderr(reconciliationLine(inputs));
  const excluded = plan.excluded.length;
  const scored = records.length - excluded;
  const rejected = inputs.rejected.length;
  io.stderr(accountingLine({ rows: scored + excluded + rejected, scored, excluded, rejected, enterprises: scored + excluded, summaryRows: inputs.summaryRows }));
}

/** @mujun/csv's writeResultsCsv bytes: UTF-8 with BOM, the header, then the lines (CRLF). */
async function* withHead(head: string, rest: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield Buffer.from(head, 'utf8');
  yield* rest;
}

/** Resident memory now and at its peak so far (the peak where Linux tells it), for MUJUN_TIMES. */
function memoryNow(): string {
  const rss = `rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;
  try {
    const peak = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return peak === undefined ? rss : `${rss}, peak ${Math.round(Number(peak) / 1024)} MiB`;
  } catch {
    return rss;
  }
}
