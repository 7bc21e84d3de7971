import { reportError } from '../errors.js';

/**
 * An error as `score` prints it: its one line (two for an internal error) and the exit code it
 * gives — for a caller that shows the CLI's words somewhere other than stderr (the web page).
 */
export function errorLines(error: unknown): { lines: string[]; exitCode: number } {
  const lines: string[] = [];
  const exitCode = reportError(error, (line) => lines.push(line));
  return { lines, exitCode };
}
