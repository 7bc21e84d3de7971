import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { planColumnar, type ColumnarPlan, type PoolSummary, type Scheme } from '@mujun/core';
import { smallPoolOf } from '@mujun/core/engine';
import type { MergedSources } from '../merge/mergeSources.js';
import { collectGarbage } from './collectGarbage.js';
import { gb18030Chunks } from '../write/gb18030Chunks.js';
import { scoreTable, startPoolWorker } from './scoreTable.js';
import { tableSetup } from './tableSetup.js';
import { writeFileDirect } from './writeFileDirect.js';

/** Where and how {@link scoreMerged} writes the results table. */
export interface ScoreOutputOptions {
  /**
   * A file path (written directly, chunk by chunk), a writable stream (stdout, say; left open), or
   * a sink: a function that writes the chunks, each before it asks for the next (so they may share
   * one buffer) — the CLI's atomic file writer is one.
   */
  out: string | NodeJS.WritableStream | ((chunks: AsyncIterable<Uint8Array>) => Promise<void>);
  /** The path as the user gave it, for error messages (default `out`). */
  outName?: string | undefined;
  /** The language of the headers and of the text cells (group, status, class names …; default zh). */
  headers?: 'zh' | 'en' | undefined;
  /** `utf8` (default: UTF-8 with a BOM) or `gbk` (GB18030, no BOM). */
  encoding?: 'utf8' | 'gbk' | undefined;
  /** The evaluation's reference date (YYYY-MM-DD), when not the scheme's. */
  referenceDate?: string | undefined;
  /** Pools are scored and written in two threads from this many scored firms on (default 50 000; a test may lower it). */
  parallelFrom?: number | undefined;
  /** Called after each stage with its name and wall time in ms (for profiling). */
  onStage?: ((stage: string, ms: number) => void) | undefined;
}

/** What a scoring run produced besides the table: its accounting. */
export interface ScoreCounts {
  scored: number;
  excluded: number;
  /** The pools under the scheme's minimum size, as the results' pool summaries name them. */
  smallPools: Pick<PoolSummary, 'pool' | 'group' | 'county' | 'size' | 'smallPool'>[];
}

/**
 * Scores merged sources with a scheme and writes the results table (table/resultsLayout) as CSV:
 * the records planned by @mujun/core's columnar engine (scope, pools, adjustments), the pools
 * scored and ranked in two threads, and each line written as bytes from the columns — a million
 * results are never objects, and of the lines only the worker's are held (≈ 100 MB at 10⁶ firms). Node only (worker threads, files). Throws
 * @mujun/core's CoreError for a scheme `validateScheme` or `getPreset` did not return, an invalid option, InputError `cannot-write` for an output
 * file that cannot be written.
 */
export async function scoreMerged(merged: MergedSources, scheme: Scheme, options: ScoreOutputOptions): Promise<ScoreCounts> {
  let t = performance.now();
  const stage = (name: string) => {
    const now = performance.now();
    options.onStage?.(name, now - t);
    t = now;
  };
  await collectGarbage();
  stage('garbage of the read collected');
  const records = merged.records;
  const parallelFrom = options.parallelFrom ?? 50_000;
  const thread = startPoolWorker(records.length, parallelFrom);
  let plan: ColumnarPlan;
  let body: AsyncGenerator<Buffer>;
  let header: string;
  try {
    plan = planColumnar(records, scheme, options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate });
    stage('plan (scope, pools, adjustments)');
    const setup = tableSetup(plan.scheme, plan.referenceDate, options.headers ?? 'zh', false);
    header = setup.header;
    const direct = typeof options.out === 'string' || typeof options.out === 'function';
    body = await scoreTable(plan, records, setup.settings, parallelFrom, thread, direct, stage);
  } catch (e) {
    void thread?.terminate();
    throw e;
  }
  const utf8 = withHead(options.encoding === 'gbk' ? header : `\ufeff${header}`, body);
  const bytes = options.encoding === 'gbk' ? gb18030Chunks(utf8) : utf8;
  try {
    if (typeof options.out === 'string') await writeFileDirect(options.out, options.outName ?? options.out, bytes);
    else if (typeof options.out === 'function') await options.out(bytes);
    else await pipeline(Readable.from(bytes, { objectMode: false }), options.out, { end: false });
  } finally {
    // A reader that stopped early (`score … | head`) leaves the table unfinished: stop the worker.
    await body.return(undefined);
  }
  stage('write');
  const smallPools = plan.pools.flatMap((p) => {
    const smallPool = smallPoolOf(plan.scheme, p);
    const group = plan.scheme.groups[p.group]?.id ?? '';
    return smallPool === undefined ? [] : [{ pool: p.key, group, county: p.county, size: p.members.length, smallPool }];
  });
  return { scored: records.length - plan.excluded.length, excluded: plan.excluded.length, smallPools };
}

/** The header, then the lines. */
async function* withHead(head: string, rest: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield Buffer.from(head, 'utf8');
  yield* rest;
}
