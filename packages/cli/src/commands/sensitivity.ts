/**
 * `score sensitivity <csv…> [--draws N] [--seed S]`: seeded Monte Carlo over the weights (and
 * optionally benchmarks and data) — each firm's class probabilities, and the unstable firms.
 */
import { Readable } from 'node:stream';
import { sensitivity, type SensitivityOptions } from '@mujun/policy';
import { writeResultsJson } from '@mujun/csv';
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
import { INPUT_OPTIONS, inputOptionsOf, SCHEME_OPTIONS } from './sharedOptions.js';

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  usage:
    'score sensitivity <csv…> [--scheme s] [--draws N] [--seed S] [--weight-noise 0.1] [--benchmark-noise x] [--data-error x] [--stability 0.95] [--report-draws] [--format text|json] [--out f]',
  summary: {
    zh: '敏感性分析：按种子对权重（及基准、数据）随机扰动，给出每家企业各类别的概率和不稳定企业',
    en: 'sensitivity: seeded Monte Carlo over weights (and benchmarks, data) — class probabilities per firm and the unstable firms',
  },
  options: {
    ...INPUT_OPTIONS,
    ...SCHEME_OPTIONS,
    draws: { type: 'string' },
    seed: { type: 'string' },
    'weight-noise': { type: 'string' },
    'benchmark-noise': { type: 'string' },
    'data-error': { type: 'string' },
    stability: { type: 'string' },
    'report-draws': { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
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
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), progress });
    const result = sensitivity(inputs.records, scheme, options);
    progress.finish();
    const { evaluation: _omitted, ...rest } = result;
    const bytes =
      format === 'json'
        ? writeResultsJson({ ...rest })
        : Readable.from([Buffer.from(sensitivityText(result, scheme.classes.tiers.map((t) => t.id)), 'utf8')]);
    await emit(io, bytes, stringOption(values['out']));
    io.stderr(reconciliationLine(inputs));
    return EXIT.ok;
  },
};
