import { describe, expect, it } from 'vitest';
import type { PolicyCatalog } from '../catalog/catalog.js';
import { getPolicyPreset } from '../presets/presets.js';
import { evaluationOf, scoredFirm } from '../test/testing.js';
import { applyPolicies } from './applyPolicies.js';

describe('applyPolicies checks its catalog', () => {
  const evaluation = evaluationOf([scoredFirm({ creditCode: 'D1', class: 'D' })]);

  it('throws PolicyError invalid-catalog naming the place, not a TypeError, for a catalog that was never validated', () => {
    const parsedJson = { id: 'mine', title: { zh: '我的', en: 'mine' }, measures: [{ id: 'm', appliesTo: { classes: ['D'] } }] };
    expect(() => applyPolicies(evaluation, parsedJson as unknown as PolicyCatalog)).toThrow(
      expect.objectContaining({
        name: 'PolicyError',
        code: 'invalid-catalog',
        details: expect.arrayContaining([expect.stringMatching(/^measures\[0\]\.name: /)]),
      }),
    );
  });

  it('throws invalid-catalog for cross-reference errors too (an undeclared setting)', () => {
    const preset = getPolicyPreset('nanjing-2018');
    const broken = { ...preset, settings: {} };
    expect(() => applyPolicies(evaluation, broken)).toThrow(expect.objectContaining({ code: 'invalid-catalog' }));
  });

  it('applies a valid catalog as before', () => {
    const out = applyPolicies(evaluation, getPolicyPreset('shandong-2022-electricity'), { consumption: { D1: { electricityKwh: '1000' } } });
    expect(out.firms[0]?.surcharge).toBe('50.00');
  });
});
