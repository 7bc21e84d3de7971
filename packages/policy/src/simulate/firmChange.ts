import type { ClassId, EnterpriseResult, Exclusion } from '@mujun/core';
import type { FirmPolicies } from '../apply/types.js';
import { Dec } from '@mujun/core/engine';
import { indicatorReasons } from './indicatorReasons.js';
import type { SchemeChange } from './schemeChanges.js';
import type { ChangeReason, FirmChange } from './types.js';

/** One firm on one side of the simulation. */
export interface FirmSide {
  result: EnterpriseResult | undefined;
  exclusion: Exclusion | undefined;
  policies: FirmPolicies | undefined;
}

/** What the firm-level comparison needs to know about the whole simulation. */
export interface ChangeContext {
  schemeChanges: readonly SchemeChange[];
  /** The firm's class under the scenario with the baseline class rule (when the class rule changed). */
  classUnderOldRule: ReadonlyMap<string, string> | null;
  changedMeasures: ReadonlySet<string>;
}

const labelOf = (s: FirmSide): ClassId | 'excluded' => s.result?.class ?? s.policies?.class ?? 'excluded';
// The points as the firm is shown them, not rawTotal − Σ rawScore: the 40-digit sums leave a residue
// (−1e−38) that read as a bonus, penalty or veto change where none changed.
const adjustmentPoints = (r: EnterpriseResult): Dec => r.adjustments.reduce((sum, a) => sum.plus(a.points), new Dec(0));

function measureAmounts(p: FirmPolicies | undefined): Map<string, string> {
  return new Map((p?.measures ?? []).map((m) => [m.measureId, m.amount ?? `${m.lever}:${m.effect}`]));
}

function scopeReason(a: FirmSide, b: FirmSide): ChangeReason[] {
  if (a.result !== undefined && b.result !== undefined) {
    return a.result.group === b.result.group ? [] : [{ kind: 'scope', text: `评价组 ${a.result.group} → ${b.result.group} / group changed` }];
  }
  if (a.result === undefined && b.result === undefined) {
    // Exempt on both sides: only the class it is managed as (不定等级按某类管理) can differ.
    return labelOf(a) === labelOf(b)
      ? []
      : [{ kind: 'scope', text: `未参评，按 ${labelOf(a)} → ${labelOf(b)} 类管理 / exempt; managed as ${labelOf(a)} → ${labelOf(b)}` }];
  }
  const e = a.exclusion ?? b.exclusion;
  const side = a.result === undefined ? '基准方案未参评 / not scored in the baseline' : '新方案未参评 / not scored in the scenario';
  return [{ kind: 'scope', text: `${side}: ${e?.reason ?? 'absent'}${e?.detail ? ` — ${e.detail}` : ''}` }];
}

function policyReasons(a: FirmSide, b: FirmSide, classMoved: boolean, changed: ReadonlySet<string>): ChangeReason[] {
  const ma = measureAmounts(a.policies);
  const mb = measureAmounts(b.policies);
  const reasons: ChangeReason[] = [];
  for (const id of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
    const from = ma.get(id) ?? null;
    const to = mb.get(id) ?? null;
    if (from === to) continue;
    // A measure gained or lost with a class move follows the class; an amount that changed on
    // both sides, or a measure the catalog changed without a class move, follows the catalog.
    const appeared = from === null || to === null;
    const cause = appeared && classMoved ? 'class' : changed.has(id) ? 'catalog' : classMoved ? 'class' : 'other';
    const why = cause === 'catalog' ? '政策调整 / the measure changed' : cause === 'class' ? '随类别变化 / follows the class change' : '其他 / other';
    reasons.push({ kind: 'policy', measureId: id, from, to, cause, text: `${id}: ${from ?? '—'} → ${to ?? '—'} (${why})` });
  }
  return reasons;
}

/**
 * Compares one firm across baseline and scenario; undefined when nothing about it changed.
 * Reasons: scope, indicator scores (weight / benchmark / rule / pool), adjustments, the class
 * rule (the firm's class under the scenario with the old class rule), rank, and policy measures.
 */
export function firmChange(creditCode: string, a: FirmSide, b: FirmSide, ctx: ChangeContext): FirmChange | undefined {
  const classBefore = labelOf(a);
  const classAfter = labelOf(b);
  const money = (s: FirmSide, k: 'surcharge' | 'relief') => s.policies?.[k] ?? '0.00';
  const sameMeasures = JSON.stringify([...measureAmounts(a.policies)]) === JSON.stringify([...measureAmounts(b.policies)]);
  const classMoved = classBefore !== classAfter;
  if (!classMoved && sameMeasures && money(a, 'surcharge') === money(b, 'surcharge') && money(a, 'relief') === money(b, 'relief')) return undefined;

  const reasons: ChangeReason[] = [...scopeReason(a, b)];
  const ra = a.result;
  const rb = b.result;
  if (ra !== undefined && rb !== undefined && ra.group === rb.group) {
    const rule = (indicator: string) => ctx.schemeChanges.some((c) => c.kind === 'indicator-rule' && c.group === ra.group && c.indicator === indicator);
    reasons.push(...indicatorReasons(ra, rb, rule));
    const pointsDelta = adjustmentPoints(rb).minus(adjustmentPoints(ra));
    if (!pointsDelta.isZero() || JSON.stringify(ra.adjustments) !== JSON.stringify(rb.adjustments)) {
      reasons.push({
        kind: 'adjustment',
        pointsDelta: pointsDelta.toString(),
        text: `加减分/否决变化，分值变化 ${pointsDelta.toString()} / bonus, penalty or veto changed`,
      });
    }
    if (classMoved) {
      const old = ctx.classUnderOldRule?.get(creditCode);
      if (old !== undefined && old !== rb.class) {
        reasons.push({
          kind: 'class-rule',
          text: `按原分类规则应为 ${old}，新规则下为 ${rb.class} / the class rule change moved it (${old} under the old rule)`,
        });
      } else if (reasons.length === 0) {
        // Its own scores did not move: other firms' totals (or the rounding) moved its rank.
        reasons.push({
          kind: 'rank',
          text: `本企业得分未变 (${ra.total} → ${rb.total})，其他企业得分或取整变化改变了名次 / its own scores are unchanged; other firms' totals or the rounding moved its rank`,
        });
      }
    }
  }
  reasons.push(...policyReasons(a, b, classMoved, ctx.changedMeasures));
  const dS = new Dec(money(b, 'surcharge')).minus(money(a, 'surcharge'));
  const dR = new Dec(money(b, 'relief')).minus(money(a, 'relief'));
  return {
    creditCode,
    name: ra?.name ?? rb?.name ?? a.exclusion?.name ?? b.exclusion?.name ?? '',
    classBefore,
    classAfter,
    totalBefore: ra?.total ?? null,
    totalAfter: rb?.total ?? null,
    surchargeBefore: money(a, 'surcharge'),
    surchargeAfter: money(b, 'surcharge'),
    reliefBefore: money(a, 'relief'),
    reliefAfter: money(b, 'relief'),
    netDelta: dS.minus(dR).toFixed(2),
    reasons,
  };
}
