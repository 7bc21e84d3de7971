/** The shape of a `score` subcommand; one file per subcommand, listed in ./registry.ts. */
import type { ParsedArgs } from '../args.js';
import type { Bilingual } from '../errors.js';
import type { Io } from '../io.js';
import type { CommandOptions } from './optionDocs.js';

/** A subcommand: its name, usage line, options and what it does. */
export interface Command {
  /** The word after `score` ("validate"); the default command is named "score". */
  name: string;
  /** One-line usage, e.g. "score validate <csv…> [options]". */
  usage: string;
  /** The start of every example in `--help`: the command and typical files, e.g. "score report 数据/*.csv". */
  example: string;
  summary: Bilingual;
  /** False for a command that takes no files (init, schemes): its arguments are not checked as input files. */
  readsFiles?: false;
  /** Every option, documented (./optionDocs.ts); `--help` prints them. */
  options: CommandOptions;
  /** Runs the command; resolves to the exit code. Errors it throws reach the top-level catch. */
  run(args: ParsedArgs, io: Io): Promise<number>;
}
