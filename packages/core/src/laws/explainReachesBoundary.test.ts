import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dec, plain } from '../arithmetic/decimal.js';
import { arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import { explain } from '../explain/explain.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Scheme } from '../schema/scheme.js';
import type { EnterpriseResult, Evaluation, IndicatorId } from '../types/evaluation.js';

// Law: explain's "value needed" for an indicator, substituted into the firm's record with every
// other record unchanged (fixed benchmarks), reaches the boundary: the firm's shown total reaches
// the target total and its class is the target class or better.
//
// The value is put in through the indicator's numerator (tax, sales, value added, R&D): value ×
// the firm's denominator. The check runs for indicators whose numerator no other indicator of the
// group reads, so that indicator alone changes, as explain assumes. Fixed benchmarks, ratio and
// lower-is-better scoring, missing data scored zero or excluded: other firms' scores cannot move.

type Field = keyof EnterpriseRecord;

/** Record fields each indicator reads: [numerator, denominator] ('land' = the effective land, 'emission' = equivalents). */
function fieldsOf(id: IndicatorId, variant: 'valueAdded' | 'sales' | undefined): [Field, Field | 'land' | 'emission'] {
  switch (id) {
    case 'taxPerMu':
      return ['taxWan', 'land'];
    case 'salesPerMu':
      return ['salesWan', 'land'];
    case 'valueAddedPerMu':
      return ['valueAddedWan', 'land'];
    case 'taxPerEnergy':
      return ['taxWan', 'energyTce'];
    case 'taxPerElectricity':
      return ['taxWan', 'electricityWanKwh'];
    case 'valueAddedPerEnergy':
      return ['valueAddedWan', 'energyTce'];
    case 'taxPerEmission':
      return ['taxWan', 'emission'];
    case 'valueAddedPerEmission':
      return ['valueAddedWan', 'emission'];
    case 'salesPerEnergy':
      return ['salesWan', 'energyTce'];
    case 'salesPerEmission':
      return ['salesWan', 'emission'];
    case 'techInvestmentPerMu':
      return ['techInvestmentWan', 'land'];
    case 'laborProductivity':
      return [variant === 'sales' ? 'salesWan' : 'valueAddedWan', 'employees'];
    case 'rdIntensity':
      return ['rdWan', 'salesWan'];
  }
}

const classIndex = (scheme: Scheme, id: string): number => scheme.classes.tiers.findIndex((t) => t.id === id);

function denominator(record: EnterpriseRecord, landMu: string, id: IndicatorId, variant: 'valueAdded' | 'sales' | undefined, scheme: Scheme): Dec | null {
  const [, den] = fieldsOf(id, variant);
  if (den === 'land') return new Dec(landMu);
  const tonnes = [record.codT, record.ammoniaNitrogenT, record.so2T, record.noxT].filter((t) => t !== undefined);
  // Pollutant tonnes summed are exact; emission equivalents only when given directly.
  if (den === 'emission' && scheme.emissionBasis === 'tonnes') return tonnes.length === 0 ? null : tonnes.reduce((s, t) => s.plus(t), new Dec(0));
  const v = den === 'emission' ? (tonnes.length > 0 ? undefined : record.emissionEq) : record[den];
  return typeof v === 'string' ? new Dec(v) : null;
}

test('explain’s value needed, substituted into the record, reaches the boundary', () =>
  fc.assert(
    fc.property(
      arbScheme({
        normalisations: ['ratio', 'lowerIsBetter'],
        benchmarks: ['fixed', 'byIndustry'],
        missing: ['zero', 'exclude'],
        groups: { min: 1, max: 2 },
        indicators: { min: 1, max: 4 },
        scope: false,
        caps: false,
      }),
      arbRecords({ minLength: 2, maxLength: 25 }),
      fc.nat(),
      (scheme, records, pick) => {
        const e = evaluate(records, scheme);
        const reachable = e.results.filter((r) => explain(e, r.creditCode)?.nextClass.status === 'reachable');
        // Up to four firms per case, starting at a random one.
        for (let f = 0; f < Math.min(4, reachable.length); f++) {
          const result = reachable[(pick + f) % reachable.length];
          if (result !== undefined) checkFirm(scheme, records, e, result);
        }
      },
    ),
    { numRuns: 100 },
  ));

function checkFirm(scheme: Scheme, records: EnterpriseRecord[], e: Evaluation, result: EnterpriseResult): void {
  const next = explain(e, result.creditCode)?.nextClass;
  if (next?.targetTotal == null || next.targetClass === null) throw new Error('reachable without a target');
  const record = records.find((r) => r.creditCode === result.creditCode) as EnterpriseRecord;
  const specs = scheme.groups.find((g) => g.id === result.group)?.indicators ?? [];
  for (const path of next.byIndicator) {
    if (!path.reachable || path.neededValue === null) continue;
    const spec = specs.find((s) => s.id === path.id);
    if (spec === undefined) continue;
    const [numerator] = fieldsOf(spec.id, spec.variant);
    const shared = specs.some((s) => s !== spec && fieldsOf(s.id, s.variant).includes(numerator));
    const den = denominator(record, result.landMu, spec.id, spec.variant, scheme);
    if (shared || den === null || den.lte(0)) continue;
    const changed = records.map((r) => (r === record ? { ...r, [numerator]: plain(new Dec(path.neededValue as string).times(den)) } : r));
    const after = evaluate(changed, scheme).results.find((r) => r.creditCode === result.creditCode);
    expect(after).toBeDefined();
    if (after === undefined) continue;
    expect([path.id, new Dec(after.total).gte(new Dec(next.targetTotal))]).toEqual([path.id, true]);
    expect([path.id, classIndex(scheme, after.class) <= classIndex(scheme, next.targetClass)]).toEqual([path.id, true]);
  }
}
