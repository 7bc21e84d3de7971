/**
 * `score report <csv…> --out report.html`: the same run as `score`, written as one self-contained
 * HTML report (overview, enterprise table, 一企一单 sheets) that opens offline from disk.
 */
import { Readable } from 'node:stream';
import { comparisonFromHistory, renderReport, type Provenance } from '@mujun/report';
import { choice, parseSettings, requireInputs, stringOption } from '../args.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { evaluateInputs } from '../load/evaluateInputs.js';
import { loadHistory } from '../load/loadHistory.js';
import { checkSettingIds } from '../internal/optionIds.js';
import { loadPolicy } from '../load/loadPolicy.js';
import { loadScheme } from '../load/loadScheme.js';
import { readInputs, type Inputs } from '../load/readInputs.js';
import { accountingLine, accountingOf } from '../output/accounting.js';
import { emit } from '../output/writeResults.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { INPUT_OPTIONS, inputOptionsOf, SCHEME_OPTIONS, POLICY_OPTIONS } from './sharedOptions.js';

/** Field-level provenance (credit code → field → source row), as the reader kept it. */
function provenanceOf(inputs: Inputs): Provenance | undefined {
  const perRecord = inputs.provenance;
  if (!perRecord) return undefined;
  const out: Provenance = {};
  inputs.records.forEach((r, i) => {
    const p = perRecord[i];
    if (p) out[r.creditCode] = p;
  });
  return out;
}

export const reportCommand: Command = {
  name: 'report',
  usage:
    'score report <csv…> [--scheme <preset|file.json>] [--policy <preset|file.json>] [--history <results.csv|json>…] [--setting <id>=<value>…] [--lang zh|en] [--title <text>] [--out <report.html>]',
  summary: {
    zh: '生成单文件 HTML 评价报告（总览、企业列表、一企一单），离线可直接打开',
    en: 'write a self-contained HTML report (overview, enterprise table, one sheet per enterprise) that opens offline',
  },
  options: {
    ...INPUT_OPTIONS,
    ...SCHEME_OPTIONS,
    ...POLICY_OPTIONS,
    lang: { type: 'string' },
    title: { type: 'string' },
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    const paths = requireInputs('report', positionals);
    const lang = choice('lang', values['lang'], ['zh', 'en'], 'zh');
    const scheme = await loadScheme(io, stringOption(values['scheme']));
    const catalog = await loadPolicy(io, stringOption(values['policy']));
    const history = await loadHistory(io, values['history'] as string[] | undefined);
    const progress = createProgress(io);
    // Each sheet shows the source of every value, so keep it even from a single file.
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), progress, provenance: true });
    const settings = parseSettings(values['setting'] as string[] | undefined);
    checkSettingIds(settings, catalog);
    const run = evaluateInputs(inputs, scheme, { referenceDate: stringOption(values['reference-date']), catalog, history, settings });
    progress.finish();
    const accounting = accountingOf(run);
    const provenance = provenanceOf(inputs);
    const comparison = history ? comparisonFromHistory(run.evaluation, history) : undefined;
    const title = stringOption(values['title']);
    const html = renderReport({
      evaluation: run.evaluation,
      records: inputs.records,
      rejected: run.rejected.map((r) => ({ file: r.source, row: r.row, code: r.code, message: r.message, ...(r.column ? { column: r.column } : {}) })),
      accounting: { rows: accounting.rows, scored: accounting.scored, excluded: accounting.excluded, rejected: accounting.rejected },
      lang,
      generatedAt: new Date().toISOString().slice(0, 10),
      ...(provenance ? { provenance } : {}),
      ...(run.policies ? { policy: run.policies } : {}),
      ...(comparison ? { comparison } : {}),
      ...(title ? { title } : {}),
    });
    const out = stringOption(values['out']);
    await emit(io, Readable.from([html]), out);
    io.stderr(accountingLine(accounting));
    if (out) io.stderr(`score report: ${out}`);
    return EXIT.ok;
  },
};
