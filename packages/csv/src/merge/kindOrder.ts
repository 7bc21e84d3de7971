import type { SourceKind } from '@mujun/core';

/**
 * @mujun/core's SOURCE_KINDS, in its order, as this package's own constant: importing the value
 * from core's root would bring the whole root (schemas, presets) into a web page's csv bundle.
 * The type check below fails the build if core gains a kind this list lacks.
 */
export const KIND_ORDER = ['land', 'tax', 'power', 'environment', 'statistics'] as const satisfies readonly SourceKind[];

const complete: Exclude<SourceKind, (typeof KIND_ORDER)[number]> extends never ? true : false = true;
void complete;
