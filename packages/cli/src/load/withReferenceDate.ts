/** A scheme with its reference date replaced (for commands whose library call takes no override). */
import { parseScheme, type Scheme } from '@mujun/core';

/**
 * `scheme` itself when `date` is undefined, else a copy whose scope.referenceDate is `date`,
 * validated again (core's evaluate takes only a checked scheme; a malformed date is a CoreError
 * 'invalid-scheme', as when the engine checked it).
 */
export function withReferenceDate(scheme: Scheme, date: string | undefined): Scheme {
  return date === undefined ? scheme : parseScheme({ ...scheme, scope: { ...scheme.scope, referenceDate: date } });
}
