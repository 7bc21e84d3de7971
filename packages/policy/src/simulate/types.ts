import type { ClassId, Comparison, Evaluation, Scheme } from '@mujun/core';
import type { FiscalFigures, PolicyOutcome } from '../apply/types.js';
import type { PolicyCatalog } from '../catalog/catalog.js';
import type { CatalogChange } from './catalogChanges.js';
import type { SchemeChange } from './schemeChanges.js';

/** One side of a simulation: a scheme, and optionally a policy catalog with its settings. */
export interface SimulationSide {
  /** As `validateScheme` or `getPreset` returned it (core's `evaluate` takes no other). */
  scheme: Scheme;
  /** Policies; none when omitted. */
  catalog?: PolicyCatalog;
  /** User settings of this side's catalog. */
  settings?: Readonly<Record<string, string>>;
}

/** Why a firm's class or money changed. Score deltas are in points, amounts in yuan. */
export type ChangeReason =
  | { kind: 'weight'; indicator: string; from: string | null; to: string | null; scoreDelta: string; text: string }
  | { kind: 'benchmark'; indicator: string; from: string | null; to: string | null; scoreDelta: string; text: string }
  | { kind: 'indicator-rule'; indicator: string; scoreDelta: string; text: string }
  | { kind: 'pool'; indicator: string; scoreDelta: string; text: string }
  | { kind: 'adjustment'; pointsDelta: string; text: string }
  | { kind: 'class-rule'; text: string }
  | { kind: 'rank'; text: string }
  | { kind: 'scope'; text: string }
  | { kind: 'policy'; measureId: string; from: string | null; to: string | null; cause: 'catalog' | 'class' | 'other'; text: string };

/** A firm whose class, money or measures differ between baseline and scenario. */
export interface FirmChange {
  creditCode: string;
  name: string;
  classBefore: ClassId | 'excluded';
  classAfter: ClassId | 'excluded';
  totalBefore: string | null;
  totalAfter: string | null;
  surchargeBefore: string;
  surchargeAfter: string;
  reliefBefore: string;
  reliefAfter: string;
  /** What the firm pays more (+) or less (−): Δ surcharge − Δ relief, yuan. */
  netDelta: string;
  reasons: ChangeReason[];
}

/** Fiscal figures of both sides and their difference (scenario − baseline). */
export interface FiscalDelta {
  baseline: FiscalFigures;
  scenario: FiscalFigures;
  delta: { surchargeRevenue: string; reliefForgone: string; net: string };
  /** The same by class (classes of either side). */
  byClass: Record<
    string,
    { baseline: FiscalFigures | null; scenario: FiscalFigures | null; delta: { surchargeRevenue: string; reliefForgone: string; net: string } }
  >;
}

/** The result of {@link simulate}. */
export interface SimulationResult {
  baseline: { evaluation: Evaluation; policies: PolicyOutcome };
  scenario: { evaluation: Evaluation; policies: PolicyOutcome };
  schemeChanges: SchemeChange[];
  catalogChanges: CatalogChange[];
  /** `@mujun/core`'s `compare` of the two evaluations (the same records: no firm is new or gone). */
  migration: Comparison;
  fiscal: FiscalDelta;
  /** Every firm whose class, money or measures change, by credit code, with reasons. */
  changes: FirmChange[];
}
