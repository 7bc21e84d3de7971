import { columnarFromRecords, getPreset, parseScheme, type EnterpriseRecord, type Scheme } from '@mujun/core';
import { describe, expect, it } from 'vitest';
import { indicatorFigures } from './figures.js';
import { figuresNeeded } from './figuresNeeded.js';

const firm = (n: number, scale: 'above' | 'below', keyPolluter = false): EnterpriseRecord => ({
  creditCode: `code-${n}`,
  name: `firm ${n}`,
  scale,
  ...(keyPolluter ? { keyPolluter } : {}),
});
const summary = (scheme: Scheme, records: EnterpriseRecord[]) =>
  Object.fromEntries(figuresNeeded(scheme, columnarFromRecords(records)).map((n) => [n.figure, { firms: n.firms, required: n.required }]));

describe('indicatorFigures', () => {
  it('is what each indicator divides (DOMAIN.md §3), by variant for labour productivity', () => {
    expect(indicatorFigures({ id: 'taxPerMu' })).toEqual(['tax', 'land']);
    expect(indicatorFigures({ id: 'valueAddedPerEmission' })).toEqual(['valueAdded', 'emission']);
    expect(indicatorFigures({ id: 'rdIntensity' })).toEqual(['rd', 'sales']);
    expect(indicatorFigures({ id: 'laborProductivity' })).toEqual(['valueAdded', 'employees']);
    expect(indicatorFigures({ id: 'laborProductivity', variant: 'sales' })).toEqual(['sales', 'employees']);
  });
});

describe('figuresNeeded', () => {
  const wujin = getPreset('changzhou-wujin');

  it('规下 firms only: the 规下 group’s figures (tax, sales, energy), not what only 规上 indicators use', () => {
    expect(summary(wujin, [firm(1, 'below'), firm(2, 'below')])).toEqual({
      land: { firms: 2, required: true },
      scale: { firms: 2, required: false },
      tax: { firms: 2, required: false },
      sales: { firms: 2, required: false },
      energy: { firms: 2, required: false },
    });
  });

  it('counts each firm in the first group it belongs to: key polluters apart from the 规上 group', () => {
    const s = summary(wujin, [firm(1, 'above'), firm(2, 'above', true), firm(3, 'below')]);
    // emissions: 规上 (1) and key polluters (2); tax: all three groups.
    expect(s['emission']).toEqual({ firms: 2, required: false });
    expect(s['tax']).toEqual({ firms: 3, required: false });
    expect(s['valueAdded']).toEqual({ firms: 2, required: false });
  });

  it('laborProductivity by sales needs sales and employees, not value added; an exclude rule makes them required', () => {
    const scheme = parseScheme({
      ...wujin,
      scope: { ...wujin.scope, keyPolluterPrecedence: false },
      groups: [
        {
          ...wujin.groups[0]!,
          membership: { scale: 'any' },
          indicators: [{ ...wujin.groups[0]!.indicators[0]!, id: 'laborProductivity', variant: 'sales' }],
          missing: { sales: 'exclude', employees: 'exclude' },
        },
      ],
    });
    expect(summary(scheme, [firm(1, 'above')])).toEqual({
      land: { firms: 1, required: true },
      sales: { firms: 1, required: true },
      employees: { firms: 1, required: true },
    });
  });

  it('黄岩 counts emissions in pollutant tonnes: equivalents do not give the figure', () => {
    const emission = (id: string) => figuresNeeded(getPreset(id), columnarFromRecords([firm(1, 'above')])).find((n) => n.figure === 'emission')!.fields;
    expect(emission('zhejiang-huangyan-2022')).toEqual(['codT', 'ammoniaNitrogenT', 'so2T', 'noxT']);
    expect(emission('changzhou-wujin')).toEqual(['emissionEq', 'codT', 'ammoniaNitrogenT', 'so2T', 'noxT']);
  });

  it('only some records: their needs, as if they were all there is', () => {
    const firms = [firm(1, 'above'), firm(2, 'above', true), firm(3, 'below')];
    for (const i of [0, 1, 2]) expect(figuresNeeded(wujin, columnarFromRecords(firms), [i])).toEqual(figuresNeeded(wujin, columnarFromRecords([firms[i]!])));
    expect(summary(wujin, [firms[2]!])['valueAdded']).toBeUndefined(); // the 规下 firm alone needs no value added
  });

  it('no records: nothing is needed', () => {
    expect(figuresNeeded(wujin, columnarFromRecords([])).map((n) => n.figure)).toEqual(['scale']);
  });
});
