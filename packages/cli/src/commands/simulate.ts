/**
 * `score simulate <csv…> --scheme A --vs B [--policy P --vs-policy Q]`: the same records under two
 * schemes and/or policy catalogs — class migration, fiscal delta, and who changes and why.
 */
import { Readable } from 'node:stream';
import { simulate, type SimulationResult } from '@mujun/policy';
import { writeResultsJson } from '@mujun/csv/node';
import { choice, parseSettings, requireInputs, stringOption } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { loadHistory } from '../load/loadHistory.js';
import { checkSettingIds } from '../internal/optionIds.js';
import { loadPolicy } from '../load/loadPolicy.js';
import { loadScheme } from '../load/loadScheme.js';
import { readInputs } from '../load/readInputs.js';
import { withReferenceDate } from '../load/withReferenceDate.js';
import { reconciliationLine } from '../output/reconciliation.js';
import { simulationText } from '../output/simulationText.js';
import { emit } from '../output/writeResults.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { inputOptionsOf } from './sharedOptions.js';
import { COMMON_OPTIONS, formatOption, INPUT_OPTIONS, OUTPUT_OPTIONS, POLICY_OPTIONS, SCHEME_OPTIONS } from './optionDocs.js';

/** The JSON document: everything but the two full evaluations (which `score --format json` gives). */
function simulationJson(r: SimulationResult) {
  return { schemeChanges: r.schemeChanges, catalogChanges: r.catalogChanges, migration: r.migration, fiscal: r.fiscal, changes: r.changes };
}

export const simulateCommand: Command = {
  name: 'simulate',
  usage: 'score simulate <csv…> --vs <scheme> | --vs-policy <catalog> [options]',
  example: 'score simulate 数据/*.csv --vs huaian-2024',
  summary: {
    zh: '情景模拟：同一数据在两套方案或政策下的类别迁移矩阵、财政影响和变动企业（含原因）',
    en: 'scenario simulation: class migration, fiscal delta and the firms that change (with reasons) between two schemes or policy catalogs',
  },
  options: {
    ...INPUT_OPTIONS,
    ...SCHEME_OPTIONS,
    ...POLICY_OPTIONS,
    vs: {
      type: 'string',
      value: '<preset|file.json>',
      text: { zh: '对比情景的评价方案', en: 'the scenario’s scheme' },
      example: '',
    },
    'vs-policy': {
      type: 'string',
      value: '<preset|file.json>',
      text: { zh: '对比情景的政策目录', en: 'the scenario’s policy catalog' },
      example: '--policy zhejiang-2019-land-tax --vs-policy shandong-2022-electricity',
    },
    'vs-setting': {
      type: 'string',
      multiple: true,
      value: '<id>=<value>',
      text: { zh: '对比情景的政策参数；可重复（默认同 --setting）', en: 'a policy setting of the scenario; repeatable (default: as --setting)' },
      example: '--policy zhejiang-2019-land-tax --setting land-use-tax-rate=4 --vs-setting land-use-tax-rate=6',
    },
    format: formatOption(['text', 'json'], '--format json --out simulation.json'),
    ...OUTPUT_OPTIONS,
    ...COMMON_OPTIONS,
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    const paths = requireInputs('simulate', positionals);
    const format = choice('format', values['format'], ['text', 'json'], 'text');
    if (values['vs'] === undefined && values['vs-policy'] === undefined)
      throw new UsageError({ zh: 'score simulate 需要 --vs <方案> 或 --vs-policy <政策>', en: 'score simulate needs --vs <scheme> or --vs-policy <catalog>' });
    const date = stringOption(values['reference-date']);
    const baseScheme = withReferenceDate(await loadScheme(io, stringOption(values['scheme'])), date);
    const vsScheme = values['vs'] === undefined ? baseScheme : withReferenceDate(await loadScheme(io, stringOption(values['vs'])), date);
    const basePolicy = await loadPolicy(io, stringOption(values['policy']));
    const vsPolicy = values['vs-policy'] === undefined ? basePolicy : await loadPolicy(io, stringOption(values['vs-policy']));
    const baseSettings = parseSettings(values['setting'] as string[] | undefined);
    const vsSettings = parseSettings(values['vs-setting'] as string[] | undefined) ?? baseSettings;
    checkSettingIds(baseSettings, basePolicy);
    // --vs-setting defaults to --setting, which need not all be the other catalog's settings.
    if (values['vs-setting'] !== undefined) checkSettingIds(vsSettings, vsPolicy);
    const history = await loadHistory(io, values['history'] as string[] | undefined);
    const progress = createProgress(io);
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), sourcePrecedence: baseScheme.sourcePrecedence, progress });
    const year = (vsScheme.scope.referenceDate ?? baseScheme.scope.referenceDate)?.slice(0, 4);
    const result = simulate(
      inputs.records,
      { scheme: baseScheme, ...(basePolicy ? { catalog: basePolicy } : {}), ...(baseSettings ? { settings: baseSettings } : {}) },
      { scheme: vsScheme, ...(vsPolicy ? { catalog: vsPolicy } : {}), ...(vsSettings ? { settings: vsSettings } : {}) },
      { ...(history ? { history } : {}), ...(year ? { year: Number(year) } : {}) },
    );
    progress.finish();
    const names = {
      baseline: [baseScheme.id, basePolicy?.id].filter(Boolean).join(' + '),
      scenario: [vsScheme.id, vsPolicy?.id].filter(Boolean).join(' + '),
    };
    const bytes = format === 'json' ? writeResultsJson(simulationJson(result)) : Readable.from([Buffer.from(simulationText(result, names), 'utf8')]);
    await emit(io, bytes, stringOption(values['out']), values['force'] === true);
    io.stderr(reconciliationLine(inputs));
    return EXIT.ok;
  },
};
