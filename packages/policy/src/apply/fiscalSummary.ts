import { fenToYuan, toFen } from '../internal/fen.js';
import { industryDivision } from '../internal/industry.js';
import type { FirmPolicies, FiscalFigures, FiscalSummary } from './types.js';

/** Sums in fen (exact integers). */
interface Tally {
  surcharge: bigint;
  relief: bigint;
  firms: number;
  charged: number;
  relieved: number;
}

const empty = (): Tally => ({ surcharge: 0n, relief: 0n, firms: 0, charged: 0, relieved: 0 });

/** A firm's money in fen, parsed once for all the breakdowns. */
interface FirmMoney {
  firm: FirmPolicies;
  surcharge: bigint;
  relief: bigint;
  charged: boolean;
  relieved: boolean;
}

function add(t: Tally, m: FirmMoney): void {
  t.surcharge += m.surcharge;
  t.relief += m.relief;
  t.firms += 1;
  if (m.charged) t.charged += 1;
  if (m.relieved) t.relieved += 1;
}

function figures(t: Tally): FiscalFigures {
  return {
    surchargeRevenue: fenToYuan(t.surcharge),
    reliefForgone: fenToYuan(t.relief),
    net: fenToYuan(t.surcharge - t.relief),
    firms: t.firms,
    firmsCharged: t.charged,
    firmsRelieved: t.relieved,
  };
}

function breakdown(firms: readonly FirmMoney[], key: (f: FirmPolicies) => string): Record<string, FiscalFigures> {
  const tallies = new Map<string, Tally>();
  for (const m of firms) {
    const k = key(m.firm);
    let t = tallies.get(k);
    if (t === undefined) tallies.set(k, (t = empty()));
    add(t, m);
  }
  return Object.fromEntries([...tallies.keys()].sort().map((k) => [k, figures(tallies.get(k) ?? empty())]));
}

/**
 * The fiscal summary of per-firm policies: totals and breakdowns by class, group, county,
 * industry division and measure. Every figure is an exact sum of the firms' rounded amounts,
 * so the totals equal the sum of what each firm is shown, in any input order.
 */
export function fiscalSummary(policies: readonly FirmPolicies[]): FiscalSummary {
  const firms: FirmMoney[] = policies.map((firm) => ({
    firm,
    surcharge: toFen(firm.surcharge),
    relief: toFen(firm.relief),
    charged: firm.measures.some((m) => m.kind === 'surcharge'),
    relieved: firm.measures.some((m) => m.kind === 'relief'),
  }));
  const total = empty();
  for (const f of firms) add(total, f);
  const measures = new Map<string, { kind: 'surcharge' | 'relief'; amount: bigint; firms: number }>();
  for (const f of policies) {
    for (const m of f.measures) {
      if (m.kind === 'eligibility' || m.amount === null) continue;
      let acc = measures.get(m.measureId);
      if (acc === undefined) measures.set(m.measureId, (acc = { kind: m.kind, amount: 0n, firms: 0 }));
      acc.amount += toFen(m.amount);
      acc.firms += 1;
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
        return [id, { kind: m?.kind ?? 'surcharge', amount: fenToYuan(m?.amount ?? 0n), firms: m?.firms ?? 0 }];
      }),
    ),
  };
}
