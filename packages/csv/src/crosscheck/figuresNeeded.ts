import { FIGURES, normaliseIndustryCode, type ColumnarRecords, type EnterpriseRecord, type Group, type InputFigureId, type Scheme } from '@mujun/core';
import { indicatorFigures } from './figures.js';

/** A figure the scheme needs for the records at hand, and the record fields that may give it. */
export interface NeededFigure {
  figure: InputFigureId;
  fields: readonly (keyof EnterpriseRecord)[];
  /** Names (中文) of the groups whose indicators use it; empty for land and scale, which every group needs. */
  groups: string[];
  /**
   * Without it nobody in those groups is scored: land (every firm's is checked), or a figure an
   * group's missing-data rule `exclude` for the figure needs. Otherwise firms are scored, that indicator
   * alike for all (0 or the pool average).
   */
  required: boolean;
  /** Records in those groups (every record considered for land and scale). */
  firms: number;
}

/** Whether a firm of this scale (1 above, 2 below), key-polluter cell (2 = yes) and industry code belongs to the group. */
function matches(group: Group, scale: number, keyPolluter: number, industryCode: string | undefined): boolean {
  const m = group.membership;
  if (m.scale !== 'any' && m.scale !== (scale === 1 ? 'above' : 'below')) return false;
  if (m.keyPolluter !== undefined && m.keyPolluter !== (keyPolluter === 2)) return false;
  if (m.industryPrefixes === undefined) return true;
  const industry = industryCode === undefined ? '' : normaliseIndustryCode(industryCode);
  return industry !== '' && m.industryPrefixes.some((p) => industry.startsWith(normaliseIndustryCode(p)));
}

/**
 * The figures a scheme needs to evaluate these records (pure, read from the columns): land for
 * everyone, the scale when groups are split by it, and what each indicator divides, for every group
 * some record belongs to, each said to be required or not. A record belongs to the first group it
 * matches (key-polluter groups first when the scheme says so), as in core's scope; exemptions are
 * not applied, so a figure may be named for a few firms too many, never too few. With `only`, just
 * the records at those indices are considered (one firm's needs: `[i]`).
 */
export function figuresNeeded(scheme: Scheme, records: ColumnarRecords, only?: readonly number[]): NeededFigure[] {
  const ordered = scheme.scope.keyPolluterPrecedence
    ? [...scheme.groups.filter((g) => g.membership.keyPolluter === true), ...scheme.groups.filter((g) => g.membership.keyPolluter !== true)]
    : scheme.groups;
  // A firm's group depends only on its scale, key-polluter cell and industry code: found once per
  // industry code and combination (a few hundred), not once per firm.
  const groupOf = new Map<string | undefined, (Group | null)[]>();
  const members = new Map<Group, number>();
  const considered = only?.length ?? records.length;
  for (let k = 0; k < considered; k++) {
    const i = only === undefined ? k : (only[k] as number);
    const scale = records.scale[i] as number;
    const keyPolluter = records.keyPolluter[i] as number;
    const industry = records.industryCode[i];
    let found = groupOf.get(industry);
    if (found === undefined) groupOf.set(industry, (found = []));
    const slot = scale * 3 + keyPolluter;
    let g = found[slot];
    if (g === undefined) found[slot] = g = ordered.find((group) => matches(group, scale, keyPolluter, industry)) ?? null;
    if (g !== null) members.set(g, (members.get(g) ?? 0) + 1);
  }
  const groupsOf = new Map<InputFigureId, Group[]>();
  const excluding = new Set<InputFigureId>();
  for (const group of scheme.groups.filter((g) => members.has(g)))
    for (const indicator of group.indicators) {
      for (const figure of indicatorFigures(indicator)) {
        if (figure !== 'land' && figure !== 'scale' && group.missing[figure] === 'exclude') excluding.add(figure);
        const groups = groupsOf.get(figure) ?? [];
        if (!groups.includes(group)) groups.push(group);
        groupsOf.set(figure, groups);
      }
    }
  const out: NeededFigure[] = [];
  if (members.size > 0) {
    const land = scheme.land.includeRentedFloor ? [...FIGURES.land.fields, 'rentedFloorM2' as const] : FIGURES.land.fields;
    out.push({ figure: 'land', fields: land, groups: [], required: true, firms: considered });
  }
  if (scheme.groups.some((g) => g.membership.scale !== 'any'))
    out.push({ figure: 'scale', fields: FIGURES.scale.fields, groups: [], required: false, firms: considered });
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
