/**
 * Every option of every subcommand, defined once: how it is parsed (node:util parseArgs), its
 * value, what it does in Chinese and English, and an example. `--help` of a subcommand and the
 * top-level help are printed from these, so no option goes undocumented.
 */
import type { Bilingual } from '../errors.js';

/** One option: its parse spec and its documentation. */
export interface OptionDoc {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in help (`<file.json>`), for string options. */
  value?: string;
  /** What it does (中文 / English), one line each. */
  text: Bilingual;
  /** Its part of an example command line: what follows the command's own example (Command.example). */
  example: string;
}

/** A subcommand's options by long name. */
export type CommandOptions = Record<string, OptionDoc>;

const doc = (type: OptionDoc['type'], value: string | undefined, zh: string, en: string, example: string, more: Partial<OptionDoc> = {}): OptionDoc => ({
  type,
  ...(value === undefined ? {} : { value }),
  text: { zh, en },
  example,
  ...more,
});

/** Reading bureau files (score, report, validate, explain, simulate, sensitivity). */
export const INPUT_OPTIONS: CommandOptions = {
  mapping: doc(
    'string',
    '<file.json>',
    '表头别名文件：把本地列名对应到标准列',
    'a header mapping file: your column names → the standard columns',
    '--mapping mapping.json',
  ),
  partial: doc(
    'string',
    '<file>',
    '只列出部分企业的文件（高企名单、重点排污名单），其中没有的企业不算缺失；可重复',
    'a file that lists only some firms (a 高企 or key-polluter list): firms missing from it are not gaps; repeatable',
    '--partial 高企名单.csv',
    { multiple: true },
  ),
  prefer: doc(
    'string',
    '<field>=<file>',
    '几个文件都有某字段时以哪个为准（默认按来源类别：税金取税务、用地取自然资源……，与文件顺序无关）；可重复',
    'which file wins a field several files carry (default: by kind of export — tax from the tax bureau, land from the land bureau …, never by file order); repeatable',
    '--prefer salesWan=tax.csv',
    { multiple: true },
  ),
};

/** Choosing the scheme. */
export const SCHEME_OPTIONS: CommandOptions = {
  scheme: doc(
    'string',
    '<preset|file.json>',
    '评价方案：内置方案编号（score schemes 列出）或方案文件；默认 changzhou-wujin',
    'the scheme: a built-in id (see score schemes) or a scheme file; default changzhou-wujin',
    '--scheme huaian-2024',
    { short: 's' },
  ),
  'reference-date': doc(
    'string',
    '<YYYY-MM-DD>',
    '评价基准日（默认取方案中的日期）',
    'the reference date of the evaluation (default: the scheme’s)',
    '--reference-date 2023-12-31',
  ),
};

/** Applying policies (and the prior results they escalate on). */
export const POLICY_OPTIONS: CommandOptions = {
  policy: doc(
    'string',
    '<preset|file.json>',
    '差别化政策目录：内置编号或目录文件',
    'a policy catalog: a built-in id or a catalog file',
    '--policy zhejiang-2019-land-tax',
  ),
  history: doc(
    'string',
    '<results.csv|json>',
    '往年 score 写出的结果（连续年度、类别迁移）；可重复。只有这样给出的结果文件才会被读取',
    'results score wrote in earlier years (consecutive years, class migration); repeatable. Results files are read only when given this way',
    '--history results-2023.csv',
    { multiple: true },
  ),
  setting: doc(
    'string',
    '<id>=<value>',
    '政策目录的可调参数；可重复',
    'a user setting of the policy catalog; repeatable',
    '--policy zhejiang-2019-land-tax --setting land-use-tax-rate=4',
    { multiple: true },
  ),
};

/** Writing a file or standard output. */
export const OUTPUT_OPTIONS: CommandOptions = {
  out: doc(
    'string',
    '<path>',
    '写入此文件（默认或 - 为标准输出）；已存在的文件需加 --force 才覆盖',
    'write to this file (default, or -: standard output); an existing file is replaced only with --force',
    '--out results.csv',
    { short: 'o' },
  ),
  force: doc(
    'boolean',
    undefined,
    '允许覆盖已存在的 --out 文件（写完整后才替换）',
    'allow replacing an existing --out file (replaced only once written in full)',
    '--out results.csv --force',
    { short: 'f' },
  ),
};

/** Options every subcommand takes. */
export const COMMON_OPTIONS: CommandOptions = {
  quiet: doc('boolean', undefined, '不显示进度条（错误、提示和核算行照常输出）', 'no progress bar (errors, notes and the accounting line still appear)', '-q', {
    short: 'q',
  }),
  help: doc('boolean', undefined, '显示此命令的用法和每个选项', 'show this command’s usage and every option', '--help', { short: 'h' }),
};

/** `--format` with the values a command offers. */
export function formatOption(values: readonly string[], example: string): OptionDoc {
  return doc('string', values.join('|'), `输出格式（默认 ${values[0]}）`, `output format (default ${values[0]})`, example);
}
