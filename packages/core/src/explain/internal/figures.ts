import type { FactName } from '../../fast/factColumns.js';
import type { NumericField } from '../../schema/record.js';
import { FIELD_LABELS } from '../../labels/labels.js';
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

const figure = (field: NumericField, fact: FactName, decimals: number): Figure => ({
  field,
  fact,
  decimals,
  label: FIELD_LABELS[field].name,
  unit: FIELD_LABELS[field].unit,
});

/**
 * The figures of a record that feed indicators (DOMAIN.md §3), one per record field. Land is the
 * land held under land-use rights (leased land and rented floor are the other firm's); emissions are
 * the equivalents when the record gives them, else each pollutant's tonnes (the fact the scheme's
 * emission basis makes of them, equivalents or tonnes). A field the record lacks is not offered: there is nothing to raise.
 */
export const FIGURES: readonly Figure[] = [
  figure('taxWan', 'tax', 2),
  figure('salesWan', 'sales', 2),
  figure('valueAddedWan', 'valueAdded', 2),
  figure('rdWan', 'rd', 2),
  figure('techInvestmentWan', 'techInvestment', 2),
  figure('energyTce', 'energy', 2),
  figure('electricityWanKwh', 'electricity', 2),
  figure('emissionEq', 'emission', 2),
  figure('codT', 'emission', 3),
  figure('ammoniaNitrogenT', 'emission', 3),
  figure('so2T', 'emission', 3),
  figure('noxT', 'emission', 3),
  figure('employees', 'employees', 0),
  figure('landOwnedMu', 'landMu', 2),
];
