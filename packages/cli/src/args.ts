/**
 * Command-line parsing on node:util parseArgs, strict, with its errors turned into one-line
 * bilingual usage errors (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandOptions } from './commands/optionDocs.js';
import { UsageError } from './errors.js';
import { didYouMean } from './internal/didYouMean.js';

/** Option specs of one command (node:util parseArgs format). */
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** The parse specs of documented options (their documentation left out). */
function optionSpecs(options: CommandOptions): OptionSpecs {
  const specs: OptionSpecs = {};
  for (const [name, o] of Object.entries(options))
    specs[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  return specs;
}

/** Parsed options and positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses `argv` for a command; unknown options (with the nearest known one) and missing values are usage errors. */
export function parseCommandArgs(command: string, argv: string[], options: CommandOptions): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: optionSpecs(options), allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    // node:util's message is English only and long; its first sentence says what is wrong.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/\. To specify a positional.*$/, '') ?? '';
    const name = command === 'score' ? 'score' : `score ${command}`;
    const unknown = /^Unknown option '--([^'=]+)/.exec(message)?.[1];
    if (unknown !== undefined) {
      const near = didYouMean(unknown, Object.keys(options));
      throw new UsageError({
        zh: `${name} 没有选项 --${unknown}${near.zh.replace('“', '“--')}（见 ${name} --help）`,
        en: `${name} has no option --${unknown}${near.en.replace('"', '"--')} (see ${name} --help)`,
      });
    }
    throw new UsageError({ zh: `命令行参数有误（${name}，见 --help）`, en: `bad arguments to ${name} (see --help)` }, message);
  }
}

/** A string option restricted to some values. */
export function choice<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({
    zh: `--${option} 只能取 ${allowed.join('、')}，实为“${String(value)}”`,
    en: `--${option} must be one of ${allowed.join(', ')}, found ${JSON.stringify(value)}`,
  });
}

/** A positive integer option. */
export function positiveInt(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new UsageError({
      zh: `--${option} 应为正整数，实为“${String(value)}”`,
      en: `--${option} must be a positive integer, found ${JSON.stringify(value)}`,
    });
  return n;
}

/** A string option's value, or undefined. */
export function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** At least one input file is required. */
export function requireInputs(command: string, positionals: string[]): string[] {
  if (positionals.length === 0) throw new UsageError({ zh: `score ${command} 需要至少一个 CSV 文件`, en: `score ${command} needs at least one CSV file` });
  return positionals;
}

/** Commands that take no file arguments reject stray ones instead of ignoring them. */
export function rejectPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0)
    throw new UsageError({
      zh: `score ${command} 不接受参数“${positionals.join(' ')}”`,
      en: `score ${command} takes no arguments, found "${positionals.join(' ')}"`,
    });
}

/** `--setting id=value` (repeatable) → { id: value }: a policy catalog's user settings. */
export function parseSettings(values: string[] | undefined): Record<string, string> | undefined {
  if (!values || values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const item of values) {
    const m = /^([^=\s]+)=(.+)$/.exec(item.trim());
    if (!m) throw new UsageError({ zh: `--setting 应写作 名称=值，实为“${item}”`, en: `--setting must be id=value, found "${item}"` });
    out[m[1] as string] = (m[2] as string).trim();
  }
  return out;
}

/** A fraction option in [0, 1), e.g. --weight-noise 0.1 (= ±10 %). */
export function fraction(option: string, value: unknown, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d*\.?\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n < 1))
    throw new UsageError({
      zh: `--${option} 应为 0 到 1 之间的小数（如 0.1），实为“${String(value)}”`,
      en: `--${option} must be a fraction in [0, 1) such as 0.1, found ${JSON.stringify(value)}`,
    });
  return n;
}
