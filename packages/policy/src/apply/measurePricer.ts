import type { Amount } from '../catalog/amount.js';
import type { Measure } from '../catalog/measure.js';
import { Dec } from '@mujun/core/engine';
import { fenToYuan } from '../internal/fen.js';
import { calculationText, exactOf, roundedFen, times } from './exactMoney.js';
import { landQuantity, surchargeQuantity, TENANT } from './firmQuantities.js';
import type { PolicySubject } from './policySubject.js';
import type { AmountCalculation, AppliedMeasure, ConsumptionFigures, SettingUsed, SkippedMeasure } from './types.js';

/** What pricing a measure needs to know about one firm. */
export interface FirmInputs {
  subject: PolicySubject;
  consumption: ConsumptionFigures | undefined;
}

/** Prices one measure for one firm. */
export type Pricer = (firm: FirmInputs) => AppliedMeasure | SkippedMeasure;

type Resolved = { value: Dec; settings: string[] } | { missing: string };

function resolve(amount: Amount, settings: Readonly<Record<string, SettingUsed>>): Resolved {
  if ('value' in amount) return { value: new Dec(amount.value), settings: [] };
  const s = settings[amount.setting];
  if (s === undefined) return { missing: amount.setting };
  return { value: new Dec(s.value).times(amount.factor ?? '1'), settings: [amount.setting] };
}

function missingSetting(measure: Measure, setting: string): SkippedMeasure {
  return Object.freeze({ measureId: measure.id, reason: 'missing-setting', detail: `用户设定 ${setting} 未设定 / setting ${setting} has no value` });
}

/**
 * Prepares, once per run, how a measure prices itself for a firm: amount in yuan, rounded to the
 * fen half-up; or the reason it cannot be priced (a setting without value, a consumption figure
 * nobody gave). Rates are resolved once; outcomes that are the same for every firm (eligibility,
 * a missing setting) are one frozen object shared by all firms.
 */
export function measurePricer(measure: Measure, settings: Readonly<Record<string, SettingUsed>>): Pricer {
  const head = { measureId: measure.id, name: measure.name, source: measure.source.document, status: measure.source.status };
  const ins = measure.instrument;
  if (ins.kind === 'eligibility') {
    const applied: AppliedMeasure = Object.freeze({ ...head, kind: 'eligibility', amount: null, lever: ins.lever, effect: ins.effect, settingsUsed: [] });
    return () => applied;
  }
  const rate = resolve(ins.kind === 'surcharge' ? ins.ratePerUnit : ins.ratePerM2, settings);
  const percent = ins.kind === 'relief' ? resolve(ins.percent, settings) : { value: new Dec(100), settings: [] };
  if ('missing' in rate || 'missing' in percent) {
    const skipped = missingSetting(measure, 'missing' in rate ? rate.missing : 'missing' in percent ? percent.missing : '');
    return () => skipped;
  }
  const rateText = calculationText(rate.value);
  const percentText = calculationText(percent.value);
  // rate × percent as whole numbers (both plain non-negative decimals: the catalog's and the settings' schemas say so).
  const ratePercent = times(exactOf(rate.value.toFixed()), exactOf(percent.value.toFixed()));
  const settingsUsed = [...rate.settings, ...percent.settings];
  const tenant: SkippedMeasure = Object.freeze({
    measureId: measure.id,
    reason: 'not-land-right-holder',
    detail: '承租土地，城镇土地使用税由土地使用权人缴纳，不予减免 / land leased in: the land-right holder pays the land-use tax, so the tenant gets no relief',
  });
  return (firm) => {
    const figures = firm.subject.figures();
    const q =
      ins.kind === 'surcharge' ? surchargeQuantity(ins.base, firm.consumption, figures) : landQuantity(firm.consumption, figures, firm.subject.landMu());
    if (q === TENANT) return tenant;
    if (q === undefined) {
      return {
        measureId: measure.id,
        reason: 'missing-consumption',
        detail: `缺少该企业的用量数据（${ins.kind === 'surcharge' ? ins.base : 'land'}） / no ${ins.kind === 'surcharge' ? ins.base : 'land'} figure for this firm`,
      };
    }
    // yuan = num × rate × percent / (den × 100), so fen = num × rate × percent / den: exact, rounded once, half-up.
    // Written out field by field (no spreads): this runs for every firm a money measure applies to.
    const { quantity, unit, quantityFrom } = q.shown;
    const calculation: AmountCalculation =
      ins.kind === 'relief' ? { quantity, unit, quantityFrom, rate: rateText, percent: percentText } : { quantity, unit, quantityFrom, rate: rateText };
    return {
      measureId: head.measureId,
      name: head.name,
      source: head.source,
      status: head.status,
      kind: ins.kind,
      amount: fenToYuan(roundedFen(times(q.num, ratePercent), q.den)),
      calculation,
      settingsUsed,
    };
  };
}
