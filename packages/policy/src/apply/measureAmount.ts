import type { EnterpriseRecord } from '@mujun/core';
import type { Amount } from '../catalog/amount.js';
import type { Measure } from '../catalog/measure.js';
import { Dec, toYuan } from '../internal/decimal.js';
import { landQuantity, surchargeQuantity } from './firmQuantities.js';
import type { PolicySubject } from './policySubject.js';
import type { AppliedMeasure, ConsumptionFigures, SettingUsed, SkippedMeasure } from './types.js';

/** What a measure needs to price itself for one firm. */
export interface PricingContext {
  subject: PolicySubject;
  record: EnterpriseRecord | undefined;
  consumption: ConsumptionFigures | undefined;
  settings: Readonly<Record<string, SettingUsed>>;
}

type Resolved = { value: InstanceType<typeof Dec>; settings: string[] } | { missing: string };

function resolve(amount: Amount, settings: Readonly<Record<string, SettingUsed>>): Resolved {
  if ('value' in amount) return { value: new Dec(amount.value), settings: [] };
  const s = settings[amount.setting];
  if (s === undefined) return { missing: amount.setting };
  return { value: new Dec(s.value).times(amount.factor ?? '1'), settings: [amount.setting] };
}

/**
 * Prices one measure for one firm: amount in yuan, rounded to the fen half-up; or the reason it
 * cannot be priced (a setting without value, a consumption figure nobody gave).
 */
export function measureAmount(measure: Measure, ctx: PricingContext): AppliedMeasure | SkippedMeasure {
  const head = {
    measureId: measure.id,
    name: measure.name,
    source: measure.source.document,
    status: measure.source.status,
  };
  const ins = measure.instrument;
  if (ins.kind === 'eligibility') {
    return { ...head, kind: 'eligibility', amount: null, lever: ins.lever, effect: ins.effect, settingsUsed: [] };
  }
  const rate = resolve(ins.kind === 'surcharge' ? ins.ratePerUnit : ins.ratePerM2, ctx.settings);
  const percent = ins.kind === 'relief' ? resolve(ins.percent, ctx.settings) : { value: new Dec(100), settings: [] };
  if ('missing' in rate) return missingSetting(measure, rate.missing);
  if ('missing' in percent) return missingSetting(measure, percent.missing);
  const q = ins.kind === 'surcharge' ? surchargeQuantity(ins.base, ctx.consumption, ctx.record) : landQuantity(ctx.consumption, ctx.record, ctx.subject.landMu);
  if (q === undefined) {
    return {
      measureId: measure.id,
      reason: 'missing-consumption',
      detail: `no ${ins.kind === 'surcharge' ? ins.base : 'land'} figure for this firm / 缺少该企业的用量数据`,
    };
  }
  // One division at most: (num × rate × percent) / (den × 100), exact to 40 digits, then the fen.
  const amount = ins.kind === 'surcharge' && q.den.eq(1) ? q.num.times(rate.value) : q.num.times(rate.value).times(percent.value).div(q.den.times(100));
  return {
    ...head,
    kind: ins.kind,
    amount: toYuan(amount),
    calculation: { ...q.shown, rate: rate.value.toString(), ...(ins.kind === 'relief' ? { percent: percent.value.toString() } : {}) },
    settingsUsed: [...rate.settings, ...percent.settings],
  };
}

function missingSetting(measure: Measure, setting: string): SkippedMeasure {
  return { measureId: measure.id, reason: 'missing-setting', detail: `setting ${setting} has no value / 用户设定 ${setting} 未设定` };
}
