/**
 * `score sensitivity <csv…> [--draws N] [--seed S]`: seeded Monte Carlo over the weights (and
 * optionally benchmarks and data) — each firm's class probabilities, and the unstable firms.
 */
import { Readable } from 'node:stream';
import { sensitivity, type SensitivityOptions } from '@mujun/policy';
import { writeResultsJson } from '@mujun/csv/node';
import { choice, fraction, positiveInt, requireInputs, stringOption } from '../args.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { loadScheme } from '../load/loadScheme.js';
import { readInputs } from '../load/readInputs.js';
import { withReferenceDate } from '../load/withReferenceDate.js';
import { reconciliationLine } from '../output/reconciliation.js';
import { sensitivityText } from '../output/sensitivityText.js';
import { emit } from '../output/writeResults.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { inputOptionsOf } from './sharedOptions.js';
import { COMMON_OPTIONS, formatOption, INPUT_OPTIONS, OUTPUT_OPTIONS, SCHEME_OPTIONS, type OptionDoc } from './optionDocs.js';

/** A string option of this command, documented. */
function option(value: string, zh: string, en: string, example: string): OptionDoc {
  return { type: 'string', value, text: { zh, en }, example };
}

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  usage: 'score sensitivity <csv…> [options]',
  example: 'score sensitivity 数据/*.csv',
  summary: {
    zh: '敏感性分析：按种子对权重（及基准、数据）随机扰动，给出每家企业各类别的概率和不稳定企业',
    en: 'sensitivity: seeded Monte Carlo over weights (and benchmarks, data) — class probabilities per firm and the unstable firms',
  },
  options: {
    ...INPUT_OPTIONS,
    ...SCHEME_OPTIONS,
    draws: option('<N>', '随机抽样次数（默认 200）', 'Monte Carlo draws (default 200)', '--draws 500'),
    seed: option('<text>', '随机种子：同一种子得到同一结果（默认 1）', 'the random seed: the same seed gives the same result (default 1)', '--seed 2024'),
    'weight-noise': option('<fraction>', '权重扰动幅度（0.1 即 ±10%）', 'weight noise (0.1 = ±10 %)', '--weight-noise 0.1'),
    'benchmark-noise': option('<fraction>', '基准值扰动幅度', 'benchmark noise', '--benchmark-noise 0.05'),
    'data-error': option('<fraction>', '数据误差幅度', 'data error', '--data-error 0.02'),
    stability: option('<fraction>', '判为稳定所需的同类概率（如 0.95）', 'the probability of one class that counts as stable (e.g. 0.95)', '--stability 0.95'),
    'report-draws': {
      type: 'boolean',
      text: { zh: '在 JSON 中给出每次抽样的类别', en: 'include every draw’s classes in the JSON' },
      example: '--report-draws --format json --out draws.json',
    },
    format: formatOption(['text', 'json'], '--format json --out sensitivity.json'),
    ...OUTPUT_OPTIONS,
    ...COMMON_OPTIONS,
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    const paths = requireInputs('sensitivity', positionals);
    const format = choice('format', values['format'], ['text', 'json'], 'text');
    const options: SensitivityOptions = {
      draws: positiveInt('draws', values['draws'], 200),
      seed: stringOption(values['seed']) ?? '1',
      reportDraws: values['report-draws'] === true,
    };
    const weightNoise = fraction('weight-noise', values['weight-noise'], undefined);
    const benchmarkNoise = fraction('benchmark-noise', values['benchmark-noise'], undefined);
    const dataError = fraction('data-error', values['data-error'], undefined);
    const stability = fraction('stability', values['stability'], undefined);
    if (weightNoise !== undefined) options.weightNoise = weightNoise;
    if (benchmarkNoise !== undefined) options.benchmarkNoise = benchmarkNoise;
    if (dataError !== undefined) options.dataError = dataError;
    if (stability !== undefined) options.stability = stability;
    const scheme = withReferenceDate(await loadScheme(io, stringOption(values['scheme'])), stringOption(values['reference-date']));
    const progress = createProgress(io);
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), sourcePrecedence: scheme.sourcePrecedence, progress });
    const result = sensitivity(inputs.records, scheme, options);
    progress.finish();
    const { evaluation: _omitted, ...rest } = result;
    const bytes =
      format === 'json'
        ? writeResultsJson({ ...rest })
        : Readable.from([
            Buffer.from(
              sensitivityText(
                result,
                scheme.classes.tiers.map((t) => t.id),
              ),
              'utf8',
            ),
          ]);
    await emit(io, bytes, stringOption(values['out']), values['force'] === true);
    io.stderr(reconciliationLine(inputs));
    return EXIT.ok;
  },
};
