/**
 * Entry point of `score`: picks the subcommand, runs it, and is the ONE place where errors
 * become messages and exit codes.
 */
import { parseCommandArgs } from './args.js';
import { EXIT, reportError, UsageError } from './errors.js';
import { existsSync } from 'node:fs';
import { print, processIo, resolvePath, type Io } from './io.js';
import { findCommand, helpText } from './commands/registry.js';

/** A first argument that is not a subcommand must look like a file: an extension, a directory, or an existing path. */
function looksLikePath(io: Io, arg: string): boolean {
  return arg.startsWith('-') || /\.[A-Za-z0-9]+$/.test(arg) || arg.includes('/') || arg.includes('\\') || existsSync(resolvePath(io, arg));
}

/** Runs `score` with `argv` (without node and the script) against `io`; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      print(io, helpText());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    // `score <csv…>` is the default command; any other first word must name a subcommand.
    const named = findCommand(first);
    const command = named ?? findCommand('score');
    if (!command) throw new Error('the default command is not registered');
    if (!named && !looksLikePath(io, first))
      throw new UsageError({ zh: `未知子命令“${first}”（score --help 查看用法）`, en: `unknown subcommand "${first}" (see score --help)` });
    const args = parseCommandArgs(command.name, named ? rest : argv, command.options);
    if (args.values['help'] === true) {
      print(io, `${command.usage}\n  ${command.summary.zh}\n  ${command.summary.en}\n`);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error: unknown) {
    return reportError(error, io.stderr);
  }
}

/** The process entry the bin shim calls. */
export function main(argv: string[]): Promise<number> {
  return run(argv, processIo());
}
