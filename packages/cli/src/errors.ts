/**
 * The CLI's error classes and exit codes. Every failure reaches one top-level catch
 * ({@link reportError}), which prints one line (中文 / English) and picks the exit code; only an
 * internal error — a bug — prints a stack trace, and says that it is one.
 */
import type { Bilingual } from '@mujun/core';

import { cannotRead } from './files/fileErrors.js';

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

/** core's CoreError from an evaluation (a scheme or option it cannot use) as a SchemeError that says so; any other error as it is. */
export function evaluationError(error: unknown): unknown {
  return error instanceof Error && error.name === 'CoreError'
    ? new SchemeError({ zh: '评价方案或选项无效', en: 'the scheme or an option is invalid' }, error.message)
    : error;
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
export function reportError(error: unknown, print: (line: string) => void): number {
  // A file name may hold a line break or a control character: shown escaped, the message stays one line.
  const write = (line: string): void => print(line.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1)));
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
    write(`score: ${cannotRead(error.path, error).message}`);
    return EXIT.input;
  }
  // Any other refusal of the system (a disk error, a full disk met outside the writers): the user's machine, not a bug.
  if (error instanceof Error && 'syscall' in error && /^E[A-Z]+$/.test(String((error as Error & { code?: unknown }).code))) {
    const e = error as Error & { code: string; syscall: string; path?: string };
    const where = `${e.syscall}${e.path ? ` ${e.path}` : ''}`;
    write(`score: 文件操作失败（${e.code}，${where}） / a file operation failed (${e.code}, ${where})`);
    return EXIT.input;
  }
  // Errors the pure packages raise about a scheme, a catalog or options are the user's to fix.
  if (error instanceof Error && (error.name === 'CoreError' || error.name === 'PolicyError')) {
    write(`score: ${error.message.replace(/\s*\n\s*/g, ' ')}`);
    return (error as Error & { code?: string }).code === 'invalid-history' ? EXIT.input : EXIT.usage;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  write(`score: 内部错误，请报告此问题 / internal error, please report it: ${error instanceof Error ? error.message : String(error)}`);
  print(stack);
  return EXIT.internal;
}
