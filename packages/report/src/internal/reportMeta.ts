import { compareText } from '@mujun/core';
import { fill } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ReportInput } from '../types.js';

/** What the title, the header and every sheet say about the run. */
export interface ReportMeta {
  title: string;
  year: number | null;
  district: string | null;
  /** The scheme's name in the report's language (its id only when it has no name). */
  scheme: string;
  issuer: string;
  date: string;
}

/**
 * The district a run covers, from the data: the county of (nearly) every firm — a county holding
 * at least 90 % of the firms names the run, since a few firms registered next door are usual —
 * else up to three counties by size; null when the data has none.
 */
function districtOf(counties: readonly (string | null | undefined)[]): string | null {
  const count = new Map<string, number>();
  for (const c of counties) if (c) count.set(c, (count.get(c) ?? 0) + 1);
  const ranked = [...count].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const [first] = ranked;
  if (!first) return null;
  if (first[1] * 10 >= counties.length * 9) return first[0];
  return ranked.length <= 3 ? ranked.map(([c]) => c).join('、') : null;
}

/** The title, year, district, scheme, issuer and date of a report: given, else from the data and the scheme. */
export function reportMeta(input: ReportInput, dict: Dictionary): ReportMeta {
  const lang = input.lang ?? 'zh';
  const ev = input.evaluation;
  const refYear = ev.referenceDate ? Number(ev.referenceDate.slice(0, 4)) : null;
  const year = input.year ?? input.policy?.year ?? refYear;
  const counties = input.records ? input.records.map((r) => r.county) : ev.results.map((r) => r.county);
  const district = input.district ?? districtOf(counties);
  const s = ev.scheme as { name?: string; nameEn?: string } | undefined;
  const scheme = (lang === 'en' ? s?.nameEn : s?.name) ?? ev.schemeId;
  const template = year === null ? dict.ui.titleNoYear : dict.ui.titleWithYear;
  const title = input.title ?? fill(template, { district: district ?? '', year: year ?? '' }).trim();
  return { title, year, district, scheme, issuer: input.issuer ?? '', date: (input.generatedAt ?? '').slice(0, 10) };
}
