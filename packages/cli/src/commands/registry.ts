/**
 * The subcommands of `score`. To add one, write `commands/<name>.ts` exporting a {@link Command}
 * and list it here; `score --help` and the dispatcher pick it up.
 */
import type { Command } from './command.js';
import { topLevelHelp } from './helpText.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';
import { reportCommand } from './report.js';
import { schemesCommand } from './schemes.js';
import { scoreCommand } from './score.js';
import { sensitivityCommand } from './sensitivity.js';
import { simulateCommand } from './simulate.js';
import { validateCommand } from './validate.js';

/** Every subcommand; `score` (the default, run when the first argument is a file) first. */
export const COMMANDS: readonly Command[] = [
  scoreCommand,
  reportCommand,
  validateCommand,
  explainCommand,
  simulateCommand,
  sensitivityCommand,
  schemesCommand,
  initCommand,
];

/** The subcommand called `name`, if any. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** `score --help`. */
export function helpText(): string {
  return topLevelHelp(COMMANDS);
}
