import { describe, expect, it } from 'vitest';
import { EnterpriseRecord, RECOGNITION_FLAGS, RECORD_DOCS, VIOLATION_FLAGS } from './record.js';

describe('EnterpriseRecord schema', () => {
  it('accepts decimal strings and rejects floats written in exponent form', () => {
    const base = { creditCode: '91320400MA1X000001', name: '甲', scale: 'above' as const };
    expect(EnterpriseRecord.safeParse({ ...base, taxWan: '900.5' }).success).toBe(true);
    expect(EnterpriseRecord.safeParse({ ...base, taxWan: '1e3' }).success).toBe(false);
    expect(EnterpriseRecord.safeParse({ ...base, scale: '规上' }).success).toBe(false);
  });

  it('describes flags and violations by listing every built-in one', () => {
    const fields = RECORD_DOCS.find((d) => d.schema === EnterpriseRecord)?.fields;
    expect(fields?.['flags']).toBe(`认定 — recognition flags, e.g. ${RECOGNITION_FLAGS.join(', ')}.`);
    expect(fields?.['violations']).toBe(`违法违规 — violations, e.g. ${VIOLATION_FLAGS.join(', ')}.`);
  });
});
