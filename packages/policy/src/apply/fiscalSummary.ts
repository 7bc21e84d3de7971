import { Dec } from '../internal/decimal.js';
import { industryDivision } from '../internal/industry.js';
import type { FirmPolicies, FiscalFigures, FiscalSummary } from './types.js';

interface Tally {
  surcharge: InstanceType<typeof Dec>;
  relief: InstanceType<typeof Dec>;
  firms: number;
  charged: number;
  relieved: number;
}

const empty = (): Tally => ({ surcharge: new Dec(0), relief: new Dec(0), firms: 0, charged: 0, relieved: 0 });

function add(t: Tally, f: FirmPolicies): void {
  t.surcharge = t.surcharge.plus(f.surcharge);
  t.relief = t.relief.plus(f.relief);
  t.firms += 1;
  if (f.measures.some((m) => m.kind === 'surcharge')) t.charged += 1;
  if (f.measures.some((m) => m.kind === 'relief')) t.relieved += 1;
}

function figures(t: Tally): FiscalFigures {
  return {
    surchargeRevenue: t.surcharge.toFixed(2),
    reliefForgone: t.relief.toFixed(2),
    net: t.surcharge.minus(t.relief).toFixed(2),
    firms: t.firms,
    firmsCharged: t.charged,
    firmsRelieved: t.relieved,
  };
}

function breakdown(firms: readonly FirmPolicies[], key: (f: FirmPolicies) => string): Record<string, FiscalFigures> {
  const tallies = new Map<string, Tally>();
  for (const f of firms) {
    const k = key(f);
    const t = tallies.get(k) ?? empty();
    add(t, f);
    tallies.set(k, t);
  }
  return Object.fromEntries([...tallies.keys()].sort().map((k) => [k, figures(tallies.get(k) ?? empty())]));
}

/**
 * The fiscal summary of per-firm policies: totals and breakdowns by class, group, county,
 * industry division and measure. Every figure is an exact sum of the firms' rounded amounts,
 * so the totals equal the sum of what each firm is shown, in any input order.
 */
export function fiscalSummary(firms: readonly FirmPolicies[]): FiscalSummary {
  const total = empty();
  for (const f of firms) add(total, f);
  const measures = new Map<string, { kind: 'surcharge' | 'relief'; amount: InstanceType<typeof Dec>; firms: number }>();
  for (const f of firms) {
    for (const m of f.measures) {
      if (m.kind === 'eligibility' || m.amount === null) continue;
      const acc = measures.get(m.measureId) ?? { kind: m.kind, amount: new Dec(0), firms: 0 };
      acc.amount = acc.amount.plus(m.amount);
      acc.firms += 1;
      measures.set(m.measureId, acc);
    }
  }
  return {
    total: figures(total),
    byClass: breakdown(firms, (f) => f.class),
    byGroup: breakdown(firms, (f) => f.group),
    byCounty: breakdown(firms, (f) => f.county ?? '(unknown)'),
    byIndustry: breakdown(firms, (f) => industryDivision(f.industryCode)),
    byMeasure: Object.fromEntries(
      [...measures.keys()].sort().map((id) => {
        const m = measures.get(id);
        return [id, { kind: m?.kind ?? 'surcharge', amount: (m?.amount ?? new Dec(0)).toFixed(2), firms: m?.firms ?? 0 }];
      }),
    ),
  };
}
