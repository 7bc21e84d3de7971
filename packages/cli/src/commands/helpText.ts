/**
 * The help screens, printed from the commands' documented options (./optionDocs.ts): one per
 * subcommand (`score report --help`) with every option, what it does and an example, and the
 * top-level one (`score --help`) with every subcommand and every option.
 */
import type { Command } from './command.js';
import type { OptionDoc } from './optionDocs.js';

const EXIT_CODES =
  '退出码 exit codes: 0 完成 completed (rows may be rejected) · 1 输入或输出文件不可用 unusable input or output file · 2 用法或方案错误 usage/scheme error · 3 内部错误 internal error · 130/143 被中断 interrupted (Ctrl-C / SIGTERM)';

/** `--out, -o <path>`. */
function optionName(name: string, o: OptionDoc): string {
  return `--${name}${o.short ? `, -${o.short}` : ''}${o.value ? ` ${o.value}` : ''}`;
}

/** An option's example: the command's own start, then the option's part. */
export function exampleOf(command: Command, o: OptionDoc): string {
  return `${command.example} ${o.example}`.trim();
}

/** Help of one subcommand. */
export function commandHelp(command: Command): string {
  const lines = [command.usage, `  ${command.summary.zh}`, `  ${command.summary.en}`, '', '选项 options:'];
  for (const [name, o] of Object.entries(command.options)) {
    lines.push(`  ${optionName(name, o)}`, `      ${o.text.zh}`, `      ${o.text.en}`, `      例 e.g. ${exampleOf(command, o)}`);
  }
  lines.push('', EXIT_CODES, '');
  return lines.join('\n');
}

/** `score --help`: every subcommand, then every option once with the subcommands that take it. */
export function topLevelHelp(commands: readonly Command[]): string {
  const lines = ['score — 亩均论英雄评价 / per-mu evaluation of industrial enterprises', ''];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary.zh}`, `      ${c.summary.en}`);
  lines.push(
    '',
    '选项 options（score help <子命令> 或 score <子命令> --help 有详细说明和示例 / score help <subcommand> or score <subcommand> --help explains them with examples）:',
  );
  const seen = new Map<string, { doc: OptionDoc; usedBy: string[] }>();
  for (const c of commands)
    for (const [name, o] of Object.entries(c.options)) {
      const entry = seen.get(name) ?? { doc: o, usedBy: [] };
      entry.usedBy.push(c.name);
      seen.set(name, entry);
    }
  for (const [name, { doc, usedBy }] of seen) {
    const where = usedBy.length === commands.length ? '' : `  [${usedBy.join(', ')}]`;
    lines.push(`  ${optionName(name, doc)}${where}`, `      ${doc.text.zh} / ${doc.text.en}`);
  }
  lines.push('  --version, -V', '      显示版本 / show the version');
  lines.push('', '文件名中的 * ? [ ] 由 score 自己展开（Windows 命令行也可用）/ score expands * ? [ ] in file names itself (works in Windows shells too)');
  lines.push('', EXIT_CODES, '');
  return lines.join('\n');
}
