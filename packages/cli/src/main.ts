/**
 * Entry point of `score`: picks the subcommand, runs it, and is the ONE place where errors
 * become messages and exit codes.
 */
import { existsSync } from 'node:fs';
import { parseCommandArgs, type ParsedArgs } from './args.js';
import { commandHelp } from './commands/helpText.js';
import { COMMANDS, findCommand, helpText } from './commands/registry.js';
import { EXIT, reportError, UsageError } from './errors.js';
import { expandGlobs } from './files/expandGlobs.js';
import { checkInputFiles } from './files/inputFiles.js';
import { refuseOwnResults } from './files/ownResults.js';
import { refuseExisting } from './files/writeAtomically.js';
import { didYouMean } from './internal/didYouMean.js';
import { print, processIo, resolvePath, type Io } from './io.js';
import { onInterrupt } from './interrupt.js';
import { cliVersion } from './version.js';

/** A first argument that is not a subcommand must look like a file: an extension, a directory, or an existing path. */
function looksLikePath(io: Io, arg: string): boolean {
  return arg.startsWith('-') || /\.[A-Za-z0-9]+$/.test(arg) || /[*?[/\\]/.test(arg) || existsSync(resolvePath(io, arg));
}

/** File patterns expanded (Windows shells leave them), inputs checked, our own results refused as bureau data, --out checked. */
function withFiles(io: Io, args: ParsedArgs): ParsedArgs {
  const positionals = expandGlobs(io.cwd, args.positionals);
  const history = args.values['history'];
  const mapping = args.values['mapping'];
  checkInputFiles(io, [...positionals, ...(typeof mapping === 'string' ? [mapping] : [])]);
  refuseOwnResults(io, positionals);
  // An --out that cannot be written is said before the inputs are read, not after a long run.
  const out = args.values['out'];
  if (typeof out === 'string' && out !== '-') refuseExisting({ path: resolvePath(io, out), shown: out, force: args.values['force'] === true });
  return {
    positionals,
    values: Array.isArray(history) ? { ...args.values, history: checked(io, expandGlobs(io.cwd, history)) } : args.values,
  };
}

/** The files, each checked to be a readable file (exit 1 naming it otherwise). */
function checked(io: Io, paths: string[]): string[] {
  checkInputFiles(io, paths);
  return paths;
}

/** Runs `score` with `argv` (without node and the script) against `io`; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    // `score help report`: one subcommand's help (`score report --help` says the same).
    const helpOf = first === 'help' && rest[0] !== undefined ? findCommand(rest[0]) : undefined;
    if (helpOf) {
      await print(io, commandHelp(helpOf));
      return EXIT.ok;
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      await print(io, helpText());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-V') {
      await print(io, `${cliVersion()}\n`);
      return EXIT.ok;
    }
    // `score <csv…>` is the default command; any other first word must name a subcommand.
    const named = findCommand(first);
    const command = named ?? findCommand('score');
    if (!command) throw new Error('the default command is not registered');
    if (!named && !looksLikePath(io, first)) {
      const near = didYouMean(
        first,
        COMMANDS.map((c) => c.name),
      );
      throw new UsageError({ zh: `未知子命令“${first}”${near.zh}（score --help 查看用法）`, en: `unknown subcommand "${first}"${near.en} (see score --help)` });
    }
    const args = parseCommandArgs(command.name, named ? rest : argv, command.options);
    if (args.values['help'] === true) {
      await print(io, commandHelp(command));
      return EXIT.ok;
    }
    const quiet = args.values['quiet'] === true;
    return await command.run(command.readsFiles === false ? args : withFiles(io, args), quiet ? { ...io, verbose: false } : io);
  } catch (error: unknown) {
    return reportError(error, io.stderr);
  }
}

/** The process entry the bin shim calls: the real streams, and an interrupt that cleans up. */
export function main(argv: string[]): Promise<number> {
  const io = processIo();
  onInterrupt(io);
  return run(argv, io);
}

/**
 * Runs `score` as this process (the bin shim and the single-file build call it): the exit code
 * is the run's, and a run that stopped without settling (a promise nothing will resolve) exits 3
 * with a line saying so rather than 0 with no output.
 */
export function runAsProcess(argv: string[]): void {
  let settled = false;
  void main(argv).then((code) => {
    settled = true;
    process.exitCode = code;
  });
  process.on('exit', (code) => {
    if (settled || code !== 0) return;
    process.stderr.write('score: 内部错误：运行未完成就停止了，请报告此问题 / internal error: the run stopped before it finished, please report it\n');
    process.exitCode = EXIT.internal;
  });
}
