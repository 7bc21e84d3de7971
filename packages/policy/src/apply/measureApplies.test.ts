import { describe, expect, it } from 'vitest';
import { Measure } from '../catalog/measure.js';
import { measureApplies } from './measureApplies.js';
import type { PolicySubject } from './policySubject.js';

const measure = (extra: object) =>
  Measure.parse({
    id: 'm',
    name: { zh: 'm', en: 'm' },
    source: { document: 'doc' },
    appliesTo: { classes: ['D'] },
    instrument: { kind: 'eligibility', lever: 'credit', effect: 'cut' },
    ...extra,
  });
const firm = (extra: Partial<PolicySubject> = {}): PolicySubject => ({
  creditCode: 'X',
  name: 'X',
  class: 'D',
  group: 'above-scale',
  county: '钟楼区',
  industryCode: 'C3311',
  landMu: () => '10',
  managedAs: false,
  figures: () => null,
  ...extra,
});
const standing = { consecutiveYears: 1, newFirm: false };

describe('measureApplies', () => {
  it('matches class, group, county and industry prefixes (section letters match digit-only codes)', () => {
    expect(measureApplies(measure({}), firm(), standing)).toBe(true);
    expect(measureApplies(measure({}), firm({ class: 'C' }), standing)).toBe(false);
    expect(measureApplies(measure({ appliesTo: { classes: ['D'], groups: ['below-scale'] } }), firm(), standing)).toBe(false);
    expect(measureApplies(measure({ appliesTo: { classes: ['D'], counties: ['武进区'] } }), firm(), standing)).toBe(false);
    expect(measureApplies(measure({ appliesTo: { classes: ['D'], counties: ['武进区'] } }), firm({ county: null }), standing)).toBe(false);
    const manufacturing = measure({ appliesTo: { classes: ['D'], industries: ['C'] } });
    expect(measureApplies(manufacturing, firm({ industryCode: '3311' }), standing)).toBe(true); // division 33 is in C (13–43)
    expect(measureApplies(manufacturing, firm({ industryCode: 'D4411' }), standing)).toBe(false);
    expect(measureApplies(manufacturing, firm({ industryCode: null }), standing)).toBe(false);
    expect(measureApplies(measure({ appliesTo: { classes: ['D'], industries: ['C33'] } }), firm({ industryCode: '3311' }), standing)).toBe(true);
    expect(measureApplies(measure({ appliesTo: { classes: ['D'], industries: ['34'] } }), firm(), standing)).toBe(false);
  });

  it('honours exemptions by industry and by firm', () => {
    expect(measureApplies(measure({ conditions: { exemptIndustries: ['C33'] } }), firm(), standing)).toBe(false);
    expect(measureApplies(measure({ conditions: { exemptIndustries: ['C34'] } }), firm(), standing)).toBe(true);
    expect(measureApplies(measure({ conditions: { exemptFirms: ['X'] } }), firm(), standing)).toBe(false);
  });

  it('applies the new-firm and consecutive-years conditions', () => {
    expect(measureApplies(measure({ conditions: { newFirms: 'exclude' } }), firm(), { ...standing, newFirm: true })).toBe(false);
    expect(measureApplies(measure({ conditions: { newFirms: 'only' } }), firm(), standing)).toBe(false);
    expect(measureApplies(measure({ conditions: { newFirms: 'only' } }), firm(), { ...standing, newFirm: true })).toBe(true);
    const second = measure({ conditions: { consecutiveYears: { min: 2, max: 2 } } });
    expect([1, 2, 3].map((consecutiveYears) => measureApplies(second, firm(), { ...standing, consecutiveYears }))).toEqual([false, true, false]);
  });
});
