import { describe, expect, it } from 'vitest';
import { Dec } from '../arithmetic/decimal.js';
import { evaluate } from '../evaluate/evaluate.js';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import { explain } from './explain.js';

// The README's five firms under 淮安 2024 (taxPerMu 45, salesPerMu 35, taxPerEnergy 20; B = 2 × pool aggregate):
// Σ tax 700, Σ land 54, Σ sales 7 800, Σ energy 270 → B_taxPerMu = 1400/54 = 700/27, B_sales = 15600/54, B_energy = 1400/270.
// Totals (README): 甲 111.56 A, 乙 68.41 B, 丙 44.55 B, 戊 20.34 C, 丁 19.12 D; literal quota, n = 5: A 1, B 3, C 4, D 5 places.
const firm = (creditCode: string, name: string, landOwnedMu: string, taxWan: string, salesWan: string, energyTce: string): EnterpriseRecord => ({
  creditCode,
  name,
  scale: 'above',
  landOwnedMu,
  taxWan,
  salesWan,
  energyTce,
});
const JIA = '91320800MA20000011';
const YI = '91320800MA20000022';
const BING = '91320800MA20000033';
const DING = '91320800MA20000044';
const WU = '91320800MA20000055';
const RECORDS = [
  firm(JIA, '甲精密机械', '10', '300', '3000', '50'),
  firm(YI, '乙新材料', '12', '200', '2000', '40'),
  firm(BING, '丙电子', '8', '100', '1000', '50'),
  firm(DING, '丁纺织', '20', '80', '1500', '100'),
  firm(WU, '戊五金', '4', '20', '300', '30'),
];
const huaian = (): Scheme => getPreset('huaian-2024');
const withViolation = (code: string, v: string) => RECORDS.map((r) => (r.creditCode === code ? { ...r, violations: [v] } : r));

describe('explain: the breakdown', () => {
  const x = explain(evaluate(RECORDS, huaian()), WU);

  it('returns undefined for a code that was not scored', () => {
    expect(explain(evaluate(RECORDS, huaian()), '91320800MA2000009X')).toBeUndefined();
  });

  it('lists each indicator with value, benchmark, weight, score and share of the total', () => {
    // 戊: taxPerMu 20/4 = 5, score 45 × 5 / (700/27) = 243/28 = 8.6786 → 8.68; share 8.68 / 20.34 = 42.67 %.
    // salesPerMu 300/4 = 75, 35 × 75 × 54/15600 = 945/104 = 9.0865 → 9.09 (44.69 %); taxPerEnergy 20/30, 18/7 = 2.5714 → 2.57 (12.64 %).
    expect(x?.indicators.map((i) => [i.id, i.value, i.weight, i.score, i.sharePercent])).toEqual([
      ['taxPerMu', '5', '45', '8.68', '42.67'],
      ['salesPerMu', '75', '35', '9.09', '44.69'],
      ['taxPerEnergy', new Dec(2).div(3).toFixed(), '20', '2.57', '12.64'],
    ]);
    expect(new Dec(x?.indicators[0]?.benchmark ?? '0').minus(new Dec(700).div(27)).abs().lt('1e-30')).toBe(true);
    expect(x?.sum).toBe('8.68 + 9.09 + 2.57 = 20.34');
    expect([x?.rank, x?.poolSize, x?.class, x?.className.zh]).toEqual([4, 5, 'C', '帮扶转型类']);
    expect(x?.indicators[0]?.text.zh).toContain('亩均税收');
    expect(x?.indicators[0]?.text.en).toContain('tax per mu');
  });

  it('quota: the target is the total of the last firm holding a place in the next class, +0.01 when the tie would be lost', () => {
    // B or better has 3 places; without 戊 the others rank 甲, 乙, 丙, 丁, so 戊 must pass 丙 (44.55).
    // At equal totals 丙 wins (taxPerMu 100/8 = 12.5 > 5), so the target is 44.55 + 0.01 = 44.56; 44.56 − 20.34 = 24.22.
    expect(x?.nextClass).toMatchObject({ status: 'reachable', targetClass: 'B', targetTotal: '44.56', pointsNeeded: '24.22', basis: 'quota' });
    expect(x?.nextClass.text.zh).toContain('丙电子');
  });

  it('for each indicator alone, the value that lifts the raw total to the target (ratio: x = B × s / w)', () => {
    // Needed score on taxPerMu: 44.56 − (945/104 + 18/7) = 44.56 − 8487/728 = 32.90203…; x = (700/27) × 32.90203… / 45
    // = 18.9559037670…, rounded up to 10 digits 18.95590377; on 4 亩 that is tax 75.82361508.
    // salesPerMu: 44.56 − (243/28 + 18/7) = 44.56 − 11.25 = 33.31; x = (15600/54) × 33.31 / 35 = 274.93968253968… → 274.9396826.
    // taxPerEnergy: 44.56 − (243/28 + 945/104) = 26.79489…; x = (1400/270) × 26.79489… / 20 = 6.9468233618… → 6.946823362.
    const paths = x?.nextClass.byIndicator ?? [];
    expect(paths.map((p) => [p.id, p.reachable, p.comparator, p.neededValue])).toEqual([
      ['taxPerMu', true, '>=', '18.95590377'],
      ['salesPerMu', true, '>=', '274.9396826'],
      ['taxPerEnergy', true, '>=', '6.946823362'],
    ]);
    expect(paths[1]?.neededScore).toBe('33.31');
    expect(paths[0]?.neededAmount).toEqual({ field: 'taxWan', value: '75.82361508' });
    expect(paths[0]?.change).toBe('13.95590377');
    expect(paths[2]?.neededAmount).toBeUndefined();
  });

  it('a cap the needed score exceeds makes the indicator "not reachable"', () => {
    const scheme = huaian();
    const group = scheme.groups[0];
    if (group === undefined) throw new Error('preset has a group');
    group.indicators[2] = { ...(group.indicators[2] as (typeof group.indicators)[number]), normalisation: { method: 'ratio', capMultiple: 1 } };
    // The cap of 1 × 20 only binds 甲 (23.14 → 20), so 丙 keeps 44.55 and 戊 still needs 26.79 on taxPerEnergy > 20.
    const path = explain(evaluate(RECORDS, scheme), WU)?.nextClass.byIndicator[2];
    expect(path).toMatchObject({ id: 'taxPerEnergy', reachable: false, blockedBy: 'cap', neededValue: null });
    expect(path?.text.en).toContain('not reachable');
  });

  it('the best class has no way up', () => {
    expect(explain(evaluate(RECORDS, huaian()), JIA)?.nextClass).toMatchObject({ status: 'top', targetClass: null, byIndicator: [] });
  });
});

describe('explain: class rules and vetoes', () => {
  const threshold = (minC: number): Scheme => {
    const s = huaian();
    s.classes.mode = 'threshold';
    s.classes.tiers = s.classes.tiers.map((t, k) => ({
      id: t.id,
      name: t.name,
      nameEn: t.nameEn,
      ...(k < 3 ? { minTotal: [100, 60, minC][k] as number } : {}),
    }));
    return s;
  };

  it('threshold: the target is the class minimum, rounded up to the shown precision', () => {
    // 戊 20.34 < 40 → D; C starts at 40 → 40.00 − 20.34 = 19.66.
    expect(explain(evaluate(RECORDS, threshold(40)), WU)?.nextClass).toMatchObject({
      targetClass: 'C',
      targetTotal: '40.00',
      pointsNeeded: '19.66',
      basis: 'threshold',
    });
    // A minimum of 40.001 cannot be met by a total shown with 2 decimals below 40.01.
    expect(explain(evaluate(RECORDS, threshold(40.001)), WU)?.nextClass.targetTotal).toBe('40.01');
  });

  it('tie-break "shared": equalling the holder is enough', () => {
    const s = huaian();
    s.classes.tieBreak = 'shared';
    expect(explain(evaluate(RECORDS, s), WU)?.nextClass.targetTotal).toBe('44.55');
  });

  it('forceD: no indicator can lift the class', () => {
    const s = huaian();
    s.adjustments.vetoes = [{ flag: 'safety-accident', effect: 'forceD', source: 'user setting' }];
    const x = explain(evaluate(withViolation(BING, 'safety-accident'), s), BING);
    expect(x?.class).toBe('D');
    expect(x?.classBeforeVeto).toBe('B');
    expect(x?.nextClass).toMatchObject({ status: 'veto', byIndicator: [] });
    expect(x?.adjustments[0]?.text.zh).toContain('一票否决');
  });

  it('capC: blocks the way above C, but a D firm can still reach C', () => {
    const s = huaian();
    s.adjustments.vetoes = [{ flag: 'environmental-violation', effect: 'capC', source: 'user setting' }];
    const capped = explain(evaluate(withViolation(YI, 'environmental-violation'), s), YI);
    expect([capped?.class, capped?.nextClass.status]).toEqual(['C', 'veto']);
    // 丁 (19.12, D): C has 4 places; the others rank 甲, 乙, 丙, 戊, so 丁 must pass 戊 (20.34); 丁's taxPerMu 80/20 = 4 < 5 loses the tie → 20.35.
    const d = explain(evaluate(withViolation(DING, 'environmental-violation'), s), DING);
    expect(d?.nextClass).toMatchObject({ status: 'reachable', targetClass: 'C', targetTotal: '20.35', pointsNeeded: '1.23' });
  });

  it('a pool under the minimum size keeps the fallback class', () => {
    const x = explain(evaluate(RECORDS.slice(0, 4), huaian()), BING);
    expect(x?.class).toBe('B');
    expect(x?.nextClass.status).toBe('small-pool');
  });

  it('bonus and penalty points are part of the sum', () => {
    const s = huaian();
    s.adjustments.bonuses = [{ flag: 'high-tech', points: 2, source: 'user setting' }];
    s.adjustments.penalties = [{ flag: 'illegal-land-use', points: 1.5, source: 'user setting' }];
    const records = RECORDS.map((r) => (r.creditCode === WU ? { ...r, flags: ['high-tech'], violations: ['illegal-land-use'] } : r));
    // 20.3365… + 2 − 1.5 = 20.8365… → 20.84.
    const x = explain(evaluate(records, s), WU);
    expect(x?.sum).toBe('8.68 + 9.09 + 2.57 + 2.00 − 1.50 = 20.84');
    expect(x?.adjustments.map((a) => a.text.en)).toEqual(['high-tech: bonus 2.00 points', 'illegal-land-use: penalty -1.50 points']);
  });

  it('percentile: strictly above the other firm whose value gives the rank needed', () => {
    const s = huaian();
    const group = s.groups[0];
    if (group === undefined) throw new Error('preset has a group');
    group.indicators = [
      { id: 'taxPerMu', weight: 100, normalisation: { method: 'percentile' }, benchmark: { kind: 'pool', method: 'aggregate', multiple: 1 } },
    ];
    // taxPerMu: 丁 4, 戊 5, 丙 12.5, 乙 200/12 = 16.67, 甲 30 → percentile scores 0, 25, 50, 75, 100 (w × below / (n − 1)).
    // 戊 (C) must pass 丙 (50.00; 12.5 > 5 wins the tie) → 50.01; needed score 50.01 → mid-rank 50.01 × 4 / 100 = 2.0004 → 3 firms
    // below → more than the 3rd smallest other value: 4, 12.5, 16.67, 30 → 乙's 16.666….
    const x = explain(evaluate(RECORDS, s), WU);
    expect(x?.indicators[0]?.score).toBe('25.00');
    expect(x?.nextClass.targetTotal).toBe('50.01');
    expect(x?.nextClass.byIndicator[0]).toMatchObject({ reachable: true, comparator: '>', neededValue: new Dec(200).div(12).toFixed() });
    expect(x?.nextClass.byIndicator[0]?.neededAmount).toBeUndefined();
  });
});

describe('explain: a needed value exactly on the boundary (regression, found by the explainReachesBoundary law)', () => {
  // One indicator, salesPerMu lower-is-better, w 0.6, fixed B 99; two firms, quota B 50 % / D (literal: 1 place in B),
  // totals rounded 'down' to 2 decimals. Neither reports sales → both score 0 (missing: zero) and show 0.00; 甲 has
  // taxPerMu 1, 乙 none, so 乙 loses the tie and is D. Its target is 0.00 + 0.01 (taxPerMu is not scored, so the tie
  // is assumed lost) → needed score 0.01 → x = 99 × (2 − 2 × 0.01 / 0.6) = 99 × 1.9666… = 194.7 exactly.
  // evaluate scores 194.7 at 40 digits as 0.3 × (2 − 1.966…67) = 0.00999…9, which 'down' shows as 0.00: the value
  // given must be at most 194.7 and still reach 0.01 as evaluate computes it (194.6999999 does: 0.0100000003…).
  const scheme: SchemeInput = {
    id: 'boundary',
    name: '边界',
    nameEn: 'Boundary',
    groups: [
      {
        id: 'all',
        name: '全部',
        nameEn: 'All',
        membership: { scale: 'any' },
        indicators: [{ id: 'salesPerMu', weight: 0.6, normalisation: { method: 'lowerIsBetter' }, benchmark: { kind: 'fixed', value: 99 } }],
      },
    ],
    classes: {
      mode: 'quota',
      tiers: [
        { id: 'B', name: '鼓励提升类', nameEn: 'encouraged improvement', cumulativeShare: 0.5 },
        { id: 'D', name: '倒逼整治类', nameEn: 'forced rectification', cumulativeShare: 1 },
      ],
      tieBreak: 'taxPerMu-then-code',
      smallPool: { counting: 'literal', minPoolSize: 1, fallbackClass: 'B' },
    },
    rounding: { decimals: 2, mode: 'down' },
  };
  const records: EnterpriseRecord[] = [
    { creditCode: JIA, name: '甲', scale: 'above', landOwnedMu: '1', taxWan: '1' },
    { creditCode: YI, name: '乙', scale: 'above', landOwnedMu: '1' },
  ];

  it('gives a value that, put in as sales on the firm’s 1 亩, reaches the target total and class', () => {
    const x = explain(evaluate(records, scheme), YI);
    expect(x?.class).toBe('D');
    expect(x?.nextClass).toMatchObject({ status: 'reachable', targetClass: 'B', targetTotal: '0.01' });
    const path = x?.nextClass.byIndicator[0];
    expect(path).toMatchObject({ id: 'salesPerMu', reachable: true, comparator: '<=', neededScore: '0.01' });
    const needed = new Dec(path?.neededValue ?? 'NaN');
    expect(needed.lte(new Dec('194.7')) && needed.gte(new Dec('194.6999999'))).toBe(true);
    const after = evaluate(
      records.map((r) => (r.creditCode === YI ? { ...r, salesWan: needed.toFixed() } : r)),
      scheme,
    ).results.find((r) => r.creditCode === YI);
    expect([after?.total, after?.class]).toEqual(['0.01', 'B']);
  });
});
