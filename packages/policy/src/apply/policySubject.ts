import type { ClassId, ColumnarEvaluation, EnterpriseRecord, Evaluation, Exclusion } from '@mujun/core';
import { decimalText, decimalValue } from '@mujun/core/engine';
import type { FirmPolicies } from './types.js';

/** A firm policies apply to: a scored firm, or an exempt firm the scheme manages as a class (its FirmPolicies' identity). */
export interface PolicySubject extends Pick<FirmPolicies, 'creditCode' | 'name' | 'class' | 'group' | 'county' | 'industryCode' | 'managedAs'> {
  /** Evaluated land in 亩; null for exempt firms (no land was evaluated). Read only when a measure is priced. */
  landMu(): string | null;
  /** The figures its amounts are priced from, as its record gives them; null when no record was given. Read only when a measure is priced. */
  figures(): SubjectFigures | null;
}

/** A firm's figures that measures price: the surcharge base and who holds its land. */
export interface SubjectFigures {
  /** 用电量 (万kWh). */
  electricityWanKwh: string | undefined;
  /** 土地使用权面积 (亩): land it holds under land-use rights — what 城镇土地使用税 is levied on (the holder pays it). */
  landOwnedMu: string | undefined;
  /** True when it uses land leased in (承租土地) or rented floor space: a tenant there, who does not pay that land's tax. */
  leasesLand: boolean;
}

const positive = (s: string | undefined): boolean => s !== undefined && Number(s) > 0;

/** A record's figures. */
function recordFigures(r: EnterpriseRecord): SubjectFigures {
  return {
    electricityWanKwh: r.electricityWanKwh,
    landOwnedMu: r.landOwnedMu,
    leasesLand: positive(r.landLeasedInMu) || positive(r.rentedFloorM2),
  };
}

/**
 * The firms policies apply to, in the evaluation's order: every scored firm, then every exempt
 * firm the scheme manages as a class for policy purposes (county and industry from its record).
 * Without a record (none given) a firm's figures are null.
 */
export function policySubjects(evaluation: Evaluation, records: ReadonlyMap<string, EnterpriseRecord>): PolicySubject[] {
  const figures = (code: string): SubjectFigures | null => {
    const r = records.get(code);
    return r === undefined ? null : recordFigures(r);
  };
  const scored: PolicySubject[] = evaluation.results.map((r) => ({
    creditCode: r.creditCode,
    name: r.name,
    class: r.class,
    group: r.group,
    county: r.county,
    industryCode: r.industryCode,
    landMu: () => r.landMu,
    managedAs: false,
    figures: () => figures(r.creditCode),
  }));
  const managed = evaluation.excluded.flatMap((e) => {
    const record = records.get(e.creditCode);
    return managedSubject(e, record?.county ?? null, record?.industryCode ?? null, () => figures(e.creditCode));
  });
  return [...scored, ...managed];
}

/**
 * The same subjects read from the engine's columns (@mujun/core's ColumnarEvaluation), in the
 * same order — pools in the engine's order, each in rank order, then the exempt firms managed as
 * a class — without result objects: a firm's figures are its columns' cells as text.
 */
export function columnarPolicySubjects(ev: ColumnarEvaluation): PolicySubject[] {
  const { records, facts } = ev;
  const { numbers } = records;
  const tiers = ev.scheme.classes.tiers;
  const text = (field: keyof typeof numbers, i: number): string | undefined => {
    const col = numbers[field];
    return col === undefined ? undefined : decimalText(col, i);
  };
  const above = (field: keyof typeof numbers, i: number): boolean => {
    const col = numbers[field];
    return col !== undefined && decimalValue(col, i) > 0;
  };
  const figures = (i: number): SubjectFigures => ({
    electricityWanKwh: text('electricityWanKwh', i),
    landOwnedMu: text('landOwnedMu', i),
    leasesLand: above('landLeasedInMu', i) || above('rentedFloorM2', i),
  });
  const out: PolicySubject[] = [];
  for (const pool of ev.pools) {
    for (let p = 0; p < pool.members.length; p++) {
      const i = pool.members[pool.order[p] as number] as number;
      out.push({
        creditCode: records.creditCode[i] as string,
        name: records.name[i] as string,
        class: tiers[pool.classIndex[p] as number]!.id as ClassId,
        group: pool.group.id,
        county: records.county[i] ?? null,
        industryCode: records.industryCode[i] ?? null,
        landMu: () => decimalText(facts.landMu, i) ?? null,
        managedAs: false,
        figures: () => figures(i),
      });
    }
  }
  for (const e of ev.excluded) out.push(...managedSubject(e, records.county[e.index] ?? null, records.industryCode[e.index] ?? null, () => figures(e.index)));
  return out;
}

/** An exempt firm the scheme manages as a class (county and industry from its record); none when it is not managed. */
function managedSubject(
  e: Pick<Exclusion, 'creditCode' | 'name' | 'managedAs' | 'group'>,
  county: string | null,
  industryCode: string | null,
  figures: () => SubjectFigures | null,
): PolicySubject[] {
  if (e.managedAs === undefined) return [];
  return [
    {
      creditCode: e.creditCode,
      name: e.name,
      class: e.managedAs,
      group: e.group ?? '(exempt)',
      county,
      industryCode,
      landMu: () => null,
      managedAs: true,
      figures,
    },
  ];
}
