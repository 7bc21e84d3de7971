import type { FactName } from '../../fast/factColumns.js';
import { FIGURES } from '../../labels/figures.js';
import { FIELD_LABELS } from '../../labels/labels.js';
import type { NumericField } from '../../schema/record.js';
import type { Bilingual } from '../../types/bilingual.js';

/** An input figure a firm can change, as the way up states it. */
export interface Figure {
  field: NumericField;
  /** The fact it makes (fast/factColumns): the indicators reading that fact are the ones it feeds. */
  fact: FactName;
  /** Decimals the figure is stated with; a stated target is rounded toward the safe side to them. */
  decimals: number;
  label: Bilingual;
  unit: Bilingual;
}

/** Pollutant tonnes are stated to the kilogram, headcounts whole; every other figure to 2 decimals. */
const DECIMALS: Partial<Record<NumericField, number>> = { codT: 3, ammoniaNitrogenT: 3, so2T: 3, noxT: 3, employees: 0 };

/**
 * The record fields that feed indicators (core's figures, in their order), one per field. Land is
 * only the land held under land-use rights: leased land and rented floor are another firm's. A field
 * the record lacks is not offered: there is nothing to raise.
 */
export const CHANGEABLE_FIGURES: readonly Figure[] = Object.values(FIGURES).flatMap(({ id, fields }) => {
  if (id === 'scale') return [];
  const fact: FactName = id === 'land' ? 'landMu' : id;
  return (id === 'land' ? (['landOwnedMu'] as const) : (fields as readonly NumericField[])).map((field) => ({
    field,
    fact,
    decimals: DECIMALS[field] ?? 2,
    label: FIELD_LABELS[field].name,
    unit: FIELD_LABELS[field].unit,
  }));
});
