/**
 * `@mujun/core/arbitraries`: fast-check arbitraries for enterprise records and evaluation
 * schemes, so users can property-test their own schemes (and the laws of `evaluate`).
 * `fast-check` is an optional peer dependency: install it to use this entry.
 *
 * Which schemes: `arbScheme` draws every scheme `validateScheme` accepts, including ones no bureau
 * would publish (an indicator scored lower-is-better although more of it is better);
 * `arbPublishableScheme` draws only schemes whose indicators all point the intuitive way.
 *
 * @example
 * import fc from 'fast-check';
 * import { test } from 'vitest';
 * import { evaluate } from '@mujun/core';
 * import { arbRecords, arbScheme } from '@mujun/core/arbitraries';
 *
 * test('records in = scored + excluded', () => {
 *   fc.assert(fc.property(arbScheme(), arbRecords({ maxLength: 30 }), (scheme, records) => {
 *     const e = evaluate(records, scheme);
 *     return e.results.length + e.excluded.length === records.length;
 *   }));
 * });
 *
 * @module @mujun/core/arbitraries
 */
export { arbCreditCode } from './creditCode.js';
export { arbDecimalString } from './decimalString.js';
export type { DecimalStringOptions } from './decimalString.js';
export { arbRecord, ARB_INDUSTRY_CODES } from './record.js';
export type { RecordOptions } from './record.js';
export { arbRecords } from './records.js';
export type { RecordsOptions } from './records.js';
export { arbScheme } from './scheme.js';
export { arbPublishableScheme } from './publishableScheme.js';
export type { SchemeOptions } from './scheme.js';
export type { BenchmarkKind, MissingRuleId, NormalisationMethod, PoolMethod } from './internal/indicators.js';
export type { ClassMode } from './internal/classes.js';
export { arbPresetId } from './presetId.js';
