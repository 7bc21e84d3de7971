/** What went wrong in a `@mujun/core` call that cannot produce a result. */
export type CoreErrorCode =
  /** The scheme did not pass validateScheme; `details` holds its errors. */
  | 'invalid-scheme'
  /** evaluate was given a scheme that validateScheme or getPreset did not return (e.g. a file's JSON, or a validated scheme copied and changed). */
  | 'unvalidated-scheme'
  /** evaluate's options are malformed (e.g. a reference date that is not YYYY-MM-DD). */
  | 'invalid-options'
  /** options.benchmarks was given but lacks a benchmark the pool needs. */
  | 'missing-benchmark'
  /** A firm's score or total is too large to compute exactly (e.g. a land area of 10^−61 亩, or weights of 10^300); the message names the firm and indicator. */
  | 'score-out-of-range'
  /** getPreset was asked for an id that is not built in. */
  | 'unknown-preset';

/**
 * The one error class of `@mujun/core`. Tests and callers branch on `code`; the message says
 * what was wrong, what was expected and what was found, 中文 / English.
 */
export class CoreError extends Error {
  override readonly name = 'CoreError';
  readonly code: CoreErrorCode;
  readonly details: readonly string[];

  constructor(code: CoreErrorCode, message: string, details: readonly string[] = []) {
    super(details.length > 0 ? `${message}\n${details.map((d) => `  - ${d}`).join('\n')}` : message);
    this.code = code;
    this.details = details;
  }
}
