import type { ClassId, EnterpriseRecord, Evaluation } from '@mujun/core';

/** A firm policies apply to: a scored firm, or an exempt firm the scheme manages as a class. */
export interface PolicySubject {
  creditCode: string;
  name: string;
  class: ClassId;
  group: string;
  county: string | null;
  industryCode: string | null;
  /** Evaluated land in 亩; null for exempt firms (no land was evaluated). */
  landMu: string | null;
  /** True for an exempt firm managed as a class (scope.unratedManagedAs, 不定等级按 B 类管理). */
  managedAs: boolean;
}

/**
 * The firms policies apply to, in the evaluation's order: every scored firm, then every exempt
 * firm the scheme manages as a class for policy purposes (county and industry from its record).
 */
export function policySubjects(evaluation: Evaluation, records: ReadonlyMap<string, EnterpriseRecord>): PolicySubject[] {
  const scored: PolicySubject[] = evaluation.results.map((r) => ({
    creditCode: r.creditCode,
    name: r.name,
    class: r.class,
    group: r.group,
    county: r.county,
    industryCode: r.industryCode,
    landMu: r.landMu,
    managedAs: false,
  }));
  const managed: PolicySubject[] = evaluation.excluded.flatMap((e) => {
    if (e.managedAs === undefined) return [];
    const record = records.get(e.creditCode);
    return [
      {
        creditCode: e.creditCode,
        name: e.name,
        class: e.managedAs,
        group: e.group ?? '(exempt)',
        county: record?.county ?? null,
        industryCode: record?.industryCode ?? null,
        landMu: null,
        managedAs: true,
      },
    ];
  });
  return [...scored, ...managed];
}
