import * as fc from 'fast-check';
import type { ConsumptionFigures } from '../apply/types.js';
import { arbAmount } from './amounts.js';

/** Options of {@link arbConsumption}. */
export interface ConsumptionOptions {
  /** Every firm has every figure (default false: some are missing, as in real data). */
  complete?: boolean | undefined;
  /** Largest electricity use, kWh (default 10⁸). */
  maxElectricityKwh?: number | undefined;
  /** Largest gas use, m³ (default 10⁷). */
  maxGasM3?: number | undefined;
  /** Largest water use, t (default 10⁷). */
  maxWaterT?: number | undefined;
  /** Largest land area, m² (default 10⁶). */
  maxLandM2?: number | undefined;
}

/**
 * Consumption figures for the given firms (`applyPolicies`' `options.consumption`): electricity
 * (kWh), gas (m³), water (t) and land (m²) as exact decimal strings, some missing unless
 * `complete` — a firm without a figure gets the measure in `skipped`, never a silent zero.
 *
 * @example
 * const consumption = arbConsumption(evaluation.results.map((r) => r.creditCode), { complete: true });
 */
export function arbConsumption(creditCodes: readonly string[], options: ConsumptionOptions = {}): fc.Arbitrary<Record<string, ConsumptionFigures>> {
  const figure = (max: number) => (options.complete === true ? arbAmount(max, 2) : fc.option(arbAmount(max, 2), { nil: undefined, freq: 5 }));
  const firm = fc
    .record({
      electricityKwh: figure(options.maxElectricityKwh ?? 1e8),
      gasM3: figure(options.maxGasM3 ?? 1e7),
      waterT: figure(options.maxWaterT ?? 1e7),
      landM2: figure(options.maxLandM2 ?? 1e6),
    })
    .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as ConsumptionFigures);
  return fc.tuple(...creditCodes.map(() => firm)).map((figures) => Object.fromEntries(creditCodes.map((code, i) => [code, figures[i] as ConsumptionFigures])));
}
