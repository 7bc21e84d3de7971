import { describe, expect, it } from 'vitest';
import { Dec } from '../arithmetic/decimal.js';
import { evaluate } from '../evaluate/evaluate.js';
import { getPreset } from '../presets/getPreset.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme } from '../schema/scheme.js';
import type { Evaluation } from '../types/evaluation.js';
import { explain as explainIn } from './explain.js';
import { parseScheme } from '../schema/parseScheme.js';
import { aboveScaleScheme } from '../test/onePool.js';

/** explain, given the records evaluated (its way up evaluates the pool again). */
const explain = (records: EnterpriseRecord[], scheme: Scheme, code: string) => explainIn(evaluate(records, scheme), code, records);
/** The firm's total and class when the records are evaluated with one field of it changed. */
const after = (records: EnterpriseRecord[], scheme: Scheme, code: string, field: string, value: string) => {
  const r = evaluate(
    records.map((x) => (x.creditCode === code ? { ...x, [field]: value } : x)),
    scheme,
  ).results.find((x) => x.creditCode === code);
  return [r?.total, r?.class];
};

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
  const x = explain(RECORDS, huaian(), WU);

  it('returns undefined for a code that was not scored', () => {
    expect(explain(RECORDS, huaian(), '91320800MA2000009X')).toBeUndefined();
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

  it('each figure alone, solved with the pool benchmark moving with it, and verified', () => {
    // 戊's tax t moves both benchmarks: B_taxPerMu = 2 (680 + t) / 54, B_taxPerEnergy = 2 (680 + t) / 270. Then
    // 戊 = 45 (t/4) 54 / (2 (680 + t)) + 20 (t/30) 270 / (2 (680 + t)) + 945/104 = 393.75 t / (680 + t) + 9.0865…
    // 丙 = (45 (100/8) 27 + 20 (100/50) 135) / (680 + t) + 236250/15600 = 20587.5 / (680 + t) + 15.1442…
    // 戊 passes 丙 (甲 and 乙 stay above) when t > (20587.5 + 680 d) / (393.75 − d), d = 94500/15600: t > 63.7276…
    // (at fixed benchmarks, the old answer, it was 75.82). With 2-decimal totals the stated tax is within 0.05 of that.
    const byField = Object.fromEntries((x?.nextClass.byFigure ?? []).map((p) => [p.field, p]));
    expect(Object.keys(byField)).toEqual(['taxWan', 'salesWan', 'energyTce', 'landOwnedMu']);
    const tax = byField['taxWan'];
    expect(Number(tax?.needed)).toBeGreaterThan(63.72);
    expect(Number(tax?.needed)).toBeLessThan(63.78);
    expect(tax).toMatchObject({ direction: 'raise', current: '20', change: new Dec(tax?.needed ?? 0).minus(20).toFixed(), class: 'B' });
    expect(tax?.text.zh).toMatch(/^税收：提高到 63\.\d\d 万元（\+43\.\d\d），全组重新评价后总分 \d+\.\d\d，B 类。$/);
    for (const p of Object.values(byField)) {
      // Put in and evaluated again: the class stated; 1 % of the change less: still C (the search stops within
      // five units of the shown total of the boundary, these margins rising with the figure).
      expect([p.field, ...after(RECORDS, huaian(), WU, p.field, p.needed)]).toEqual([p.field, p.total, 'B']);
      const back = new Dec(p.needed).minus(new Dec(p.change).div(100)).toFixed(2);
      expect([p.field, after(RECORDS, huaian(), WU, p.field, back)[1]]).toEqual([p.field, 'C']);
    }
    expect(byField['energyTce']?.direction).toBe('lower');
  });

  it('never states land below the below-scale threshold: the firm would leave the evaluation', () => {
    // 戊 below scale on 4 亩 needs 1.68 亩 (above): under a 3.5 亩 threshold that would exclude it, so
    // land is not offered; under 1.6 亩 it is.
    const records = RECORDS.map((r) => (r.creditCode === WU ? { ...r, scale: 'below' as const } : r));
    const under = (mu: number) => {
      const s = huaian();
      s.scope.belowScaleLandThresholdMu = mu;
      return s;
    };
    const fields = (mu: number) => explain(records, under(mu), WU)?.nextClass.byFigure.map((p) => [p.field, p.needed]);
    expect(fields(3.5)).toEqual([
      ['taxWan', '63.73'],
      ['salesWan', expect.any(String)],
      ['energyTce', '2.66'],
    ]);
    expect(fields(1.6)?.at(-1)).toEqual(['landOwnedMu', '1.68']);
    expect(after(records, under(3.5), WU, 'landOwnedMu', '1.68')).toEqual([undefined, undefined]);
  });

  it('refuses records that are not the ones evaluated', () => {
    const other = RECORDS.map((r) => (r.creditCode === BING ? { ...r, taxWan: '101' } : r));
    expect(() => explainIn(evaluate(RECORDS, huaian()), WU, other)).toThrow(/not the ones evaluated/);
  });

  it('explains an evaluation read back from JSON as the one it was (its scheme, unmarked, is checked again)', () => {
    const evaluation = evaluate(RECORDS, huaian());
    const back = JSON.parse(JSON.stringify(evaluation)) as Evaluation;
    const x = explainIn(back, WU, RECORDS);
    expect(x?.nextClass.status).toBe('reachable');
    expect(x).toEqual(explainIn(evaluation, WU, RECORDS));
  });

  it('says so when no single figure reaches the class (caps bound every score)', () => {
    const s = huaian();
    const group = s.groups[0];
    if (group === undefined) throw new Error('preset has a group');
    group.indicators = group.indicators.map((i) => ({ ...i, normalisation: { method: 'ratio', capMultiple: 1 } }));
    s.classes.mode = 'threshold';
    s.classes.tiers = s.classes.tiers.map((t, k) => ({ id: t.id, name: t.name, nameEn: t.nameEn, ...(k < 3 ? { minTotal: [100, 95, 90][k] as number } : {}) }));
    // 戊 can score at most 45 + 35 + 20 = 100 with every figure, but one figure alone lifts at most two scores to their cap.
    const next = explain(RECORDS, s, WU)?.nextClass;
    expect(next).toMatchObject({ status: 'reachable', targetClass: 'C', byFigure: [] });
    expect(next?.text.zh).toContain('单独改变任何一项数据都不能升至 C 类');
    // Only the figures a caller chose were tried: the sentence names them, and claims no more.
    const some = explainIn(evaluate(RECORDS, s), WU, RECORDS, { figures: ['taxWan', 'landOwnedMu'] })?.nextClass;
    expect(some?.text.zh).toContain('单独改变税收或土地使用权面积都不能升至 C 类');
    expect(some?.text.en).toContain('Changing tax or land held alone does not reach class C');
  });

  it('the best class has no way up', () => {
    expect(explain(RECORDS, huaian(), JIA)?.nextClass).toMatchObject({ status: 'top', targetClass: null, byFigure: [] });
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
    expect(explain(RECORDS, threshold(40), WU)?.nextClass).toMatchObject({
      targetClass: 'C',
      targetTotal: '40.00',
      pointsNeeded: '19.66',
      basis: 'threshold',
    });
    // A minimum of 40.001 cannot be met by a total shown with 2 decimals below 40.01.
    expect(explain(RECORDS, threshold(40.001), WU)?.nextClass.targetTotal).toBe('40.01');
  });

  it('tie-break "shared": equalling the holder is enough', () => {
    const s = huaian();
    s.classes.tieBreak = 'shared';
    expect(explain(RECORDS, s, WU)?.nextClass.targetTotal).toBe('44.55');
  });

  it('forceD: no indicator can lift the class', () => {
    const s = huaian();
    s.adjustments.vetoes = [{ flag: 'safety-accident', effect: 'forceD', source: 'user setting' }];
    const x = explain(withViolation(BING, 'safety-accident'), s, BING);
    expect(x?.class).toBe('D');
    expect(x?.classBeforeVeto).toBe('B');
    expect(x?.nextClass).toMatchObject({ status: 'veto', byFigure: [] });
    expect(x?.adjustments[0]?.text.zh).toContain('一票否决');
  });

  it('capC: blocks the way above C, but a D firm can still reach C', () => {
    const s = huaian();
    s.adjustments.vetoes = [{ flag: 'environmental-violation', effect: 'capC', source: 'user setting' }];
    const capped = explain(withViolation(YI, 'environmental-violation'), s, YI);
    expect([capped?.class, capped?.nextClass.status]).toEqual(['C', 'veto']);
    // 丁 (19.12, D): C has 4 places; the others rank 甲, 乙, 丙, 戊, so 丁 must pass 戊 (20.34); 丁's taxPerMu 80/20 = 4 < 5 loses the tie → 20.35.
    const d = explain(withViolation(DING, 'environmental-violation'), s, DING);
    expect(d?.nextClass).toMatchObject({ status: 'reachable', targetClass: 'C', targetTotal: '20.35', pointsNeeded: '1.23' });
  });

  it('a pool under the minimum size keeps the fallback class', () => {
    const x = explain(RECORDS.slice(0, 4), huaian(), BING);
    expect(x?.class).toBe('B');
    expect(x?.nextClass.status).toBe('small-pool');
  });

  it('bonus and penalty points are part of the sum', () => {
    const s = huaian();
    s.adjustments.bonuses = [{ flag: 'high-tech', points: 2, source: 'user setting' }];
    s.adjustments.penalties = [{ flag: 'illegal-land-use', points: 1.5, source: 'user setting' }];
    const records = RECORDS.map((r) => (r.creditCode === WU ? { ...r, flags: ['high-tech'], violations: ['illegal-land-use'] } : r));
    // 20.3365… + 2 − 1.5 = 20.8365… → 20.84.
    const x = explain(records, s, WU);
    expect(x?.sum).toBe('8.68 + 9.09 + 2.57 + 2.00 − 1.50 = 20.84');
    expect(x?.adjustments.map((a) => a.text.en)).toEqual(['high-tech enterprise: bonus 2.00 points', 'illegal land use: penalty -1.50 points']);
    // The Chinese half names the flags in Chinese, not by their ids.
    expect(x?.adjustments.map((a) => a.text.zh)).toEqual(['高新技术企业：加分 2.00', '违法用地：减分 -1.50']);
  });

  const alone = (method: 'percentile' | 'minMax'): Scheme => {
    const s = huaian();
    const group = s.groups[0];
    if (group === undefined) throw new Error('preset has a group');
    const normalisation = method === 'percentile' ? { method } : { method, floorBand: 20 };
    group.indicators = [{ id: 'taxPerMu', weight: 100, normalisation, benchmark: { kind: 'pool', method: 'aggregate', multiple: 1 } }];
    return s;
  };

  it.each(['percentile', 'minMax'] as const)('%s: the firm’s own figure, never another firm’s value', (method) => {
    // taxPerMu: 丁 4, 戊 5, 丙 12.5, 乙 16.67, 甲 30. percentile: 0, 25, 50, 75, 100; min-max (band 20): 丙 20 + 80 × 8.5/26.
    // 戊 (C) must rank above 丙: its taxPerMu above 12.5 (at 12.5 they tie and 丙 wins on taxPerMu, then code) —
    // tax above 12.5 × 4 = 50, or land below 20 / 12.5 = 1.6 亩. Moving past 丙 also moves 丙 down (percentile).
    const x = explain(RECORDS, alone(method), WU);
    expect(x?.class).toBe('C');
    expect(x?.nextClass.byFigure.map((p) => [p.field, p.needed, p.class])).toEqual([
      ['taxWan', '50.01', 'B'],
      ['landOwnedMu', '1.59', 'B'],
    ]);
    for (const p of x?.nextClass.byFigure ?? []) expect(after(RECORDS, alone(method), WU, p.field, p.needed)).toEqual([p.total, 'B']);
    expect(after(RECORDS, alone(method), WU, 'taxWan', '50')[1]).toBe('C');
  });
});

describe('explain: lower-is-better, totals rounded down (a regression found by a law)', () => {
  // One indicator, salesPerMu lower-is-better, w 0.6, fixed B 99; two firms, quota B 50 % / D (literal: 1 place in B),
  // totals rounded 'down' to 2 decimals. Neither reports sales → both score 0 (missing: zero) and show 0.00; 甲 has
  // taxPerMu 1, 乙 none, so 乙 loses the tie and is D. Its target is 0.00 + 0.01 (taxPerMu is not scored, so the tie
  // is assumed lost). With sales of 300 on 1 亩, 乙 must score 0.01: x ≤ 99 × (2 − 2 × 0.01 / 0.6) = 194.7, where
  // evaluate's 40 digits give 0.00999…9, shown 0.00 by 'down' — the value stated is the one evaluated, so it holds.
  const scheme = parseScheme({
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
  });
  const records: EnterpriseRecord[] = [
    { creditCode: JIA, name: '甲', scale: 'above', landOwnedMu: '1', taxWan: '1' },
    { creditCode: YI, name: '乙', scale: 'above', landOwnedMu: '1' },
  ];

  it('gives a sales figure that, put in, reaches the target total and class', () => {
    const x = explain(records, scheme, YI);
    expect(x?.class).toBe('D');
    expect(x?.nextClass).toMatchObject({ status: 'reachable', targetClass: 'B', targetTotal: '0.01' });
    // 乙 reports no sales, so there is no figure to change: no path, and the text says so.
    expect(x?.nextClass.byFigure).toEqual([]);
    const withSales = records.map((r) => (r.creditCode === YI ? { ...r, salesWan: '300' } : r));
    const y = explain(withSales, scheme, YI);
    const path = y?.nextClass.byFigure[0];
    expect(path).toMatchObject({ field: 'salesWan', direction: 'lower' });
    expect(Number(path?.needed)).toBeLessThanOrEqual(194.7);
    expect(after(withSales, scheme, YI, 'salesWan', path?.needed ?? '')).toEqual([path?.total, 'B']);
  });
});

describe('explain: a figure whose way up lies beyond 2⁵³ steps (a hang found by a law)', () => {
  // One indicator, valueAddedPerMu ratio against a fixed 10¹⁴ 万元/亩 without a cap, weight 100; class A from 500 points.
  // 甲 adds 999 999 999 999.99 万元 on 1 亩: 100 × 10¹² / 10¹⁴ = 1.00 point, class D. A asks for 5 × 10¹⁴ 万元, some
  // 5 × 10¹⁶ steps of 0.01 past today's figure. The search for it ran past 2⁵³, where halving a range of steps held in
  // floats stops moving, and explain never returned. A way up is searched only within 2⁵³ − 1 steps of the figure's
  // precision (here about 90 times the figure); beyond that it is not offered.
  const scheme = aboveScaleScheme(
    'far',
    { indicators: [{ id: 'valueAddedPerMu', weight: 100, normalisation: { method: 'ratio' }, benchmark: { kind: 'fixed', value: 1e14 } }] },
    {
      classes: {
        mode: 'threshold',
        tiers: [
          { id: 'A', name: '优先发展类', nameEn: 'priority development', minTotal: 500 },
          { id: 'D', name: '倒逼整治类', nameEn: 'forced rectification' },
        ],
        smallPool: { counting: 'literal', minPoolSize: 1, fallbackClass: 'D' },
      },
    },
  );
  const records: EnterpriseRecord[] = [{ creditCode: JIA, name: '甲', scale: 'above', landOwnedMu: '1', valueAddedWan: '999999999999.99' }];

  it('returns, offering no value added past 2⁵³ − 1 steps, and any way it offers holds', { timeout: 20_000 }, () => {
    const x = explain(records, scheme, JIA);
    expect([x?.total, x?.class]).toEqual(['1.00', 'D']);
    expect(x?.nextClass.byFigure.map((p) => p.field)).not.toContain('valueAddedWan');
    for (const p of x?.nextClass.byFigure ?? []) expect(after(records, scheme, JIA, p.field, p.needed)).toEqual([p.total, 'A']);
  });
  it('still finds a far way up within 2⁵³ − 1 steps (A from 50 points: 5 × 10¹³ 万元)', { timeout: 20_000 }, () => {
    const near = parseScheme({ ...scheme, classes: { ...scheme.classes, tiers: [{ ...scheme.classes.tiers[0], minTotal: 50 }, scheme.classes.tiers[1]] } });
    const path = explain(records, near, JIA)?.nextClass.byFigure.find((p) => p.field === 'valueAddedWan');
    expect(path?.direction).toBe('raise');
    expect(new Dec(path?.needed ?? '0').gte('50000000000000')).toBe(true);
    expect(after(records, near, JIA, 'valueAddedWan', path?.needed ?? '')).toEqual([path?.total, 'A']);
  });
});
