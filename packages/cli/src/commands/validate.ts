/** `score validate <csv…>`: the 比对 report alone — read and merge, score nothing. */
import { Readable } from 'node:stream';
import { writeResultsJson } from '@mujun/csv/node';
import { choice, requireInputs, stringOption } from '../args.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { readInputs } from '../load/readInputs.js';
import { validateMessages } from '../run/messages.js';
import { validationJson, validationText } from '../output/validationReport.js';
import { emit } from '../output/writeResults.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { inputOptionsOf } from './sharedOptions.js';
import { COMMON_OPTIONS, formatOption, INPUT_OPTIONS, OUTPUT_OPTIONS, SCHEME_OPTIONS } from './optionDocs.js';
import { loadScheme } from '../load/loadScheme.js';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'score validate <csv…> [options]',
  example: 'score validate 数据/*.csv',
  summary: {
    zh: '只做归集比对：列出各部门数据的冲突、缺失企业、拒收行和合计行，不打分',
    en: 'cross-check only: list conflicts between bureaus, missing enterprises, rejected and summary rows; no scoring',
  },
  // The scheme only for whose figures it scores (sourcePrecedence): validate shows the sources `score` would use.
  options: {
    ...INPUT_OPTIONS,
    scheme: SCHEME_OPTIONS['scheme']!,
    format: formatOption(['text', 'json'], '--format json'),
    ...OUTPUT_OPTIONS,
    ...COMMON_OPTIONS,
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    const paths = requireInputs('validate', positionals);
    const format = choice('format', values['format'], ['text', 'json'], 'text');
    const scheme = await loadScheme(io, stringOption(values['scheme']));
    const progress = createProgress(io);
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), sourcePrecedence: scheme.sourcePrecedence, progress, provenance: true });
    progress.finish();
    const out = stringOption(values['out']);
    const bytes = format === 'json' ? writeResultsJson(validationJson(inputs)) : Readable.from([Buffer.from(validationText(inputs), 'utf8')]);
    await emit(io, bytes, out, values['force'] === true);
    for (const line of validateMessages(inputs)) io.stderr(line);
    return EXIT.ok;
  },
};
