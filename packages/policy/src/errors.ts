/** What went wrong, as a stable code a CLI can map to an exit status and a test can assert. */
export type PolicyErrorCode =
  | 'unknown-preset' // no built-in policy preset has this id
  | 'invalid-history' // prior-year result rows are malformed or contradict each other
  | 'invalid-catalog' // applyPolicies was given a catalog that validateCatalog rejects (details: its issues)
  | 'invalid-settings' // a user setting is not a decimal
  | 'invalid-options'; // sensitivity/simulation options out of range

/**
 * The one error class of @mujun/policy. Messages say what was wrong, what was expected and
 * what was found, in 中文 and English.
 */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  /** Stable machine-readable code. */
  readonly code: PolicyErrorCode;
  /** Individual problems (e.g. one per invalid row), when there are several. */
  readonly details: readonly string[];

  constructor(code: PolicyErrorCode, message: string, details: readonly string[] = []) {
    super(details.length > 0 ? `${message}\n${details.map((d) => `  - ${d}`).join('\n')}` : message);
    this.code = code;
    this.details = details;
  }
}
