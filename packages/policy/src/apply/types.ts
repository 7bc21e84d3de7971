import type { Bilingual, EnterpriseRecord, EnterpriseResult } from '@mujun/core';
import type { SourceStatus } from '../catalog/amount.js';
import type { Instrument, Lever } from '../catalog/measure.js';
import type { ClassHistory } from '../history/history.js';
import type { MeasureOutOfPeriod } from './measurePeriod.js';

/** Consumption and tax-base figures of one firm that records do not carry (decimal strings). */
export interface ConsumptionFigures {
  /** Electricity in kWh; overrides the record's electricityWanKwh × 10 000. */
  electricityKwh?: string | undefined;
  /** Natural gas in m³. */
  gasM3?: string | undefined;
  /** Water in tonnes. */
  waterT?: string | undefined;
  /** Land area for 城镇土地使用税 in m²; overrides landOwnedMu ÷ 0.0015. */
  landM2?: string | undefined;
}

/**
 * Inputs of {@link applyPolicies} besides the evaluation and the catalog. Every field may be left
 * out or given as `undefined` (callers compiled with `exactOptionalPropertyTypes` pass what they hold).
 */
export interface ApplyOptions {
  /** Prior years' classes, for "consecutive years in class" conditions. */
  history?: ClassHistory | undefined;
  /** The evaluated year; defaults to the history's latest year + 1. */
  year?: number | undefined;
  /**
   * The evaluated records: electricity (万kWh), land-use-right area (亩) and whether a firm leases
   * its land (租用土地面积, 租用厂房面积) come from them.
   */
  records?: readonly EnterpriseRecord[] | undefined;
  /** Per-firm consumption by credit code (gas, water, or overrides). */
  consumption?: Readonly<Record<string, ConsumptionFigures>> | undefined;
  /** Values of the catalog's user settings, by setting id (decimal strings). */
  settings?: Readonly<Record<string, string>> | undefined;
  /** Credit codes of new firms (besides firms absent from a non-empty history). */
  newFirms?: readonly string[] | undefined;
}

/** How a money amount was computed, so a firm can check it by hand. */
export interface AmountCalculation {
  /** Quantity the rate applies to (kWh, m³, t or m²), full precision. */
  quantity: string;
  /** Unit of the quantity. */
  unit: 'kWh' | 'm3' | 't' | 'm2';
  /** Where the quantity came from. */
  quantityFrom: 'consumption' | 'record' | 'evaluation';
  /** Rate per unit in yuan. */
  rate: string;
  /** Relief percentage (reliefs only). */
  percent?: string;
}

/** A measure that applies to a firm. Treat as read-only: eligibility entries are shared between firms. */
export interface AppliedMeasure {
  measureId: string;
  name: Bilingual;
  kind: Instrument['kind'];
  /** Yuan, rounded to the fen (0.01), half-up; null for eligibility measures. */
  amount: string | null;
  calculation?: AmountCalculation;
  /** For eligibility measures. */
  lever?: Lever;
  effect?: Extract<Instrument, { kind: 'eligibility' }>['effect'];
  source: string;
  status: SourceStatus;
  /** User settings the amount used (a catalog default counts as used). */
  settingsUsed: string[];
}

/** A measure the firm qualified for by class and conditions, but that does not apply. */
export interface SkippedMeasure {
  measureId: string;
  /**
   * missing-setting, missing-consumption: it cannot be priced; not-land-right-holder: a land-use-tax
   * relief for a firm on leased land (the land-right holder pays that tax); superseded, exclusive:
   * another measure applies instead.
   */
  reason: 'missing-setting' | 'missing-consumption' | 'not-land-right-holder' | 'superseded' | 'exclusive';
  /** The measure that won, for superseded (highest applies) and exclusive. */
  by?: string;
  /** 中文 / English explanation. */
  detail: string;
}

/** The policies of one firm: a scored firm, or an exempt firm managed as a class. */
export interface FirmPolicies extends Pick<EnterpriseResult, 'creditCode' | 'name' | 'class' | 'group' | 'county' | 'industryCode'> {
  /** True for an exempt firm the scheme manages as a class for policy purposes (不定等级按某类管理). */
  managedAs: boolean;
  /** Consecutive years in the current class, this year included (1 without history). */
  consecutiveYears: number;
  newFirm: boolean;
  measures: AppliedMeasure[];
  skipped: SkippedMeasure[];
  /** Σ surcharge amounts, yuan. */
  surcharge: string;
  /** Σ relief amounts, yuan. */
  relief: string;
}

/** Money figures of a set of firms. */
export interface FiscalFigures {
  /** Surcharge revenue (加价收入), yuan. */
  surchargeRevenue: string;
  /** Relief forgone (减免让利), yuan. */
  reliefForgone: string;
  /** surchargeRevenue − reliefForgone. */
  net: string;
  /** Scored firms in the set. */
  firms: number;
  /** Firms paying any surcharge. */
  firmsCharged: number;
  /** Firms receiving any relief. */
  firmsRelieved: number;
}

/** The fiscal summary (财政影响): totals and breakdowns; keys are sorted. */
export interface FiscalSummary {
  total: FiscalFigures;
  byClass: Record<string, FiscalFigures>;
  byGroup: Record<string, FiscalFigures>;
  /** "(unknown)" collects firms without a county. */
  byCounty: Record<string, FiscalFigures>;
  /** By GB/T 4754 2-digit division (e.g. "C33"); "(unknown)" without a code. */
  byIndustry: Record<string, FiscalFigures>;
  /** Amount and number of firms per money measure. */
  byMeasure: Record<string, { kind: 'surcharge' | 'relief'; amount: string; firms: number }>;
}

/** A user setting as it was used. */
export interface SettingUsed {
  value: string;
  from: 'user' | 'default';
  unit: string;
  label: string;
}

/** The result of {@link applyPolicies}. */
export interface PolicyOutcome {
  catalogId: string;
  /** The evaluated year, when known (options.year or history). */
  year: number | null;
  /** One entry per scored firm in the evaluation's order, then exempt firms managed as a class. */
  firms: FirmPolicies[];
  fiscal: FiscalSummary;
  settings: Record<string, SettingUsed>;
  /** Settings no value was given for (their measures are skipped). */
  missingSettings: string[];
  /** Measures applied to a year outside their validity period (each also has a warning). */
  outOfPeriod: MeasureOutOfPeriod[];
  /** Bilingual notes: unverified sources, placeholder defaults, skipped measures, expired measures, whose land was assumed held. */
  warnings: string[];
}
