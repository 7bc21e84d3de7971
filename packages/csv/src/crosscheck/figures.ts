import type { IndicatorSpec, InputFigureId } from '@mujun/core';
import { indicatorFacts } from '@mujun/core/engine';

/** The figures an indicator divides: its facts in core's one table of formulas (DOMAIN.md §3), the land for `landMu`. */
export function indicatorFigures(spec: Pick<IndicatorSpec, 'id' | 'variant'>): InputFigureId[] {
  return indicatorFacts(spec).map((fact) => (fact === 'landMu' ? 'land' : fact));
}
