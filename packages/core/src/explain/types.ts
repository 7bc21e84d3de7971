import type { NumericField } from '../schema/record.js';
import type { Normalisation } from '../schema/scheme.js';
import type { Bilingual } from '../types/bilingual.js';
import type { AdjustmentApplied, ClassId, EnterpriseResult, IndicatorResult } from '../types/evaluation.js';

/** The result types of `explain`. Every number is an exact decimal string. */

/** One indicator of the firm as shown to it: its result, named, with its method and share of the total. */
export interface IndicatorExplanation extends IndicatorResult {
  /** Indicator name, e.g. 亩均税收 / tax per mu. */
  label: Bilingual;
  /** Unit of the value, e.g. 万元/亩 / 10⁴ yuan/mu. */
  unit: Bilingual;
  /** How it was normalised (the scheme's method). */
  method: Normalisation['method'];
  /** Shown score ÷ shown total × 100, 2 decimals half-up; null when the total is 0. */
  sharePercent: string | null;
  text: Bilingual;
}

/** A bonus, penalty or veto applied to the firm, with a sentence. */
export interface AdjustmentExplanation extends AdjustmentApplied {
  text: Bilingual;
}

/** Why the way to the next class is what it is. */
export type NextClassStatus =
  /** There is a next class and a target total. */
  | 'reachable'
  /** Already in the best class. */
  | 'top'
  /** A veto forces the last class or caps at C: no indicator can lift the class. */
  | 'veto'
  /** The pool is smaller than smallPool.minPoolSize: every firm has the fallback class. */
  | 'small-pool'
  /** The next class has no places in a pool of this size. */
  | 'no-places';

/**
 * One input figure of the firm changed alone to a stated value, with which the firm's whole pool was
 * evaluated again (its benchmarks moving with the firm's figure, every indicator the figure feeds,
 * every other firm's score and the quota): the firm then reaches the class stated.
 */
export interface FigurePath {
  /** The record field, e.g. taxWan, energyTce, landOwnedMu. */
  field: NumericField;
  label: Bilingual;
  unit: Bilingual;
  /** Raise (tax, sales …) or lower (energy, emissions, land …) the figure. */
  direction: 'raise' | 'lower';
  /** The figure now, as the record gives it. */
  current: string;
  /** The figure to reach, at the figure's stated precision (rounded toward the safe side, and that value verified). */
  needed: string;
  /** needed − current. */
  change: string;
  /** The firm's shown total and class when its pool is evaluated again with the figure at `needed`. */
  total: string;
  class: ClassId;
  text: Bilingual;
}

/** The way to the next better class. */
export interface NextClass {
  status: NextClassStatus;
  /** The next better class (reaching the target puts the firm in it or better); null at the top. */
  targetClass: ClassId | null;
  /** The shown total to reach with every other firm's total as it is now; null unless status is 'reachable'. */
  targetTotal: string | null;
  /** targetTotal − the firm's shown total. */
  pointsNeeded: string | null;
  /** Which class rule set the target: a quota place, a score band (minTotal), or both (hybrid). */
  basis: 'quota' | 'threshold' | null;
  /** What the target is and how it was defined. */
  text: Bilingual;
  /**
   * The figures that alone take the firm to the target class, each verified by evaluating the pool
   * again with the change; empty unless reachable, and empty when no single figure does (the text says so).
   */
  byFigure: FigurePath[];
}

/** Everything about one scored firm: how its total is made, where it stands, and the way up. */
export interface Explanation
  extends Pick<
    EnterpriseResult,
    'creditCode' | 'name' | 'group' | 'pool' | 'county' | 'landMu' | 'rawTotal' | 'total' | 'rank' | 'poolSize' | 'class' | 'classBeforeVeto'
  > {
  schemeId: string;
  indicators: IndicatorExplanation[];
  adjustments: AdjustmentExplanation[];
  /** "37.35 + 24.48 + … = 115.99": the shown contributions adding up to the total. */
  sum: string;
  className: Bilingual;
  nextClass: NextClass;
  /** One-paragraph summary. */
  summary: Bilingual;
}
