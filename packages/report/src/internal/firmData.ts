import { NUMERIC_FIELDS } from '@mujun/core';
import type { EnterpriseRecord, EnterpriseResult } from '@mujun/core';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ReportInput } from '../types.js';
import { formatDecimal, trimZeros } from './decimal.js';

/** One row of a sheet's "data used" table. */
export interface DataRowView {
  label: string;
  value: string;
  source: string;
}

/** The "data used" rows of a sheet: every figure of the record, with its source, and the land used. */
export function dataRows(r: EnterpriseResult, record: EnterpriseRecord | undefined, sources: NonNullable<ReportInput['provenance']>[string], dict: Dictionary): DataRowView[] {
  const source = (field: string): string => sourceLabel(sources[field], dict);
  const rows: DataRowView[] = [];
  if (record) {
    for (const field of NUMERIC_FIELDS) {
      const v = record[field];
      if (v !== undefined) rows.push({ label: label(dict.fields, field), value: trimZeros(formatDecimal(v, 4)), source: source(field) });
    }
    const lists = [['flags', record.flags], ['violations', record.violations]] as const;
    for (const [field, list] of lists) {
      // @mujun/csv records a flag's origin per flag (`flags.high-tech`); the first one stands for the list.
      if (list && list.length > 0)
        rows.push({ label: label(dict.fields, field), value: list.map((f) => label(dict.flags, f)).join('、'), source: source(field) || source(`${field}.${list[0]}`) });
    }
  }
  rows.push({ label: label(dict.fields, 'landMu'), value: trimZeros(formatDecimal(r.landMu, 4)), source: label(dict.bureaus, 'computed') });
  return rows;
}

/**
 * A source as people read it: the bureau, with the file and row when known. Files named after a
 * bureau (`tax.csv`, `税务.csv` is not recognised) show that bureau's name.
 */
export function sourceLabel(source: string | { source: string; row?: number } | undefined, dict: Dictionary): string {
  if (source === undefined) return '';
  const path = typeof source === 'string' ? source : source.source;
  const file = path.split(/[\\/]/).pop() ?? path;
  const stem = file.replace(/\.[^.]*$/, '');
  const bureau = dict.bureaus[stem];
  const where = typeof source === 'string' || source.row === undefined ? file : `${file}:${source.row}`;
  if (bureau === undefined) return where;
  return where === stem ? bureau : `${bureau} (${where})`;
}
