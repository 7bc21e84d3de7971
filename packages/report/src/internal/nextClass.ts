import type { Bilingual, NextClass } from '@mujun/core';

const DIRECTION = { raise: 'r', lower: 'l' } as const;

/**
 * The way up as two detail sections, from core's structured `NextClass` — not its sentences, which
 * name the firm holding the last place of the target class: a sheet carries only the firm's own
 * figures and published ones (totals, classes). Section 6:
 * `status|target class|target total|points needed|basis|n` (`n` when no single figure reaches the
 * class); section 7, one verified path per figure: `label|needed|change|direction|unit|total|class`,
 * label and unit as indices into the strings table (`text` puts them there in the report's language).
 */
export function nextClassSections(next: NextClass, text: (b: Bilingual) => number): [string, string] {
  const none = next.status === 'reachable' && next.byFigure.length === 0 ? 'n' : '';
  const head = [next.status, next.targetClass ?? '', next.targetTotal ?? '', next.pointsNeeded ?? '', next.basis ?? '', none].join('|');
  const paths = next.byFigure.map((p) => [text(p.label), p.needed, p.change, DIRECTION[p.direction], text(p.unit), p.total, p.class].join('|')).join(';');
  return [head, paths];
}
