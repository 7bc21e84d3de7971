import { getPreset, validateScheme, type Scheme } from '@mujun/core';
import { describe, expect, it } from 'vitest';
import { resultsLayout } from './resultsLayout.js';

const scheme = (id: string): Scheme => {
  const v = validateScheme(getPreset(id));
  if (!v.success) throw new Error('preset invalid');
  return v.data;
};

describe('resultsLayout: the one definition of the results table', () => {
  it('lists the fixed columns, a value and a score column per indicator of the scheme, then the notes', () => {
    const layout = resultsLayout(scheme('changzhou-wujin'));
    const ids = layout.map((c) => c.id);
    expect(ids.slice(0, 12)).toEqual([
      'year',
      'credit_code',
      'name',
      'county',
      'group',
      'status',
      'class',
      'class_name',
      'total',
      'rank',
      'pool_size',
      'land_mu',
    ]);
    expect(ids.slice(12, 14)).toEqual(['taxPerMu', 'taxPerMu_score']);
    expect(ids.slice(-3)).toEqual(['imputed', 'adjustments', 'detail']);
    expect(layout.find((c) => c.id === 'taxPerMu')).toEqual({
      id: 'taxPerMu',
      zh: '亩均税收',
      en: 'taxPerMu',
      unit: { zh: '万元/亩', en: '10⁴ yuan/mu' },
      kind: 'number',
      shown: 'six-digits',
    });
    expect(layout.find((c) => c.id === 'credit_code')).toMatchObject({ kind: 'code', shown: 'code' });
    expect(layout.find((c) => c.id === 'total')).toMatchObject({ kind: 'number', shown: 'score', unit: { zh: '分', en: 'points' } });
  });

  it('adds the policy amounts and measures before the notes when policies are applied', () => {
    const ids = resultsLayout(scheme('changzhou-wujin'), { policies: true }).map((c) => c.id);
    expect(ids.slice(-4)).toEqual(['surcharge_yuan', 'relief_yuan', 'measures', 'detail']);
  });

  it('is plain data (an .xlsx writer can take it as it is)', () => {
    const layout = resultsLayout(scheme('zhejiang-huangyan-2022'));
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });
});
