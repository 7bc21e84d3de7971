import type { ColumnarEvaluation } from '@mujun/core';
import { CsvLine } from '../write/csvLine.js';
import { gb18030Chunks } from '../write/gb18030Chunks.js';
import { adjustmentTexts, linePool, type LineSource } from './lineSource.js';
import { recordCells } from './recordCells.js';
import { exclusionBytes } from './resultRows.js';
import { linesInWorker, splitPools, tableLines } from './scoreTable.js';
import { tableSetup } from './tableSetup.js';

/** The policy columns of one firm (table/resultsLayout with `policies`): amounts in yuan as rounded, the measures' names. */
export interface PolicyCells {
  surcharge: string;
  relief: string;
  measures: string;
}

/** How {@link evaluationCsv} writes the table. */
export interface EvaluationCsvOptions {
  /** The language of the headers and of the text cells (default zh). */
  headers?: 'zh' | 'en';
  /** `utf8` (default: UTF-8 with a BOM) or `gbk` (GB18030, no BOM). */
  encoding?: 'utf8' | 'gbk';
  /**
   * With the policy columns: each firm's cells by record index (undefined: blank cells, a firm no
   * policy applies to). Amounts and names are given as the policy engine made them.
   */
  policies?: (i: number) => PolicyCells | undefined;
  /** The last pools' lines are written by a worker thread from this many scored firms on (default 50 000; a test may lower it). */
  parallelFrom?: number;
}

/**
 * The results table (table/resultsLayout) of an evaluation already made — @mujun/core's
 * `evaluateColumnar` — as CSV bytes, header first: the same byte writers as {@link scoreMerged}
 * (scoredLines, exclusionBytes), from the columns, pools by key and each in rank order (the last
 * pools' lines written by a worker thread meanwhile, from `parallelFrom` firms on), then the
 * excluded firms; with `policies`, the policy columns before the detail.
 */
export async function* evaluationCsv(ev: ColumnarEvaluation, options: EvaluationCsvOptions = {}): AsyncGenerator<Buffer> {
  const lang = options.headers ?? 'zh';
  const { settings, header } = tableSetup(ev.scheme, ev.referenceDate, lang, options.policies !== undefined);
  const utf8 = lines(ev, settings, options.policies, options.encoding === 'gbk' ? header : `\ufeff${header}`, options.parallelFrom ?? 50_000);
  yield* options.encoding === 'gbk' ? gb18030Chunks(utf8) : utf8;
}

async function* lines(
  ev: ColumnarEvaluation,
  settings: ReturnType<typeof tableSetup>['settings'],
  policies: EvaluationCsvOptions['policies'],
  header: string,
  parallelFrom: number,
): AsyncGenerator<Buffer> {
  yield Buffer.from(header, 'utf8');
  const cells = recordCells(ev.records);
  const extra = policies === undefined ? undefined : policyText(policies, settings.kinds.length - 4, settings);
  const groups = ev.scheme.groups;
  const pools = [...ev.pools].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((p) => linePool(p, groups));
  const src: LineSource = { settings, groups, pools, cells, facts: ev.facts, adjustments: adjustmentTexts(ev.adjustments, settings.words), extra };
  // From parallelFrom lines on, the last pools' lines are written by a worker thread meanwhile (the evaluation is made: only lines are left).
  const total = pools.reduce((n, p) => n + p.members.length, 0);
  let split = total >= parallelFrom && pools.length > 1 ? splitPools(pools, total) : pools.length;
  let worker: ReturnType<typeof linesInWorker> = null;
  if (split < pools.length) {
    const theirs = pools.slice(split);
    const texts = extra === undefined ? null : new Map(theirs.flatMap((p) => Array.from(p.members, (i) => [i, extra(i)] as const)));
    worker = linesInWorker({ settings, groups, pools: theirs, cells, facts: ev.facts, adjustments: src.adjustments, extra: texts });
    if (worker === null) split = pools.length;
  }
  yield* tableLines({ ...src, pools: pools.slice(0, split) }, exclusionBytes(ev, cells, settings, extra), worker, false, undefined, () => worker?.stop());
}

/** Each firm's policy cells as CSV text (columns `first` … `first + 2`). */
function policyText(
  policies: (i: number) => PolicyCells | undefined,
  first: number,
  settings: ReturnType<typeof tableSetup>['settings'],
): (i: number) => string {
  const line = new CsvLine(settings.kinds, settings.words.language);
  return (i) => {
    const p = policies(i);
    return p === undefined ? ',,' : `${line.cell(first, p.surcharge)},${line.cell(first + 1, p.relief)},${line.cell(first + 2, p.measures)}`;
  };
}
