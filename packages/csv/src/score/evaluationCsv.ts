import type { ColumnarEvaluation } from '@mujun/core';
import { CsvLine } from '../write/csvLine.js';
import { gb18030Chunks } from '../write/gb18030Chunks.js';
import { adjustmentTexts, linePool, type LineSource } from './lineSource.js';
import { recordCells } from './recordCells.js';
import { exclusionBytes } from './resultRows.js';
import { byKey, poolWorker, tableBytes } from './scoreTable.js';
import { joinedTexts, textAt } from './poolJob.js';
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
  /** Pools' lines are written by a worker thread too from this many scored firms on (default 50 000; a test may lower it). */
  parallelFrom?: number;
}

/**
 * The results table (table/resultsLayout) of an evaluation already made — @mujun/core's
 * `evaluateColumnar` — as CSV bytes, header first: the same byte writers as {@link scoreMerged}
 * (scoredLines, exclusionBytes), from the columns, pools by key and each in rank order (from
 * `parallelFrom` firms on, a worker thread writes pools' lines meanwhile: scoreTable's tableBytes),
 * then the excluded firms; with `policies`, the policy columns before the detail.
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
  // The policy cells of every record, made once, read by both threads.
  const texts = policies === undefined ? null : joinedTexts(policyTexts(policies, ev.records.length, settings));
  const extra = texts === null ? undefined : (i: number) => textAt(texts, i);
  const groups = ev.scheme.groups;
  const pools = byKey(ev.pools).map((p) => linePool(p, groups));
  const src: LineSource = { settings, groups, cells, facts: ev.facts, adjustments: adjustmentTexts(ev.adjustments, settings.words), extra };
  // From parallelFrom lines on, a worker thread writes pools' lines meanwhile (the evaluation is made: only lines are left).
  const parallel = pools.reduce((n, p) => n + p.members.length, 0) >= parallelFrom && pools.length > 1;
  const worker = parallel
    ? poolWorker(null, pools.length, (owners) => ({ ...src, pools: pools.slice(1), first: 1, owners, scoring: null, extra: texts }))
    : null;
  yield* tableBytes(pools.length, (k) => pools[k]!, src, exclusionBytes(ev, cells, settings, extra), worker, false);
}

/** Each record's policy cells as CSV text (the layout's columns before the last three). */
function policyTexts(policies: (i: number) => PolicyCells | undefined, n: number, settings: ReturnType<typeof tableSetup>['settings']): string[] {
  const line = new CsvLine(settings.kinds, settings.words.language);
  const first = settings.kinds.length - 4;
  return Array.from({ length: n }, (_, i) => {
    const p = policies(i);
    return p === undefined ? ',,' : `${line.cell(first, p.surcharge)},${line.cell(first + 1, p.relief)},${line.cell(first + 2, p.measures)}`;
  });
}
