/**
 * `score <csv…>`: merge the bureau files, evaluate with a scheme (and apply a policy catalog),
 * write the results as CSV (default, Excel-safe) or one JSON object, and print the accounting.
 */
import { choice, parseSettings, requireInputs, stringOption } from '../args.js';
import { EXIT, evaluationError } from '../errors.js';
import type { Io } from '../io.js';
import { readFileSync } from 'node:fs';
import { scoreMerged } from '@mujun/csv/node';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeStdout } from '../files/writeStdout.js';
import { resolvePath } from '../io.js';
import { scoreInputs } from '../run/runScore.js';
import { loadHistory } from '../load/loadHistory.js';
import { loadPolicy } from '../load/loadPolicy.js';
import { loadScheme } from '../load/loadScheme.js';
import { readInputs } from '../load/readInputs.js';
import { dataProblems } from '../output/dataProblems.js';
import { checkSettingIds } from '../internal/optionIds.js';
import { runSummary, summaryLines } from '../run/messages.js';
import { writeResults } from '../output/writeResults.js';
import { workbookNeedsOut } from '../output/xlsx/resultsXlsx.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { inputOptionsOf } from './sharedOptions.js';
import { COMMON_OPTIONS, formatOption, INPUT_OPTIONS, OUTPUT_OPTIONS, POLICY_OPTIONS, SCHEME_OPTIONS, type OptionDoc } from './optionDocs.js';

export const scoreCommand: Command = {
  name: 'score',
  usage: 'score <csv|xlsx…> [options]',
  example: 'score 数据/*.csv',
  summary: {
    zh: '归集多个部门的 CSV，按评价方案打分分类（可叠加差别化政策），输出 CSV、JSON 或 Excel 工作簿（.xlsx），并在标准错误输出核算行',
    en: 'merge bureau CSVs, score and class them by a scheme (optionally apply policies), write CSV, JSON or an .xlsx workbook, print the accounting on stderr',
  },
  options: {
    ...INPUT_OPTIONS,
    ...SCHEME_OPTIONS,
    ...POLICY_OPTIONS,
    format: formatOption(['csv', 'json', 'xlsx'], '--format xlsx --out 结果.xlsx'),
    ...OUTPUT_OPTIONS,
    headers: {
      type: 'string',
      value: 'zh|en',
      text: { zh: '结果表头的语言（默认 zh）', en: 'the language of the results’ headers (default zh)' },
      example: '--headers en',
    } satisfies OptionDoc,
    encoding: {
      type: 'string',
      value: 'utf8|gbk',
      text: {
        zh: '结果 CSV 的编码（默认 utf8，带 BOM；gbk 供旧版 Excel/WPS）',
        en: 'the results CSV’s encoding (default utf8 with BOM; gbk for old Excel/WPS)',
      },
      example: '--encoding gbk --out results.csv',
    } satisfies OptionDoc,
    strict: {
      type: 'boolean',
      text: { zh: '有任何数据问题警告即不输出结果，退出码 1', en: 'any data-problem warning stops the run with exit 1, nothing written' },
      example: '--strict',
    } satisfies OptionDoc,
    ...COMMON_OPTIONS,
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    const paths = requireInputs('score', positionals);
    const input = inputOptionsOf(values); // checked before either path reads a file
    const given = stringOption(values['out']);
    const out = given === '-' ? undefined : given;
    const force = values['force'] === true;
    const format = choice('format', values['format'], ['csv', 'json', 'xlsx'], 'csv');
    if (format === 'xlsx' && out === undefined) throw workbookNeedsOut();
    const headers = choice('headers', values['headers'], ['zh', 'en'], 'zh');
    const encoding = choice('encoding', values['encoding'], ['utf8', 'gbk'], 'utf8');
    const scheme = await loadScheme(io, stringOption(values['scheme']));
    const catalog = await loadPolicy(io, stringOption(values['policy']));
    checkSettingIds(parseSettings(values['setting'] as string[] | undefined), catalog);
    // Prior results are read and parsed here while the bureau files' parts are parsed in worker threads.
    const pendingHistory = loadHistory(io, values['history'] as string[] | undefined);
    pendingHistory.catch(() => {}); // awaited below, after the inputs (a bad history file is still exit 1)
    const strict = values['strict'] === true;
    const progress = createProgress(io);
    const started = performance.now();
    const inputs = await readInputs(io, paths, { ...input, sourcePrecedence: scheme.sourcePrecedence, progress });
    const history = await pendingHistory;
    const times = process.env['MUJUN_TIMES'] === '1';
    if (times) io.stderr(`score: read and merge ${((performance.now() - started) / 1000).toFixed(2)} s (${memoryNow()})`);
    const referenceDate = stringOption(values['reference-date']);
    // Data problems are said before anything is written; one that makes the results untrue stops the run.
    if (format === 'csv' && !catalog) {
      const problems = dataProblems(inputs, scheme, strict);
      if (problems.exitCode !== EXIT.ok) {
        progress.finish();
        for (const line of problems.lines) io.stderr(line);
        return problems.exitCode;
      }
      // The results table written from the columns, in two threads (@mujun/csv's scoreMerged);
      // prior results (--history) only count consecutive years for a policy, so without one they change nothing here.
      progress.finish();
      for (const line of problems.lines) io.stderr(line);
      // Each chunk is written before the next is made (the atomic file writer, or stdout), so the lines may share one buffer.
      const sink = (chunks: AsyncIterable<Uint8Array>) =>
        out === undefined ? writeStdout(io, chunks) : writeAtomically({ path: resolvePath(io, out), shown: out, force }, chunks);
      const counts = await scoreMerged(inputs.merged, scheme, {
        out: sink,
        headers,
        encoding,
        referenceDate,
        ...(times ? { onStage: (name: string, ms: number) => io.stderr(`score: ${name} ${(ms / 1000).toFixed(2)} s (${memoryNow()})`) } : {}),
      }).catch((error: unknown) => {
        throw evaluationError(error);
      });
      const rejected = inputs.rejected.length;
      const enterprises = counts.scored + counts.excluded;
      const accounting = {
        rows: enterprises + rejected,
        scored: counts.scored,
        excluded: counts.excluded,
        rejected,
        enterprises,
        summaryRows: inputs.summaryRows,
      };
      for (const line of summaryLines({ scheme, inputs, pools: counts.smallPools, accounting })) io.stderr(line);
      return EXIT.ok;
    }
    // The evaluation has no steps to count: its stage is shown without a bar.
    const { problems, run } = scoreInputs(inputs, {
      scheme,
      catalog,
      history,
      settings: parseSettings(values['setting'] as string[] | undefined),
      referenceDate,
      strict,
      onProgress: (_done, _total, stage) => progress.update(stage, 0, 0),
    });
    progress.finish();
    for (const line of problems.lines) io.stderr(line);
    if (run === null) return problems.exitCode;
    await writeResults(io, run, { format, headers, encoding, out, force });
    for (const line of summaryLines(runSummary(scheme, run))) io.stderr(line);
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
