/**
 * `score <csv…>`: merge the bureau files, evaluate with a scheme (and apply a policy catalog),
 * write the results as CSV (default, Excel-safe) or one JSON object, and print the accounting.
 */
import { choice, parseSettings, requireInputs, stringOption } from '../args.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { scoreCsv } from '../fast/scoreCsv.js';
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
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), progress });
    const settings = parseSettings(values['setting'] as string[] | undefined);
    if (format === 'csv' && !catalog && !history) {
      progress.finish();
      await scoreCsv(io, inputs, scheme, { referenceDate: stringOption(values['reference-date']), headers, encoding, out: stringOption(values['out']) });
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
