import type { Scheme } from '@mujun/core';

/** One difference between the baseline and the scenario scheme. */
export type SchemeChange =
  | { kind: 'weight'; group: string; indicator: string; from: number | null; to: number | null; text: string }
  | { kind: 'indicator-rule'; group: string; indicator: string; what: string[]; text: string }
  | { kind: 'group'; group: string; what: 'added' | 'removed' | 'membership' | 'missing-rules'; text: string }
  | { kind: 'class-rule'; what: string[]; text: string }
  | { kind: 'scope' | 'adjustments' | 'rounding'; text: string };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What differs between two parsed schemes, in scheme order: group by group and indicator by
 * indicator (weights, then normalisation / benchmark / variant; a group's missing-data rules by figure), then the class
 * rule, scope, adjustments and rounding. Texts are 中文 / English.
 */
export function schemeChanges(a: Scheme, b: Scheme): SchemeChange[] {
  const changes: SchemeChange[] = [];
  const groupIds = [...a.groups.map((g) => g.id), ...b.groups.filter((g) => !a.groups.some((x) => x.id === g.id)).map((g) => g.id)];
  for (const id of groupIds) {
    const ga = a.groups.find((g) => g.id === id);
    const gb = b.groups.find((g) => g.id === id);
    if (ga === undefined || gb === undefined) {
      const what = ga === undefined ? 'added' : 'removed';
      changes.push({ kind: 'group', group: id, what, text: `评价组 ${id} ${what === 'added' ? '新增' : '删除'} / group ${id} ${what}` });
      continue;
    }
    if (!same(ga.membership, gb.membership) || ga.applyLandThreshold !== gb.applyLandThreshold) {
      changes.push({ kind: 'group', group: id, what: 'membership', text: `评价组 ${id} 范围变化 / group ${id} membership changed` });
    }
    if (!same(ga.missing, gb.missing)) {
      changes.push({ kind: 'group', group: id, what: 'missing-rules', text: `评价组 ${id} 缺失数据规则变化 / group ${id} missing-data rules changed` });
    }
    const indicatorIds = [...ga.indicators.map((i) => i.id), ...gb.indicators.filter((i) => !ga.indicators.some((x) => x.id === i.id)).map((i) => i.id)];
    for (const ind of indicatorIds) {
      const ia = ga.indicators.find((i) => i.id === ind);
      const ib = gb.indicators.find((i) => i.id === ind);
      if (ia?.weight !== ib?.weight) {
        const from = ia?.weight ?? null;
        const to = ib?.weight ?? null;
        changes.push({
          kind: 'weight',
          group: id,
          indicator: ind,
          from,
          to,
          text: `${id} ${ind} 权重 ${from ?? '—'} → ${to ?? '—'} / weight ${from ?? '—'} → ${to ?? '—'}`,
        });
      }
      if (ia === undefined || ib === undefined) continue;
      const what = (['normalisation', 'benchmark', 'variant'] as const).filter((k) => !same(ia[k], ib[k]));
      if (what.length > 0) {
        changes.push({
          kind: 'indicator-rule',
          group: id,
          indicator: ind,
          what: [...what],
          text: `${id} ${ind} 计分规则变化 (${what.join(', ')}) / scoring rule changed`,
        });
      }
    }
  }
  const classWhat = (['mode', 'tiers', 'tieBreak', 'smallPool', 'poolByCounty'] as const).filter((k) => !same(a.classes[k], b.classes[k]));
  if (classWhat.length > 0) changes.push({ kind: 'class-rule', what: [...classWhat], text: `分类规则变化 (${classWhat.join(', ')}) / class rule changed` });
  if (!same(a.scope, b.scope) || !same(a.land, b.land) || !same(a.emissionEquivalents, b.emissionEquivalents) || a.emissionBasis !== b.emissionBasis) {
    changes.push({ kind: 'scope', text: '评价范围或用地口径变化 / scope, land or emission rules changed' });
  }
  if (!same(a.adjustments, b.adjustments)) changes.push({ kind: 'adjustments', text: '加减分或否决规则变化 / bonus, penalty or veto rules changed' });
  if (!same(a.rounding, b.rounding)) changes.push({ kind: 'rounding', text: '取整规则变化 / rounding changed' });
  return changes;
}
