import type { EnterpriseRecord } from '../schema/record.js';
import type { Group, Scheme } from '../schema/scheme.js';
import type { ExclusionReason } from '../types/evaluation.js';
import { normaliseIndustryCode } from './industryCode.js';

/** A record's place after the scope rules: a group, or out of scope with a reason. */
export type ScopeOutcome = { kind: 'group'; group: Group } | { kind: 'excluded'; reason: ExclusionReason; detail: string };

/** The scheme's scope rules, prepared once per evaluation. */
export interface ScopeRules {
  exemptIndustries: { prefix: string; reason: string }[];
  exemptFlags: { flag: string; reason: string }[];
  minYears: number;
  referenceDate: string | null;
  constructionPeriod: boolean;
  /** Groups in matching order, each with its normalised industry prefixes. */
  groups: { group: Group; prefixes: string[] | null }[];
}

/** Prepare the scope rules: normalise prefixes, and put key-polluter groups first when they take precedence. */
export function prepareScope(scheme: Scheme, referenceDate: string | null): ScopeRules {
  const { scope } = scheme;
  const ordered = scope.keyPolluterPrecedence
    ? [...scheme.groups.filter((g) => g.membership.keyPolluter === true), ...scheme.groups.filter((g) => g.membership.keyPolluter !== true)]
    : scheme.groups;
  return {
    exemptIndustries: scope.exemptIndustries.map((e) => ({ prefix: normaliseIndustryCode(e.codePrefix), reason: e.reason })),
    exemptFlags: scope.exemptFlags,
    minYears: scope.minYearsInProduction,
    referenceDate,
    constructionPeriod: scope.constructionPeriodExemption,
    groups: ordered.map((group) => ({ group, prefixes: group.membership.industryPrefixes?.map(normaliseIndustryCode) ?? null })),
  };
}

/**
 * DOMAIN.md §2 in its order, first match wins: exempt industry or flag, fewer than N years in
 * production, inside the construction period, then the first group whose membership matches.
 * `industry` is the record's normalised industry code ('' when it has none).
 */
export function scopeOf(record: EnterpriseRecord, industry: string, rules: ScopeRules): ScopeOutcome {
  for (const e of rules.exemptIndustries) {
    if (industry !== '' && industry.startsWith(e.prefix))
      return { kind: 'excluded', reason: 'exempt-industry', detail: `免评行业 ${e.prefix} / exempt industry ${e.prefix}: ${e.reason}` };
  }
  for (const e of rules.exemptFlags) {
    if (record.flags?.includes(e.flag)) return { kind: 'excluded', reason: 'exempt-industry', detail: `免评 (${e.flag}) / exempt (${e.flag}): ${e.reason}` };
  }
  const ref = rules.referenceDate;
  if (ref !== null && rules.minYears > 0 && record.productionStartDate !== undefined) {
    const anniversary = addYears(record.productionStartDate, rules.minYears);
    if (anniversary > ref)
      return {
        kind: 'excluded',
        reason: 'new-enterprise',
        detail: `投产不满 ${rules.minYears} 年 (投产 ${record.productionStartDate}) / in production fewer than ${rules.minYears} years at ${ref}`,
      };
  }
  if (ref !== null && rules.constructionPeriod && record.constructionPeriodEnd !== undefined && record.constructionPeriodEnd > ref)
    return {
      kind: 'excluded',
      reason: 'construction-period',
      detail: `建设期至 ${record.constructionPeriodEnd} / inside the construction period until ${record.constructionPeriodEnd}`,
    };
  for (const { group, prefixes } of rules.groups) {
    const m = group.membership;
    if (m.scale !== 'any' && m.scale !== record.scale) continue;
    if (m.keyPolluter !== undefined && m.keyPolluter !== (record.keyPolluter === true)) continue;
    if (prefixes !== null && !prefixes.some((p) => industry !== '' && industry.startsWith(p))) continue;
    return { kind: 'group', group };
  }
  return { kind: 'excluded', reason: 'no-group', detail: '不属于任何评价组 / matches no group of the scheme' };
}

/** ISO date plus whole years; ISO strings compare in date order, so no Date object is needed. */
function addYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}
