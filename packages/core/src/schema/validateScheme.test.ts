import { describe, expect, it } from 'vitest';
import { validateScheme } from './validateScheme.js';

const minimal = {
  id: 'test-scheme',
  name: '测试方案',
  nameEn: 'Test scheme',
  groups: [
    {
      id: 'above-scale',
      name: '规上工业企业',
      nameEn: 'Above designated size',
      membership: { scale: 'above' },
      indicators: [
        { id: 'taxPerMu', weight: 60 },
        { id: 'salesPerMu', weight: 40 },
      ],
    },
  ],
};

function errorsOf(input: unknown): string[] {
  const r = validateScheme(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('validateScheme', () => {
  it('fills in the documented defaults', () => {
    const r = validateScheme(minimal);
    if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join('\n'));
    expect(r.warnings).toEqual([
      'scope.constructionPeriodExemption: 无评价基准日，建设期规则不生效 / no reference date, so the construction-period rule is skipped',
    ]);
    const scheme = r.data;
    const ind = scheme.groups[0]!.indicators[0]!;
    expect(ind.normalisation).toEqual({ method: 'ratio' });
    expect(ind.benchmark).toEqual({ kind: 'pool', method: 'aggregate', multiple: 1 });
    expect(scheme.groups[0]!.missing).toEqual({});
    expect(scheme.emissionBasis).toBe('equivalents');
    expect(scheme.classes.mode).toBe('quota');
    expect(scheme.classes.tiers.map((t) => [t.id, t.cumulativeShare])).toEqual([
      ['A', 0.2],
      ['B', 0.6],
      ['C', 0.95],
      ['D', 1],
    ]);
    expect(scheme.classes.tieBreak).toBe('taxPerMu-then-code');
    expect(scheme.classes.smallPool).toEqual({ counting: 'round', minPoolSize: 1, fallbackClass: 'B', benchmarkOn: 'group', lastClass: 'rest' });
    expect(scheme.classes.blankCounty).toBe('exclude');
    expect(scheme.classes.vetoedFirms).toBe('keepPlace');
    expect(scheme.rounding).toEqual({ decimals: 2, mode: 'halfUp' });
    expect(scheme.emissionEquivalents).toEqual({ codKg: 1, ammoniaNitrogenKg: 0.8, so2Kg: 0.95, noxKg: 0.95 });
    expect(scheme.scope.belowScaleLandThresholdMu).toBe(3);
    expect(scheme.land).toEqual({ includeRentedFloor: false, plotRatio: 1 });
  });

  it('says where a field is wrong', () => {
    const bad = structuredClone(minimal) as { groups: { indicators: { weight: unknown }[] }[] };
    bad.groups[0]!.indicators[1]!.weight = -5;
    expect(errorsOf(bad)).toEqual([expect.stringMatching(/^groups\[0\]\.indicators\[1\]\.weight: /)]);
    expect(errorsOf({ ...minimal, weigths: 1 })[0]).toMatch(/weigths/);
    expect(errorsOf({ ...minimal, groups: [] })[0]).toMatch(/^groups: /);
  });

  it("gives zod's English messages, as the guide shows them (zod/mini itself loads no locale)", () => {
    expect(errorsOf({ ...minimal, groups: [] })).toEqual(['groups: 字段无效 / invalid — Too small: expected array to have >=1 items']);
    expect(errorsOf({ ...minimal, weigths: 1 })).toEqual(['(scheme): 字段无效 / invalid — Unrecognized key: "weigths"']);
    expect(errorsOf({ ...minimal, rounding: { mode: 'up' } })).toEqual([
      'rounding.mode: 字段无效 / invalid — Invalid option: expected one of "halfUp"|"halfEven"|"down"',
    ]);
  });

  it('rejects duplicate ids, bad class shares, impossible vetoes and points finer than the rounding', () => {
    const dup = structuredClone(minimal);
    dup.groups[0]!.indicators[1]!.id = 'taxPerMu';
    expect(errorsOf(dup)[0]).toMatch(/^groups\[0\]\.indicators\[1\]\.id: .*appears twice/);
    expect(errorsOf({ ...minimal, groups: [minimal.groups[0], minimal.groups[0]] })[0]).toMatch(/^groups\[1\]\.id: .*duplicate group id/);
    const shares = {
      ...minimal,
      classes: {
        tiers: [
          { id: 'A', name: '优', nameEn: 'a', cumulativeShare: 0.5 },
          { id: 'B', name: '良', nameEn: 'b', cumulativeShare: 0.4 },
          { id: 'D', name: '差', nameEn: 'd', cumulativeShare: 0.9 },
        ],
      },
    };
    expect(errorsOf(shares)).toEqual([
      expect.stringMatching(/^classes\.tiers\[1\]\.cumulativeShare: .*must increase/),
      expect.stringMatching(/^classes\.tiers\[2\]\.cumulativeShare: .*must have cumulative share 1/),
    ]);
    const veto = { ...minimal, adjustments: { vetoes: [{ flag: 'safety-accident', effect: 'capC' }] }, classes: shares.classes };
    expect(errorsOf(veto)).toContainEqual(expect.stringMatching(/^adjustments\.vetoes\[0\]\.effect: .*capC needs a class "C"/));
    const points = { ...minimal, adjustments: { bonuses: [{ flag: 'high-tech', points: 0.125 }] } };
    expect(errorsOf(points)).toEqual([expect.stringMatching(/^adjustments\.bonuses\[0\]\.points: .*more than 2 decimals/)]);
  });

  it('needs a reference date for the years-in-production rule and warns about weights that miss 100', () => {
    expect(errorsOf({ ...minimal, scope: { minYearsInProduction: 2 } })).toEqual([expect.stringMatching(/^scope\.referenceDate: /)]);
    const light = structuredClone(minimal);
    light.groups[0]!.indicators[1]!.weight = 30;
    const r = validateScheme({ ...light, scope: { referenceDate: '2024-12-31' } });
    expect(r.success && r.warnings).toEqual([expect.stringMatching(/^groups\[0\]\.indicators: .*add up to 90, not 100/)]);
  });

  it('accepts threshold classes that decrease and rejects ones that do not', () => {
    const tiers = (a: number, b: number) => [
      { id: 'A', name: '优', nameEn: 'a', minTotal: a },
      { id: 'B', name: '良', nameEn: 'b', minTotal: b },
      { id: 'D', name: '差', nameEn: 'd' },
    ];
    expect(errorsOf({ ...minimal, classes: { mode: 'threshold', tiers: tiers(90, 60) } })).toEqual([]);
    expect(errorsOf({ ...minimal, classes: { mode: 'threshold', tiers: tiers(60, 90) } })).toEqual([
      expect.stringMatching(/^classes\.tiers\[1\]\.minTotal: .*must decrease/),
    ]);
  });

  it('an indicator’s old missing rule is refused with where it now goes (the group, by figure)', () => {
    const old = { ...minimal, groups: [{ ...minimal.groups[0]!, indicators: [{ id: 'taxPerEnergy', weight: 100, missing: 'poolAverage' }] }] };
    const r = validateScheme(old);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]!.path).toEqual(['groups', 0, 'indicators', 0]);
    expect(r.error.issues[0]!.message).toMatch(/评价组的 missing.*"missing": \{ "energy": "poolAverage" \}/);
  });
});
