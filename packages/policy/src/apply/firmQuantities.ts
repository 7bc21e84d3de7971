import type { SurchargeBase } from '../catalog/measure.js';
import { exactOf, exactText, quotientText, times, type Exact } from './exactMoney.js';
import type { SubjectFigures } from './policySubject.js';
import type { AmountCalculation, ConsumptionFigures } from './types.js';

/**
 * A quantity a rate applies to: what the firm is shown (unit, origin, full-precision value), and
 * the same value as an exact fraction num / den, so an amount is one rounding of whole numbers.
 */
export interface Quantity {
  shown: Pick<AmountCalculation, 'quantity' | 'unit' | 'quantityFrom'>;
  num: Exact;
  den: bigint;
}

/** Why a firm has no land-use-tax base although it uses land: it is a tenant, the holder pays. */
export const TENANT = 'tenant';

/** 万 (kWh per 万kWh; m² × 15 per 亩, with den 15). */
const TEN_THOUSAND: Exact = { digits: 10000n, scale: 0 };

function given(value: string, unit: AmountCalculation['unit'], quantityFrom: AmountCalculation['quantityFrom']): Quantity {
  return { shown: { quantity: value, unit, quantityFrom }, num: exactOf(value), den: 1n };
}

/**
 * The surcharge base of a firm: the consumption map first (the user's figure wins), then the
 * record (electricity 万kWh × 10 000). Undefined when nobody gave the figure.
 */
export function surchargeQuantity(base: SurchargeBase, consumption: ConsumptionFigures | undefined, figures: SubjectFigures | null): Quantity | undefined {
  if (base === 'electricityKwh') {
    if (consumption?.electricityKwh !== undefined) return given(consumption.electricityKwh, 'kWh', 'consumption');
    const wan = figures?.electricityWanKwh;
    if (wan !== undefined) {
      const kwh = times(exactOf(wan), TEN_THOUSAND);
      return { shown: { quantity: exactText(kwh), unit: 'kWh', quantityFrom: 'record' }, num: kwh, den: 1n };
    }
    return undefined;
  }
  if (base === 'gasM3') return consumption?.gasM3 === undefined ? undefined : given(consumption.gasM3, 'm3', 'consumption');
  return consumption?.waterT === undefined ? undefined : given(consumption.waterT, 't', 'consumption');
}

/**
 * The land area 城镇土地使用税 is levied on, in m²: the consumption map's landM2; else the firm's
 * land-use-right area (landOwnedMu × 10 000/15) — the holder pays the tax, also on land it leases
 * out; else {@link TENANT} when its land is leased in (the lessor holds it and pays); else, when no
 * record was given at all, the evaluated land (landMu); undefined when none is known. Never negative.
 */
export function landQuantity(
  consumption: ConsumptionFigures | undefined,
  figures: SubjectFigures | null,
  landMu: string | null,
): Quantity | typeof TENANT | undefined {
  if (consumption?.landM2 !== undefined) return given(consumption.landM2, 'm2', 'consumption');
  if (figures !== null) {
    if (figures.landOwnedMu !== undefined) return fromMu(figures.landOwnedMu, 'record');
    return figures.leasesLand ? TENANT : undefined;
  }
  if (landMu === null) return undefined;
  return fromMu(landMu, 'evaluation');
}

/** 亩 → m² as the exact fraction mu × 10 000 / 15 (1 亩 = 10 000/15 m²), shown to 40 significant digits; a negative area as 0. */
function fromMu(mu: string, quantityFrom: AmountCalculation['quantityFrom']): Quantity {
  const num = times(exactOf(mu), TEN_THOUSAND);
  return { shown: { quantity: quotientText(num.digits, 15n * 10n ** BigInt(num.scale)), unit: 'm2', quantityFrom }, num, den: 15n };
}
