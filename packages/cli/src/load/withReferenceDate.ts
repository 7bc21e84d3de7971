/** A scheme with its reference date replaced (for commands whose library call takes no override). */
import type { Scheme } from '@mujun/core';

/** `scheme` itself when `date` is undefined, else a copy whose scope.referenceDate is `date`. */
export function withReferenceDate(scheme: Scheme, date: string | undefined): Scheme {
  return date === undefined ? scheme : { ...scheme, scope: { ...scheme.scope, referenceDate: date } };
}
