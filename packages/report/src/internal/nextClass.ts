import type { NextClass } from '@mujun/core';
import { INDICATOR_ORDER } from './indicatorRows.js';
import { formatDecimal, placesFor, roundDirected } from './decimal.js';

/** Comparators as one letter in the detail string (">" would be escaped in the page). */
const COMPARATOR = { '>=': 'g', '<=': 'l', '>': 'm' } as const;

/**
 * The way up as two detail sections, from core's structured `NextClass` — not its sentences, which
 * name the firm holding the last place of the target class: a sheet shows no other firm's data.
 * Section 6: `status|target class|target total|points needed|basis`; section 7, one path per
 * indicator: `indicator|reachable|needed value|comparator|change|amount field|amount|blocked by`.
 * Needed values are rounded toward the safe side to six significant digits.
 */
export function nextClassSections(next: NextClass): [string, string] {
  const head = [next.status, next.targetClass ?? '', next.targetTotal ?? '', next.pointsNeeded ?? '', next.basis ?? ''].join('|');
  const paths = next.byIndicator
    .map((p) => {
      const up = p.comparator !== '<=';
      const needed =
        p.neededValue === null ? '' : formatDecimal(roundDirected(p.neededValue, placesFor(p.neededValue, 6), up ? 'up' : 'down'), placesFor(p.neededValue, 6));
      const change = p.change === null ? '' : formatDecimal(p.change, placesFor(p.change.replace('-', ''), 6));
      const amount = p.neededAmount
        ? formatDecimal(roundDirected(p.neededAmount.value, placesFor(p.neededAmount.value, 6), 'up'), placesFor(p.neededAmount.value, 6))
        : '';
      return [
        INDICATOR_ORDER.indexOf(p.id),
        p.reachable ? 1 : 0,
        needed,
        p.comparator ? COMPARATOR[p.comparator] : '',
        change,
        p.neededAmount?.field ?? '',
        amount,
        p.blockedBy ?? '',
      ].join('|');
    })
    .join(';');
  return [head, paths];
}
