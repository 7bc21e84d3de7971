/**
 * The CLI's error classes and exit codes. Every failure reaches one top-level catch
 * ({@link reportError}), which prints one line (中文 / English) and picks the exit code; only an
 * internal error — a bug — prints a stack trace, and says that it is one.
 */
import type { Bilingual } from '@mujun/core';

/** Exit codes of `score`. */
export const EXIT = {
  /** The run completed (rows may have been rejected: the accounting line says how many). */
  ok: 0,
  /** The input is unusable: unreadable, undecodable, empty, a required column missing. */
  input: 1,
  /** Usage or scheme/policy error: unknown option, missing argument, invalid scheme file. */
  usage: 2,
  /** A bug in mujun (内部错误). */
  internal: 3,
} as const;

/** A bilingual one-line message: `@mujun/core`'s, the one `{ zh, en }` of mujun. */
export type { Bilingual };

/** Base of the errors the CLI expects; carries its exit code. */
export abstract class CliError extends Error {
  abstract readonly exitCode: number;
  /** `detail` (already bilingual, e.g. a validator's messages) is appended once after both languages. */
  constructor(text: Bilingual, detail?: string) {
    super(`${text.zh} / ${text.en}${detail ? `: ${detail.replace(/\s*\n\s*/g, ' ')}` : ''}`);
  }
}

/** Wrong command line: unknown option or subcommand, missing or surplus argument. Exit 2. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  readonly exitCode = EXIT.usage;
}

/** A scheme or policy catalog that is unknown, unreadable or invalid. Exit 2. */
export class SchemeError extends CliError {
  override readonly name = 'SchemeError';
  readonly exitCode = EXIT.usage;
}

/** Input that cannot be used at all (raised by the CLI itself; @mujun/csv raises InputError). Exit 1. */
export class InputUnusableError extends CliError {
  override readonly name = 'InputUnusableError';
  readonly exitCode = EXIT.input;
}

/** @mujun/csv's InputError, recognised by shape so the CLI does not depend on its class identity. */
function isCsvInputError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'InputError';
}

const FILE_ERRORS = new Set(['ENOENT', 'EACCES', 'EISDIR', 'EPERM', 'ENOTDIR']);

function isFileSystemError(error: unknown): error is Error & { code: string; path: string } {
  return error instanceof Error && 'code' in error && FILE_ERRORS.has(String(error.code)) && 'path' in error && typeof error.path === 'string';
}

/** Prints `error` on stderr in one line (a stack only for internal errors) and returns the exit code. */
export function reportError(error: unknown, write: (line: string) => void): number {
  if (error instanceof CliError) {
    write(`score: ${error.message}`);
    return error.exitCode;
  }
  if (isCsvInputError(error)) {
    write(`score: ${error.message}`);
    return EXIT.input;
  }
  // A file the user named that the system cannot open is unusable input, whichever layer opened it.
  if (isFileSystemError(error)) {
    write(`score: 无法读取 ${error.path}（${error.code}） / cannot read ${error.path} (${error.code})`);
    return EXIT.input;
  }
  // Errors the pure packages raise about a scheme, a catalog or options are the user's to fix.
  if (error instanceof Error && (error.name === 'CoreError' || error.name === 'PolicyError')) {
    write(`score: ${error.message.replace(/\s*\n\s*/g, ' ')}`);
    return (error as Error & { code?: string }).code === 'invalid-history' ? EXIT.input : EXIT.usage;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  write(`score: 内部错误，请报告此问题 / internal error, please report it: ${error instanceof Error ? error.message : String(error)}`);
  write(stack);
  return EXIT.internal;
}
