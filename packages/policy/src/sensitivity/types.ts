import type { ClassId, EnterpriseResult, Evaluation } from '@mujun/core';

/** Options of {@link sensitivity}. Noise levels are relative: 0.1 = ±10 %, drawn uniformly. */
export interface SensitivityOptions {
  /** Number of Monte Carlo draws (1 … 100 000). */
  draws: number;
  /** Seed: the same seed gives the same draws and probabilities. */
  seed: number | string;
  /** Relative noise on each group's indicator weights, in [0, 1): w × (1 + U(−n, n)). Default 0.1. */
  weightNoise?: number | undefined;
  /**
   * Keep each group's weight total after the noise (default true), so threshold classes keep
   * their meaning; quota classes are unaffected by a common scale.
   */
  renormalise?: boolean | undefined;
  /** Relative noise on each pool's benchmark per indicator (ratio scoring only), in [0, 1). */
  benchmarkNoise?: number | undefined;
  /** Relative error of each firm's indicator values (ratio scoring only), in [0, 1). */
  dataError?: number | undefined;
  /** Report the parameters of every draw (weights, benchmark factors). */
  reportDraws?: boolean | undefined;
  /** A firm is unstable when fewer than this share of draws give its evaluated class (default 0.95). */
  stability?: number | undefined;
}

/** Class probabilities of one firm. */
export interface FirmSensitivity extends Pick<EnterpriseResult, 'creditCode' | 'name' | 'pool'> {
  /** Class in the evaluation itself (no noise). */
  evaluatedClass: ClassId;
  /** Share of draws in each class of the scheme (0 … 1); the shares add up to 1. */
  probabilities: Partial<Record<ClassId, number>>;
  /** Number of draws in each class. */
  counts: Partial<Record<ClassId, number>>;
  /** True when the evaluated class came up in fewer than `stability` of the draws. */
  unstable: boolean;
}

/** The parameters of one draw, exact decimal strings (reproducible from the seed). */
export interface DrawParameters {
  draw: number;
  /** group → indicator → weight used in this draw. */
  weights: Record<string, Record<string, string>>;
  /** pool → indicator → benchmark multiplier (1 + δ), when benchmarkNoise > 0. */
  benchmarkFactors?: Record<string, Record<string, string>>;
}

/** The result of {@link sensitivity}. */
export interface SensitivityResult {
  /** The evaluation without noise, which the draws perturb. */
  evaluation: Evaluation;
  drawCount: number;
  seed: number | string;
  /** Scored firms, in the evaluation's order. */
  perFirm: FirmSensitivity[];
  /** Credit codes of unstable firms, ascending. */
  unstable: string[];
  /** Per-draw parameters, when `reportDraws`. Data errors are per firm and not listed (reproducible from the seed). */
  draws?: DrawParameters[];
  /** How many firm totals (over all draws) were recomputed in exact decimals because the float total lay near a rounding boundary. */
  exactFallbacks: number;
  /** 中文 / English notes, e.g. indicators the benchmark or data noise does not reach. */
  warnings: string[];
}
