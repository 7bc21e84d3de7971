import { describe, expect, it } from 'vitest';
import { CoreError } from '../errors.js';
import { evaluate } from '../evaluate/evaluate.js';
import { parseScheme } from '../schema/parseScheme.js';
import type { Scheme } from '../schema/scheme.js';
import { validateScheme } from '../schema/validateScheme.js';
import { CHANGZHOU_WUJIN } from './changzhouWujin.js';
import { DEFAULT_SCHEME_ID, getPreset, listPresets } from './getPreset.js';
import { HUAIAN_2024 } from './huaian2024.js';
import { JINGDE_2022 } from './jingde2022.js';
import { ZHEJIANG_HUANGYAN_2021, ZHEJIANG_HUANGYAN_2022 } from './zhejiangHuangyan.js';

const ALL = [CHANGZHOU_WUJIN, ZHEJIANG_HUANGYAN_2022, ZHEJIANG_HUANGYAN_2021, HUAIAN_2024, JINGDE_2022];

describe('presets', () => {
  it.each(ALL.map((p) => [p.id, p] as const))('%s passes validateScheme without warnings, cites a source and says what is published', (_, preset) => {
    const v = validateScheme(preset);
    if (!v.success) throw new Error(v.error.issues.map((i) => i.message).join('\n'));
    expect(v.warnings).toEqual([]);
    // getPreset hands the preset out without a parse, so it must be what the parse returns: every
    // default written out, nothing dropped, in the schema's order (as `score init` writes it).
    expect(JSON.stringify(v.data, null, 2)).toBe(JSON.stringify(preset, null, 2));
    expect(JSON.stringify(getPreset(preset.id))).toBe(JSON.stringify(preset));
    expect(v.data.sources.length).toBeGreaterThan(0);
    expect(v.data.provenance).toMatch(/Published/);
    expect(v.data.provenance).toMatch(/choice/);
    // No source gives bonus or penalty points, so no preset may invent them.
    expect(v.data.adjustments.bonuses).toEqual([]);
    expect(v.data.adjustments.penalties).toEqual([]);
  });

  it.each(ALL.map((p) => [p.id, p] as const))('%s sets the pool and quota readings no source states, and its provenance says them', (_, preset) => {
    // As getPreset gives it (and score init writes it): the schema's defaults filled in.
    const { classes } = getPreset(preset.id);
    expect(classes.smallPool).toMatchObject({ minPoolSize: 5, fallbackClass: 'B', benchmarkOn: 'group', lastClass: 'rest' });
    expect(classes).toMatchObject({ blankCounty: 'exclude', vetoedFirms: 'keepPlace' });
    for (const said of [/under 5 firms .* benchmarked on their whole group/, /without a county/, /后5%.* at least 5%/, /vetoed firms keep their quota place/])
      expect(preset.provenance).toMatch(said);
  });

  it('survives a JSON round trip (presets are plain data a user can save and edit)', () => {
    for (const p of ALL) {
      const v = validateScheme(JSON.parse(JSON.stringify(getPreset(p.id))));
      expect(v.data).toEqual(getPreset(p.id));
    }
  });

  it('lists every preset, the default first, and finds them by id', () => {
    expect(DEFAULT_SCHEME_ID).toBe('changzhou-wujin');
    expect(listPresets().map((p) => [p.id, p.isDefault])).toEqual([
      ['changzhou-wujin', true],
      ['zhejiang-huangyan-2022', false],
      ['zhejiang-huangyan-2021', false],
      ['huaian-2024', false],
      ['jingde-2022', false],
    ]);
    expect(getPreset().id).toBe('changzhou-wujin');
    expect(() => getPreset('nowhere')).toThrowError(CoreError);
    try {
      getPreset('nowhere');
    } catch (e: unknown) {
      expect(e instanceof CoreError && e.code).toBe('unknown-preset');
    }
  });

  it('gives each call its own object', () => {
    const a = getPreset('huaian-2024');
    a.groups[0]!.indicators[0]!.weight = 99;
    expect(getPreset('huaian-2024').groups[0]!.indicators[0]!.weight).toBe(45);
  });

  it('is ready for evaluate, as validateScheme’s result is; a copy is not until validated again', () => {
    const records = [{ creditCode: '91320583MA1MUFPE38', name: '甲', scale: 'above' as const, landOwnedMu: '10', taxWan: '100' }];
    expect(evaluate(records, getPreset('huaian-2024')).accounting.records).toBe(1);
    const copy = { ...getPreset('huaian-2024') } as unknown as Scheme;
    expect(() => evaluate(records, copy)).toThrowError(expect.objectContaining({ code: 'unvalidated-scheme' }));
    expect(() => evaluate(records, structuredClone(getPreset('huaian-2024')))).toThrowError(expect.objectContaining({ code: 'unvalidated-scheme' }));
    expect(evaluate(records, parseScheme(copy))).toEqual(evaluate(records, getPreset('huaian-2024')));
  });

  it('carries the published weights and benchmarks', () => {
    const wujin = getPreset('changzhou-wujin');
    const weights = (g: number) => wujin.groups[g]!.indicators.map((i) => [i.id, i.weight]);
    expect(wujin.groups.map((g) => g.id)).toEqual(['above-scale', 'below-scale', 'key-polluter']);
    expect(weights(0)).toEqual([
      ['taxPerMu', 40],
      ['salesPerMu', 20],
      ['taxPerEnergy', 10],
      ['taxPerEmission', 10],
      ['laborProductivity', 10],
      ['rdIntensity', 10],
    ]);
    expect(weights(1)).toEqual([
      ['taxPerMu', 45],
      ['salesPerMu', 35],
      ['taxPerEnergy', 20],
    ]);
    expect(weights(2)).toEqual(weights(0));
    const hy = getPreset('zhejiang-huangyan-2021');
    expect(hy.groups.flatMap((g) => g.indicators.map((i) => (i.benchmark.kind === 'fixed' ? i.benchmark.value : null)))).toEqual([
      26.01, 132.27, 2.54, 4861.08, 17.45, 0.0305, 16.601058, 0.236565,
    ]);
    const ha = getPreset('huaian-2024').groups[0]!.indicators;
    expect(ha.map((i) => [i.id, i.weight, i.benchmark])).toEqual([
      ['taxPerMu', 45, { kind: 'pool', method: 'aggregate', multiple: 2 }],
      ['salesPerMu', 35, { kind: 'pool', method: 'aggregate', multiple: 2 }],
      ['taxPerEnergy', 20, { kind: 'pool', method: 'aggregate', multiple: 2 }],
    ]);
    expect(getPreset('jingde-2022').groups[0]!.indicators.every((i) => i.normalisation.method === 'minMax' && i.normalisation.floorBand === 20)).toBe(true);
  });

  it('follow their sources: 旌德’s indicator sets and 5-亩 threshold, 黄岩’s pollutant tonnes', () => {
    const jd = getPreset('jingde-2022');
    expect(jd.groups.map((g) => g.indicators.map((i) => i.id))).toEqual([
      ['taxPerMu', 'salesPerMu', 'techInvestmentPerMu', 'laborProductivity', 'salesPerEmission', 'rdIntensity', 'salesPerEnergy'],
      ['taxPerMu', 'salesPerEnergy', 'salesPerEmission'],
    ]);
    expect(jd.scope.belowScaleLandThresholdMu).toBe(5);
    expect(jd.provenance).toMatch(/weights.*this project’s choices|not published/i);
    const hy = getPreset('zhejiang-huangyan-2022');
    expect(hy.emissionBasis).toBe('tonnes');
    expect(hy.groups.map((g) => g.missing)).toEqual([{ emission: 'poolAverage' }, {}]);
    expect(hy.scope.belowScaleLandThresholdMu).toBe(3);
  });

  it('jingde-2022 scores 规下 firms on tax per mu, sales per tce and sales per pollution equivalent', () => {
    // 01: 10 亩, tax 50, sales 1000, 100 tce, 1 t COD (1000 equivalents) → 5, 10, 1: the pool minimum
    // everywhere, 20 % of each weight: 10 + 5 + 5 = 20. 02: tax 100, sales 3000 → 10, 30, 3: the
    // maximum, 50 + 25 + 25 = 100.
    const firm = (n: number, taxWan: string, salesWan: string) => ({
      creditCode: `91341825MA2T0000${String(n).padStart(2, '0')}`,
      name: `旌德${n}`,
      scale: 'below' as const,
      landOwnedMu: '10',
      taxWan,
      salesWan,
      energyTce: '100',
      codT: '1',
    });
    const e = evaluate([firm(1, '50', '1000'), firm(2, '100', '3000')], getPreset('jingde-2022'));
    expect(e.results.map((r) => [r.creditCode.slice(-2), r.indicators.map((i) => [i.value, i.score]), r.total])).toEqual([
      [
        '02',
        [
          ['10', '50.00'],
          ['30', '25.00'],
          ['3', '25.00'],
        ],
        '100.00',
      ],
      [
        '01',
        [
          ['5', '10.00'],
          ['10', '5.00'],
          ['1', '5.00'],
        ],
        '20.00',
      ],
    ]);
  });
});
