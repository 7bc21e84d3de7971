import { describe, expect, it } from 'vitest';
import { bilingualPart } from './bilingualPart.js';

describe('bilingualPart: one language of an engine text', () => {
  it('splits a plain 中文 / English text', () => {
    const t = '投产不满 2 年 (投产 2023-09-01) / in production fewer than 2 years at 2024-12-31';
    expect(bilingualPart(t, 'zh')).toBe('投产不满 2 年 (投产 2023-09-01)');
    expect(bilingualPart(t, 'en')).toBe('in production fewer than 2 years at 2024-12-31');
  });

  it('gives each half of an inner bilingual value to its language', () => {
    const exempt = '免评行业 D46 / exempt industry D46: 水的生产和供应业（含污水处理）/ water supply and sewage treatment (utility)';
    expect(bilingualPart(exempt, 'zh')).toBe('免评行业 D46：水的生产和供应业（含污水处理）');
    expect(bilingualPart(exempt, 'en')).toBe('exempt industry D46: water supply and sewage treatment (utility)');
    const land = '有效用地面积须大于 0 / effective land must be > 0, found 无用地数据 / no land figures';
    expect(bilingualPart(land, 'zh')).toBe('有效用地面积须大于 0：无用地数据');
    expect(bilingualPart(land, 'en')).toBe('effective land must be > 0, found no land figures');
    expect(bilingualPart('有效用地面积须大于 0 / effective land must be > 0, found -2 亩', 'en')).toBe('effective land must be > 0, found -2 mu');
  });

  it('names a flag in Chinese where the Chinese half carries its id', () => {
    expect(bilingualPart('免评 (high-tech) / exempt (high-tech): x', 'zh')).toBe('免评 （高新技术企业）');
  });
});
