import { normaliseIndustryCode, type EnterpriseRecord, type Group, type Scheme } from '@mujun/core';
import { FIGURES, INDICATOR_FIGURES, type FigureId } from './figures.js';

/** A figure the scheme needs for the records at hand, and the record fields that may give it. */
export interface NeededFigure {
  figure: FigureId;
  fields: readonly (keyof EnterpriseRecord)[];
  /** Names (中文) of the groups whose indicators use it; empty for land and scale, which every group needs. */
  groups: string[];
}

function matches(group: Group, record: EnterpriseRecord): boolean {
  const m = group.membership;
  if (m.scale !== 'any' && m.scale !== record.scale) return false;
  if (m.keyPolluter !== undefined && m.keyPolluter !== (record.keyPolluter === true)) return false;
  if (m.industryPrefixes === undefined) return true;
  const industry = record.industryCode === undefined ? '' : normaliseIndustryCode(record.industryCode);
  return industry !== '' && m.industryPrefixes.some((p) => industry.startsWith(normaliseIndustryCode(p)));
}

/**
 * The figures a scheme needs to evaluate these records (pure): land for everyone, the scale when
 * groups are split by it, and what each indicator divides, for every group some record belongs
 * to. Membership is judged on each group alone (a record matching two groups counts for both),
 * which can only name a figure too many, never one too few.
 */
export function figuresNeeded(scheme: Scheme, records: readonly EnterpriseRecord[]): NeededFigure[] {
  const used = scheme.groups.filter((g) => records.some((r) => matches(g, r)));
  const groupsOf = new Map<FigureId, string[]>();
  for (const group of used)
    for (const indicator of group.indicators) {
      const figures = indicator.id === 'laborProductivity' && indicator.variant === 'sales' ? (['sales', 'employees'] as const) : INDICATOR_FIGURES[indicator.id];
      for (const figure of figures) {
        const names = groupsOf.get(figure) ?? [];
        if (!names.includes(group.name)) names.push(group.name);
        groupsOf.set(figure, names);
      }
    }
  const out: NeededFigure[] = [];
  if (used.length > 0) {
    const land = scheme.land.includeRentedFloor ? [...FIGURES.land.fields, 'rentedFloorM2' as const] : FIGURES.land.fields;
    out.push({ figure: 'land', fields: land, groups: [] });
  }
  if (scheme.groups.some((g) => g.membership.scale !== 'any')) out.push({ figure: 'scale', fields: FIGURES.scale.fields, groups: [] });
  for (const [figure, groups] of groupsOf) if (figure !== 'land') out.push({ figure, fields: FIGURES[figure].fields, groups });
  return out;
}
