/** `score explain <csv…> --id <credit code>`: one enterprise's breakdown and its way to the next class, each figure verified by the engine. */
import { requireInputs, stringOption } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { print, type Io } from '../io.js';
import { evaluateInputs } from '../run/evaluateInputs.js';
import { loadScheme } from '../load/loadScheme.js';
import { readInputs } from '../load/readInputs.js';
import { explanationText } from '../output/explanationText.js';
import type { Command } from './command.js';
import { inputOptionsOf } from './sharedOptions.js';
import { COMMON_OPTIONS, formatOption, INPUT_OPTIONS, SCHEME_OPTIONS } from './optionDocs.js';

export const explainCommand: Command = {
  name: 'explain',
  usage: 'score explain <csv…> --id <统一社会信用代码> [options]',
  example: 'score explain 数据/*.csv --id 91320404MATNLK288U',
  summary: {
    zh: '解释一家企业：各指标得分如何加总为总分，升到上一类还差多少，以及单独把哪项数据改到多少可以升类（按全组重新评价核实）',
    en: 'explain one enterprise: how its indicator scores add up to the total, how far the next class is, and which of its figures, changed alone to what value, lifts it there (checked by evaluating its pool again)',
  },
  options: {
    ...INPUT_OPTIONS,
    ...SCHEME_OPTIONS,
    id: {
      type: 'string',
      value: '<统一社会信用代码>',
      text: { zh: '要解释的企业（统一社会信用代码，必填）', en: 'the firm to explain (its credit code; required)' },
      example: '',
    },
    format: formatOption(['text', 'json'], '--format json'),
    ...COMMON_OPTIONS,
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    const paths = requireInputs('explain', positionals);
    const id = stringOption(values['id'])?.trim().toUpperCase();
    if (!id) throw new UsageError({ zh: 'score explain 需要 --id <统一社会信用代码>', en: 'score explain needs --id <credit code>' });
    const scheme = await loadScheme(io, stringOption(values['scheme']));
    // Cheap for one run explained; keeps the source of each figure at hand (the text does not show it yet).
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), sourcePrecedence: scheme.sourcePrecedence, provenance: true });
    const run = evaluateInputs(inputs, scheme, { referenceDate: stringOption(values['reference-date']) });
    await print(io, explanationText(run, inputs.records, id, values['format'] === 'json' ? 'json' : 'text'));
    return EXIT.ok;
  },
};
