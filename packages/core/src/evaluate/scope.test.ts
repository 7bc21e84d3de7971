import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme } from '../schema/scheme.js';
import { evaluate } from './evaluate.js';
import { normaliseIndustryCode } from './industryCode.js';
import { parseScheme } from '../schema/parseScheme.js';
import { firmsWith } from '../test/onePool.js';

const firm = firmsWith({ landOwnedMu: '10', taxWan: '100' });
const reasons = (records: EnterpriseRecord[], scheme: Scheme = getPreset('changzhou-wujin')) => {
  const e = evaluate(records, scheme);
  expect(e.accounting).toEqual({ records: records.length, scored: e.results.length, excluded: e.excluded.length });
  const out: Record<string, string> = {};
  for (const r of e.results) out[r.creditCode.slice(-2)] = r.group;
  for (const x of e.excluded) out[x.creditCode.slice(-2)] = x.reason;
  return out;
};

describe('scope (DOMAIN.md §2, in order)', () => {
  it('exempts utilities, tobacco and waste treatment by GB/T 4754 prefix, with or without the section letter', () => {
    expect(
      reasons([
        firm(1, { industryCode: 'D4411' }), // electricity
        firm(2, { industryCode: '4620' }), // sewage treatment → D4620 under D46
        firm(3, { industryCode: 'C1610' }), // tobacco
        firm(4, { industryCode: '7723' }), // solid waste treatment → N7723 under N772
        firm(5, { industryCode: '3311' }), // metal structures: evaluated
        firm(6, { flags: ['military'] }),
      ]),
    ).toEqual({
      '01': 'exempt-industry',
      '02': 'exempt-industry',
      '03': 'exempt-industry',
      '04': 'exempt-industry',
      '05': 'above-scale',
      '06': 'exempt-industry',
    });
    expect(['C3311', '3311', ' c3311 ', 'D', '44', '9'].map(normaliseIndustryCode)).toEqual(['C3311', 'C3311', 'C3311', 'D', 'D44', '9']);
  });

  it('exempts firms in production fewer than N years and inside the construction period, at the reference date', () => {
    // changzhou-wujin: N = 2, reference date 2024-12-31.
    // Start 2023-01-01 → 2 years on 2025-01-01 > 2024-12-31: new. Start 2022-12-31 → 2024-12-31: not new.
    expect(
      reasons([
        firm(1, { productionStartDate: '2023-01-01' }),
        firm(2, { productionStartDate: '2022-12-31' }),
        firm(3, { constructionPeriodEnd: '2025-06-30' }),
        firm(4, { constructionPeriodEnd: '2024-12-31' }),
      ]),
    ).toEqual({ '01': 'new-enterprise', '02': 'above-scale', '03': 'construction-period', '04': 'above-scale' });
    // options.referenceDate overrides the scheme's: at 2025-12-31 firm 1 has 2 years and firm 3 has finished building.
    const later = evaluate([firm(1, { productionStartDate: '2023-01-01' }), firm(3, { constructionPeriodEnd: '2025-06-30' })], getPreset(), {
      referenceDate: '2025-12-31',
    });
    expect([later.results.length, later.referenceDate]).toEqual([2, '2025-12-31']);
  });

  it('checks exemptions before anything else, then the group, then land, then the land threshold', () => {
    expect(
      reasons([
        firm(1, { industryCode: 'D4411', landOwnedMu: '0' }), // exempt wins over invalid land
        firm(2, { scale: 'below', landOwnedMu: '2.99' }), // below 3 亩
        firm(3, { scale: 'below', landOwnedMu: '3' }), // exactly 3 亩: in
        firm(4, { scale: 'below', landOwnedMu: '1', keyPolluter: true }), // key polluters: own pool, no threshold
        firm(5, { keyPolluter: true }),
        firm(6, { scale: 'below', landOwnedMu: '0' }), // a data problem, not "small"
      ]),
    ).toEqual({
      '01': 'exempt-industry',
      '02': 'below-land-threshold',
      '03': 'below-scale',
      '04': 'key-polluter',
      '05': 'key-polluter',
      '06': 'invalid-land',
    });
  });

  it('without key-polluter precedence the groups are tried in scheme order', () => {
    const scheme = getPreset();
    scheme.scope.keyPolluterPrecedence = false;
    expect(reasons([firm(5, { keyPolluter: true })], scheme)).toEqual({ '05': 'above-scale' });
  });

  it('reports records no group takes, and records the group on later exclusions', () => {
    const aboveOnly = parseScheme({
      id: 'above-only',
      name: '仅规上',
      nameEn: 'above only',
      groups: [{ id: 'above-scale', name: '规上', nameEn: 'above', membership: { scale: 'above' }, indicators: [{ id: 'taxPerMu', weight: 100 }] }],
    });
    expect(reasons([firm(1, { scale: 'below' })], aboveOnly)).toEqual({ '01': 'no-group' });
    const e = evaluate([firm(2, { landOwnedMu: '-1' })], aboveOnly);
    expect(e.excluded[0]).toMatchObject({ reason: 'invalid-land', group: 'above-scale', index: 0 });
    expect(e.excluded[0]!.detail).toMatch(/-1 亩/);
  });

  it('marks exempt firms as managed as a class when the scheme says so', () => {
    const scheme = getPreset();
    scheme.scope.unratedManagedAs = 'B';
    const e = evaluate([firm(1, { industryCode: 'D4411' }), firm(2, { landOwnedMu: '0' })], scheme);
    expect(e.excluded.map((x) => [x.reason, x.managedAs])).toEqual([
      ['exempt-industry', 'B'],
      ['invalid-land', undefined],
    ]);
  });
});

describe('effective land', () => {
  it('owned − leased out + leased in, plus rented floor area ÷ plot ratio × 0.0015 when enabled', () => {
    // 20 − 5 + 3 = 18 亩; rented 2000 m² at plot ratio 1.2 → 2000 / 1.2 × 0.0015 = 2.5 亩 → 20.5 亩.
    const record = firm(1, { landOwnedMu: '20', landLeasedOutMu: '5', landLeasedInMu: '3', rentedFloorM2: '2000', taxWan: '205' });
    const off = evaluate([record], getPreset());
    expect(off.results[0]!.landMu).toBe('18');
    const scheme = getPreset();
    scheme.land = { includeRentedFloor: true, plotRatio: 1.2 };
    const on = evaluate([record], scheme);
    expect(on.results[0]!.landMu).toBe('20.5');
    expect(on.results[0]!.indicators[0]!.value).toBe('10'); // 205 / 20.5
  });

  it('a tenant with only leased-in land or only rented floor is evaluated on it; no land at all, zero or negative land is invalid', () => {
    const scheme = getPreset();
    scheme.land.includeRentedFloor = true; // plot ratio 1: 1000 m² → 1.5 亩
    expect(
      reasons(
        [
          firm(1, { landOwnedMu: undefined, landLeasedInMu: '4' }),
          firm(2, { landOwnedMu: undefined, rentedFloorM2: '1000' }),
          firm(3, { landOwnedMu: undefined }),
          firm(4, { landOwnedMu: '5', landLeasedOutMu: '5' }),
          firm(5, { landOwnedMu: '5', landLeasedOutMu: '6' }),
        ],
        scheme,
      ),
    ).toEqual({ '01': 'above-scale', '02': 'above-scale', '03': 'invalid-land', '04': 'invalid-land', '05': 'invalid-land' });
  });
});
