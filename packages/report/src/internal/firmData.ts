import { type EnterpriseRecord, NUMERIC_FIELDS } from '@mujun/core';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { Provenance, ReportInput } from '../types.js';
import { formatDecimal, placesFor, trimZeros } from './decimal.js';

/**
 * Strings shared by many sheets (labels, bureaus, file names, policy names), kept once: a sheet
 * refers to one by its index. Order of first use, so the same input gives the same list.
 */
export class Strings {
  readonly list: string[] = [];
  readonly #index = new Map<string, number>();

  /** The index of a string, adding it on first use. */
  id(text: string): number {
    let i = this.#index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.#index.set(text, i);
    }
    return i;
  }
}

/** A source as people read it: the bureau (when the id or file names one), the file and the row. */
export interface SourceView {
  bureau: string;
  file: string;
  row: number | null;
}

/**
 * Where a value came from. Files named after a bureau (`tax.csv`; `税务.csv` is not recognised)
 * show that bureau's name; a bare bureau id shows the bureau alone.
 */
export function sourceOf(source: Provenance[string][string], dict: Dictionary): SourceView | null {
  if (source === undefined) return null;
  const path = typeof source === 'string' ? source : source.source;
  const file = path.split(/[\\/]/).pop() ?? path;
  const stem = file.replace(/\.[^.]*$/, '');
  const bureau = dict.bureaus[stem] ?? '';
  const row = typeof source === 'string' ? null : (source.row ?? null);
  return { bureau, file: bureau && file === stem && row === null ? '' : file, row };
}

/** A bureau's figure as given, to four places — more for a small one, so it never reads 0 when it is not. */
function figure(value: string): string {
  return trimZeros(formatDecimal(value, Math.max(4, placesFor(value, 4))));
}

/**
 * The "data used" of a sheet as two detail sections: the rows (`field|value|source`, the value
 * "@n" for a text in S) and the distinct sources (`bureau|file|row`), which one firm's rows
 * mostly share. `landMu` adds the computed land row (scored firms).
 */
export function dataSection(
  landMu: string | null,
  record: EnterpriseRecord | undefined,
  provenance: NonNullable<ReportInput['provenance']>[string],
  dict: Dictionary,
  S: { id(text: string): number },
): { data: string; sources: string } {
  const sources: string[] = [];
  const ref = (field: string, fallback?: string): string => {
    const s = sourceOf(provenance[field] ?? (fallback ? provenance[fallback] : undefined), dict);
    if (!s) return '';
    const key = `${S.id(s.bureau)}|${S.id(s.file)}|${s.row ?? ''}`;
    let i = sources.indexOf(key);
    if (i < 0) i = sources.push(key) - 1;
    return String(i);
  };
  const rows: string[] = [];
  if (record) {
    for (const field of NUMERIC_FIELDS) {
      const v = record[field];
      if (v !== undefined) rows.push(`${S.id(label(dict.fields, field))}|${figure(v)}|${ref(field)}`);
    }
    const lists = [
      ['flags', record.flags],
      ['violations', record.violations],
    ] as const;
    for (const [field, list] of lists) {
      // @mujun/csv records a flag's origin per flag (`flags.high-tech`); the first one stands for the list.
      if (list && list.length > 0)
        rows.push(
          `${S.id(label(dict.fields, field))}|@${S.id(list.map((f) => label(dict.flags, f)).join(dict.ui.enumSep))}|${ref(field, `${field}.${list[0]}`)}`,
        );
    }
  }
  if (landMu !== null) rows.push(`${S.id(label(dict.fields, 'landMu'))}|${figure(landMu)}|c`);
  return { data: rows.join(';'), sources: sources.join(';') };
}
