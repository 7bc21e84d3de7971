import { normaliseIndustryCode, type EnterpriseRecord, type Group, type Scheme } from '@mujun/core';
import { FIGURES, INDICATOR_FIGURES, type FigureId } from './figures.js';

/** A figure the scheme needs for the records at hand, and the record fields that may give it. */
export interface NeededFigure {
  figure: FigureId;
  fields: readonly (keyof EnterpriseRecord)[];
  /** Names (中文) of the groups whose indicators use it; empty for land and scale, which every group needs. */
  groups: string[];
  /**
   * Without it nobody in those groups is scored: land (every firm's is checked), or a figure an
   * group's missing-data rule `exclude` for the figure needs. Otherwise firms are scored, that indicator
   * alike for all (0 or the pool average).
   */
  required: boolean;
  /** Records in those groups (every record for land and scale). */
  firms: number;
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
 * to, each said to be required or not. A record belongs to the first group it matches (key-polluter
 * groups first when the scheme says so), as in core's scope; exemptions are not applied, so a
 * figure may be named for a few firms too many, never too few.
 */
export function figuresNeeded(scheme: Scheme, records: readonly EnterpriseRecord[]): NeededFigure[] {
  const ordered = scheme.scope.keyPolluterPrecedence
    ? [...scheme.groups.filter((g) => g.membership.keyPolluter === true), ...scheme.groups.filter((g) => g.membership.keyPolluter !== true)]
    : scheme.groups;
  const members = new Map<Group, number>();
  for (const r of records) {
    const g = ordered.find((group) => matches(group, r));
    if (g !== undefined) members.set(g, (members.get(g) ?? 0) + 1);
  }
  const groupsOf = new Map<FigureId, Group[]>();
  const excluding = new Set<FigureId>();
  for (const group of scheme.groups.filter((g) => members.has(g)))
    for (const indicator of group.indicators) {
      const figures =
        indicator.id === 'laborProductivity' && indicator.variant === 'sales' ? (['sales', 'employees'] as const) : INDICATOR_FIGURES[indicator.id];
      for (const figure of figures) {
        if (figure !== 'land' && figure !== 'scale' && group.missing[figure] === 'exclude') excluding.add(figure);
        const groups = groupsOf.get(figure) ?? [];
        if (!groups.includes(group)) groups.push(group);
        groupsOf.set(figure, groups);
      }
    }
  const out: NeededFigure[] = [];
  if (members.size > 0) {
    const land = scheme.land.includeRentedFloor ? [...FIGURES.land.fields, 'rentedFloorM2' as const] : FIGURES.land.fields;
    out.push({ figure: 'land', fields: land, groups: [], required: true, firms: records.length });
  }
  if (scheme.groups.some((g) => g.membership.scale !== 'any'))
    out.push({ figure: 'scale', fields: FIGURES.scale.fields, groups: [], required: false, firms: records.length });
  for (const [figure, groups] of groupsOf) {
    if (figure === 'land') continue;
    const firms = groups.reduce((n, g) => n + (members.get(g) ?? 0), 0);
    // On the tonnes basis (黄岩) only pollutant tonnes give the emission figure, not equivalents.
    const fields =
      figure === 'emission' && scheme.emissionBasis === 'tonnes' ? FIGURES.emission.fields.filter((f) => f !== 'emissionEq') : FIGURES[figure].fields;
    out.push({ figure, fields, groups: groups.map((g) => g.name), required: excluding.has(figure), firms });
  }
  return out;
}
