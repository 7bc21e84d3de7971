import fc from 'fast-check';
import { expect, it } from 'vitest';
import { arbPublishableScheme } from './publishableScheme.js';
import { arbScheme } from './scheme.js';

const methods = (s: { groups: { indicators: { normalisation: { method: string } }[] }[] }) =>
  s.groups.flatMap((g) => g.indicators.map((i) => i.normalisation.method));

it('arbScheme draws lower-is-better indicators; arbPublishableScheme never does, and draws the three others', () => {
  const drawn = new Set<string>();
  fc.assert(
    fc.property(arbPublishableScheme(), (scheme) => {
      for (const m of methods(scheme)) drawn.add(m);
    }),
    { numRuns: 100 },
  );
  expect([...drawn].sort()).toEqual(['minMax', 'percentile', 'ratio']);
  expect(fc.sample(arbScheme(), { numRuns: 100, seed: 1 }).some((s) => methods(s).includes('lowerIsBetter'))).toBe(true);
});

it('arbPublishableScheme keeps the narrowing options, dropping lowerIsBetter from them', () => {
  for (const s of fc.sample(arbPublishableScheme({ normalisations: ['lowerIsBetter', 'ratio'], benchmarks: ['fixed'] }), { numRuns: 50, seed: 2 })) {
    expect(new Set(methods(s))).toEqual(new Set(['ratio']));
    for (const g of s.groups) for (const i of g.indicators) expect(i.benchmark.kind).toBe('fixed');
  }
});
