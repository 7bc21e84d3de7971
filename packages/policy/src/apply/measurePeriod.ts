import type { Measure } from '../catalog/measure.js';

/** A measure applied to a year outside its validity period. */
export interface MeasureOutOfPeriod {
  measureId: string;
  validFrom: string | null;
  validUntil: string | null;
  /** The evaluated year it was applied to. */
  year: number;
}

/**
 * The measures whose validity period (validFrom … validUntil, both inclusive) has no day in the
 * evaluated year, each with a bilingual warning: the measure is still applied — the user chose the
 * catalog — but an expired or not yet valid measure must not decide money without a word. With no
 * evaluated year, one warning that the periods could not be checked.
 */
export function periodWarnings(measures: readonly Measure[], year: number | null): { measures: MeasureOutOfPeriod[]; warnings: string[] } {
  const dated = measures.filter((m) => m.validFrom !== undefined || m.validUntil !== undefined);
  if (dated.length === 0) return { measures: [], warnings: [] };
  if (year === null)
    return {
      measures: [],
      warnings: [
        `评价年度未知，未核对政策有效期（${dated.map((m) => m.id).join('、')}）；可用 --reference-date 给出 / the evaluated year is unknown, so the validity periods of ${dated.map((m) => m.id).join(', ')} were not checked; give it with --reference-date`,
      ],
    };
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  const outside = dated.filter((m) => (m.validUntil !== undefined && m.validUntil < first) || (m.validFrom !== undefined && m.validFrom > last));
  return {
    measures: outside.map((m) => ({ measureId: m.id, validFrom: m.validFrom ?? null, validUntil: m.validUntil ?? null, year })),
    warnings: outside.map((m) => {
      const from = m.validFrom ?? '…';
      const until = m.validUntil ?? '…';
      const expired = m.validUntil !== undefined && m.validUntil < first;
      return expired
        ? `${m.id}: 有效期 ${from} 至 ${until}，已于 ${year} 年前失效，仍按其计算了 ${year} 年 / valid ${from} to ${until}: expired before ${year}, yet applied to ${year}`
        : `${m.id}: 有效期 ${from} 至 ${until}，${year} 年尚未生效，仍按其计算了 ${year} 年 / valid ${from} to ${until}: not yet in force in ${year}, yet applied to ${year}`;
    }),
  };
}
