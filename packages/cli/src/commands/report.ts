/**
 * `score report <csv…> --out report.html`: the same run as `score`, written as one self-contained
 * HTML report (overview, enterprise table, 一企一单 sheets) that opens offline from disk.
 */
import { choice, parseSettings, requireInputs, stringOption } from '../args.js';
import { EXIT } from '../errors.js';
import type { Io } from '../io.js';
import { freshName } from '../files/freshName.js';
import { evaluateInputs } from '../run/evaluateInputs.js';
import { loadHistory } from '../load/loadHistory.js';
import { checkSettingIds } from '../internal/optionIds.js';
import { loadPolicy } from '../load/loadPolicy.js';
import { loadScheme } from '../load/loadScheme.js';
import { readInputs } from '../load/readInputs.js';
import { reportHtml } from '../run/reportHtml.js';
import { accountingLine, accountingOf } from '../output/accounting.js';
import { emit } from '../output/writeResults.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';
import { inputOptionsOf } from './sharedOptions.js';
import { COMMON_OPTIONS, INPUT_OPTIONS, OUTPUT_OPTIONS, POLICY_OPTIONS, SCHEME_OPTIONS, type OptionDoc } from './optionDocs.js';

export const reportCommand: Command = {
  name: 'report',
  usage: 'score report <csv…> [options]',
  example: 'score report 数据/*.csv',
  summary: {
    zh: '生成单文件 HTML 评价报告（总览、企业列表、一企一单），离线可直接打开',
    en: 'write a self-contained HTML report (overview, enterprise table, one sheet per enterprise) that opens offline',
  },
  options: {
    ...INPUT_OPTIONS,
    ...SCHEME_OPTIONS,
    ...POLICY_OPTIONS,
    lang: {
      type: 'string',
      value: 'zh|en',
      text: { zh: '报告语言（默认 zh）', en: 'the report’s language (default zh)' },
      example: '--lang en',
    } satisfies OptionDoc,
    title: {
      type: 'string',
      value: '<text>',
      text: { zh: '报告标题', en: 'the report’s title' },
      example: '--title "钟楼区 2024 年度亩均评价"',
    } satisfies OptionDoc,
    district: {
      type: 'string',
      value: '<name>',
      text: { zh: '评价区县名称（默认取自数据中多数企业的区县）', en: 'the district’s name (default: the county of most firms in the data)' },
      example: '--district 钟楼区',
    } satisfies OptionDoc,
    issuer: {
      type: 'string',
      value: '<body>',
      text: { zh: '一企一单上的发文单位', en: 'the issuing body printed on each firm’s sheet' },
      example: '--issuer "钟楼区工业和信息化局"',
    } satisfies OptionDoc,
    ...OUTPUT_OPTIONS,
    out: {
      ...OUTPUT_OPTIONS['out']!,
      value: '<report.html>',
      text: {
        zh: '报告文件（默认在当前文件夹写 report.html，已有则 report-2.html …；- 为标准输出）；已存在的文件需加 --force 才覆盖',
        en: 'the report file (default: report.html in the current folder, or report-2.html … if taken; - for stdout); an existing file is replaced only with --force',
      },
      example: '--out report.html',
    },
    ...COMMON_OPTIONS,
  },
  async run({ values, positionals }, io: Io): Promise<number> {
    const paths = requireInputs('report', positionals);
    const force = values['force'] === true;
    // Not on the terminal (megabytes of HTML): a file in the current folder unless --out says where ('-': stdout).
    const out = stringOption(values['out']) ?? freshName(io, 'report', '.html');
    const lang = choice('lang', values['lang'], ['zh', 'en'], 'zh');
    const scheme = await loadScheme(io, stringOption(values['scheme']));
    const catalog = await loadPolicy(io, stringOption(values['policy']));
    const history = await loadHistory(io, values['history'] as string[] | undefined);
    const progress = createProgress(io);
    // Each sheet shows the source of every value, so keep it even from a single file.
    const inputs = await readInputs(io, paths, { ...inputOptionsOf(values), sourcePrecedence: scheme.sourcePrecedence, progress, provenance: true });
    const settings = parseSettings(values['setting'] as string[] | undefined);
    checkSettingIds(settings, catalog);
    const run = evaluateInputs(inputs, scheme, { referenceDate: stringOption(values['reference-date']), catalog, history, settings });
    progress.finish();
    const html = reportHtml(run, {
      lang,
      generatedAt: new Date().toISOString().slice(0, 10),
      title: stringOption(values['title']),
      district: stringOption(values['district']),
      issuer: stringOption(values['issuer']),
      catalog,
      history,
    });
    await emit(io, [html], out, force);
    io.stderr(accountingLine(accountingOf(run)));
    if (out !== '-') io.stderr(`score report: 已写出报告 ${out} / wrote the report to ${out}`);
    return EXIT.ok;
  },
};
