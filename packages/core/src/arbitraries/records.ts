import * as fc from 'fast-check';
import type { EnterpriseRecord } from '../schema/record.js';
import { arbCreditCode } from './creditCode.js';
import { arbRecord, type RecordOptions } from './record.js';

/** Options of {@link arbRecords}: a length range, code uniqueness, and {@link RecordOptions} for each record. */
export interface RecordsOptions extends RecordOptions {
  /** Fewest records (default 0). */
  minLength?: number | undefined;
  /** Most records (default 30). */
  maxLength?: number | undefined;
  /** Every credit code distinct (default true), as after a merge by credit code. */
  uniqueCodes?: boolean | undefined;
}

/**
 * A district's records: {@link arbRecord}s with distinct credit codes unless `uniqueCodes` is false
 * (then codes repeat often, as in an unmerged export).
 *
 * @example
 * fc.assert(fc.property(arbRecords({ minLength: 1, maxLength: 40, uniqueCodes: true }), (records) => { … }));
 */
export function arbRecords(options: RecordsOptions = {}): fc.Arbitrary<EnterpriseRecord[]> {
  const { minLength = 0, maxLength = 30, uniqueCodes = true, ...recordOptions } = options;
  if (uniqueCodes) {
    const record = arbRecord(recordOptions);
    return fc.uniqueArray(record, { minLength, maxLength, selector: (r) => r.creditCode });
  }
  // Repeated codes: draw from a small set so the same code comes up several times.
  const codes = fc.uniqueArray(recordOptions.creditCode ?? arbCreditCode(), { minLength: 1, maxLength: 4 });
  return codes.chain((pool) => fc.array(arbRecord({ ...recordOptions, creditCode: fc.constantFrom(...pool) }), { minLength, maxLength }));
}
