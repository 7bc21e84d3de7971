import type { FiscalFigures, FiscalSummary } from '../apply/types.js';
import { Dec } from '@mujun/core/engine';
import type { FiscalDelta } from './types.js';

function diff(a: FiscalFigures | null, b: FiscalFigures | null): FiscalDelta['delta'] {
  const d = (k: 'surchargeRevenue' | 'reliefForgone' | 'net') => new Dec(b?.[k] ?? 0).minus(a?.[k] ?? 0).toFixed(2);
  return { surchargeRevenue: d('surchargeRevenue'), reliefForgone: d('reliefForgone'), net: d('net') };
}

/** Scenario − baseline fiscal figures, in total and by class. */
export function fiscalDelta(a: FiscalSummary, b: FiscalSummary): FiscalDelta {
  const classes = [...new Set([...Object.keys(a.byClass), ...Object.keys(b.byClass)])].sort();
  return {
    baseline: a.total,
    scenario: b.total,
    delta: diff(a.total, b.total),
    byClass: Object.fromEntries(
      classes.map((c) => {
        const x = a.byClass[c] ?? null;
        const y = b.byClass[c] ?? null;
        return [c, { baseline: x, scenario: y, delta: diff(x, y) }];
      }),
    ),
  };
}
