import type { IndicatorSpec } from '../schema/scheme.js';
import type { FactName } from './factColumns.js';

/** DOMAIN.md §3: the numerator and denominator facts of an indicator (the one table of formulas). */
export function indicatorFacts(spec: Pick<IndicatorSpec, 'id' | 'variant'>): [FactName, FactName] {
  switch (spec.id) {
    case 'taxPerMu':
      return ['tax', 'landMu'];
    case 'salesPerMu':
      return ['sales', 'landMu'];
    case 'valueAddedPerMu':
      return ['valueAdded', 'landMu'];
    case 'taxPerEnergy':
      return ['tax', 'energy'];
    case 'taxPerElectricity':
      return ['tax', 'electricity'];
    case 'valueAddedPerEnergy':
      return ['valueAdded', 'energy'];
    case 'taxPerEmission':
      return ['tax', 'emission'];
    case 'valueAddedPerEmission':
      return ['valueAdded', 'emission'];
    case 'laborProductivity':
      return [spec.variant === 'sales' ? 'sales' : 'valueAdded', 'employees'];
    case 'rdIntensity':
      return ['rd', 'sales'];
    case 'salesPerEnergy':
      return ['sales', 'energy'];
    case 'salesPerEmission':
      return ['sales', 'emission'];
    case 'techInvestmentPerMu':
      return ['techInvestment', 'landMu'];
  }
}
