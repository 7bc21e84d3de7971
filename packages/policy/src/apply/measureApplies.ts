import type { Measure } from '../catalog/measure.js';
import { industryMatches } from '../internal/industry.js';
import type { PolicySubject } from './policySubject.js';

/** What, besides its result, decides whether a measure targets a firm. */
export interface FirmStanding {
  consecutiveYears: number;
  newFirm: boolean;
}

/**
 * True when the measure targets this firm: its class, group, county and industry are listed
 * (or the list is omitted), no exemption applies, and the year and new-firm conditions hold.
 */
export function measureApplies(measure: Measure, firm: PolicySubject, standing: FirmStanding): boolean {
  const { appliesTo: to, conditions: c } = measure;
  if (!to.classes.includes(firm.class)) return false;
  if (to.groups !== undefined && !to.groups.includes(firm.group)) return false;
  if (to.counties !== undefined && (firm.county === null || !to.counties.includes(firm.county))) return false;
  if (to.industries !== undefined && !to.industries.some((p) => industryMatches(firm.industryCode, p))) return false;
  if (c.exemptIndustries?.some((p) => industryMatches(firm.industryCode, p)) === true) return false;
  if (c.exemptFirms?.includes(firm.creditCode) === true) return false;
  if (c.newFirms === 'exclude' && standing.newFirm) return false;
  if (c.newFirms === 'only' && !standing.newFirm) return false;
  const years = c.consecutiveYears;
  if (years !== undefined) {
    if (standing.consecutiveYears < years.min) return false;
    if (years.max !== undefined && standing.consecutiveYears > years.max) return false;
  }
  return true;
}
