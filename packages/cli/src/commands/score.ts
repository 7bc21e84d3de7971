/**
 * `score <csv…>`: merge the bureau files, evaluate with a scheme (and apply a policy catalog),
 * write the results as CSV (default, Excel-safe) or one JSON object, and print the accounting.
 */
import { readFileSync } from 'node:fs';
import { choice, parseSettings, requireInputs, stringOption } from '../args.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { scoreMerged } from '@mujun/csv';
import { SchemeError } from '../errors.js';
import { emitTo } from '../output/writeResults.js';
import { evaluateInputs } from '../load/evaluateInputs.js';
import { loadHistory } from '../load/loadHistory.js';
import { loadPolicy } from '../load/loadPolicy.js';
import { loadScheme } from '../load/loadScheme.js';
import { readInputs } from '../load/readInputs.js';
import { accountingLine, accountingOf } from '../output/accounting.js';
import { fiscalLine } from '../output/fiscalLine.js';
import { reconciliationLine } from '../output/reconciliation.js';
import { writeResults } from '../output/writeResults.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { INPUT_OPTIONS, inputOptionsOf, SCHEME_OPTIONS, POLICY_OPTIONS } from './sharedOptions.js';

export const scoreCommand: Command = {
  name: 'score',
  usage:
    'score <csv…> [--scheme <preset|file.json>] [--policy <preset|file.json>] [--history <results.csv|json>…] [--setting <id>=<value>…] [--format csv|json] [--out <path>] [--headers zh|en] [--encoding utf8|gbk]',
  summary: {
    zh: '归集多个部门的 CSV，按评价方案打分分类（可叠加差别化政策），输出 CSV 或 JSON，并在标准错误输出核算行',
    en: 'merge bureau CSVs, score and class them by a scheme (optionally apply policies), write CSV or JSON, print the accounting on stderr',
  },
  options: {
    ...INPUT_OPTIONS,
    ...SCHEME_OPTIONS,
    ...POLICY_OPTIONS,
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    headers: { type: 'string' },
    encoding: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    const paths = requireInputs('score', positionals);
    const format = choice('format', values['format'], ['csv', 'json'], 'csv');
    const headers = choice('headers', values['headers'], ['zh', 'en'], 'zh');
    const encoding = choice('encoding', values['encoding'], ['utf8', 'gbk'], 'utf8');
    const scheme = await loadScheme(io, stringOption(values['scheme']));
    const catalog = await loadPolicy(io, stringOption(values['policy']));
    const history = await loadHistory(io, values['history'] as string[] | undefined);
    const progress = createProgress(io);
    const started = performance.now();
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), progress });
    const times = process.env['MUJUN_TIMES'] === '1';
    if (times) io.stderr(`score: read and merge ${((performance.now() - started) / 1000).toFixed(2)} s (${memoryNow()})`);
    const settings = parseSettings(values['setting'] as string[] | undefined);
    if (format === 'csv' && !catalog && !history) {
      // The results table written from the columns, in two threads (@mujun/csv's scoreMerged).
      progress.finish();
      const out = stringOption(values['out']);
      const counts = await emitTo(io, out, (target) =>
        scoreMerged(inputs.merged, scheme, {
          out: target,
          ...(out === undefined ? {} : { outName: out }),
          headers,
          encoding,
          referenceDate: stringOption(values['reference-date']),
          ...(times ? { onStage: (name: string, ms: number) => io.stderr(`score: ${name} ${(ms / 1000).toFixed(2)} s (${memoryNow()})`) } : {}),
        }),
      ).catch((error: unknown) => {
        if (error instanceof Error && error.name === 'CoreError') throw new SchemeError({ zh: '评价方案或选项无效', en: 'the scheme or an option is invalid' }, error.message);
        throw error;
      });
      if (counts === null) return EXIT.ok; // stdout closed early
      io.stderr(reconciliationLine(inputs));
      const rejected = inputs.rejected.length;
      const enterprises = counts.scored + counts.excluded;
      io.stderr(accountingLine({ rows: enterprises + rejected, ...counts, rejected, enterprises, summaryRows: inputs.summaryRows }));
      return EXIT.ok;
    }
    progress.update('评价 evaluating', 0, 0);
    const run = evaluateInputs(inputs, scheme, { referenceDate: stringOption(values['reference-date']), catalog, history, settings });
    progress.finish();
    await writeResults(io, run, { format, headers, encoding, out: stringOption(values['out']) });
    io.stderr(reconciliationLine(inputs));
    if (run.policies) {
      for (const warning of run.policies.warnings) io.stderr(`score: 注意 / note: ${warning}`);
      io.stderr(fiscalLine(run.policies));
    }
    io.stderr(accountingLine(accountingOf(run)));
    return EXIT.ok;
  },
};

/** Resident memory now and at its peak so far (the peak where Linux tells it), for MUJUN_TIMES=1. */
function memoryNow(): string {
  const rss = `rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;
  try {
    const peak = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return peak === undefined ? rss : `${rss}, peak ${Math.round(Number(peak) / 1024)} MiB`;
  } catch {
    return rss;
  }
}
