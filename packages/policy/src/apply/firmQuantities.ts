import type { EnterpriseRecord } from '@mujun/core';
import type { SurchargeBase } from '../catalog/measure.js';
import { Dec, KWH_PER_WAN_KWH, M2_PER_MU } from '../internal/decimal.js';
import type { AmountCalculation, ConsumptionFigures } from './types.js';

/** A quantity a rate applies to, with its unit and origin. */
export type Quantity = Pick<AmountCalculation, 'quantity' | 'unit' | 'quantityFrom'>;

/**
 * The surcharge base of a firm: the consumption map first (the user's figure wins), then the
 * record (electricity 万kWh × 10 000). Undefined when nobody gave the figure.
 */
export function surchargeQuantity(
  base: SurchargeBase,
  consumption: ConsumptionFigures | undefined,
  record: EnterpriseRecord | undefined,
): Quantity | undefined {
  if (base === 'electricityKwh') {
    if (consumption?.electricityKwh !== undefined) return { quantity: consumption.electricityKwh, unit: 'kWh', quantityFrom: 'consumption' };
    if (record?.electricityWanKwh !== undefined) {
      return { quantity: new Dec(record.electricityWanKwh).times(KWH_PER_WAN_KWH).toString(), unit: 'kWh', quantityFrom: 'record' };
    }
    return undefined;
  }
  if (base === 'gasM3') return consumption?.gasM3 === undefined ? undefined : { quantity: consumption.gasM3, unit: 'm3', quantityFrom: 'consumption' };
  return consumption?.waterT === undefined ? undefined : { quantity: consumption.waterT, unit: 't', quantityFrom: 'consumption' };
}

/**
 * The land area 城镇土地使用税 is levied on, in m²: the consumption map's landM2, else the
 * land-use-right area of the record (landOwnedMu × 10 000/15; the holder pays the tax), else the
 * evaluated land (landMu); undefined when none is known. Never negative.
 */
export function landQuantity(
  consumption: ConsumptionFigures | undefined,
  record: EnterpriseRecord | undefined,
  landMu: string | null,
): Quantity | undefined {
  if (consumption?.landM2 !== undefined) return { quantity: consumption.landM2, unit: 'm2', quantityFrom: 'consumption' };
  if (record?.landOwnedMu !== undefined) return { quantity: toM2(record.landOwnedMu), unit: 'm2', quantityFrom: 'record' };
  if (landMu === null) return undefined;
  return { quantity: toM2(landMu), unit: 'm2', quantityFrom: 'evaluation' };
}

function toM2(mu: string): string {
  return Dec.max(0, new Dec(mu).times(M2_PER_MU)).toString();
}
