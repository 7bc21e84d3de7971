import * as z from 'zod/mini';
import { Amount, SourceStatus } from './amount.js';
import { BilingualText, PolicyId } from './text.js';

/** Class letters a measure may target (南京 2018 adds C− between C and D). */
export const PolicyClass = z.enum(['A', 'B', 'C', 'C-', 'D']).check(z.describe('Class letter: A, B, C, C- or D.'));

/** What consumption a surcharge is levied on. */
export const SurchargeBase = z
  .enum(['electricityKwh', 'gasM3', 'waterT'])
  .check(z.describe('electricityKwh: 用电量 in kWh; gasM3: 用气量 in m³; waterT: 用水量 in tonnes.'));
export type SurchargeBase = z.infer<typeof SurchargeBase>;

/** Levers that eligibility/priority measures act on (DOMAIN.md §6). */
export const Lever = z
  .enum(['newLand', 'energyQuota', 'emissionRights', 'directPowerTrading', 'subsidy', 'credit'])
  .check(z.describe('newLand 新增用地; energyQuota 用能指标; emissionRights 排污权; directPowerTrading 电力直接交易; subsidy 财政奖补; credit 信贷.'));
export type Lever = z.infer<typeof Lever>;

/** A surcharge: rate per unit × the firm's consumption (差别化电价/水价/气价). */
export const SurchargeInstrument = z
  .strictObject({
    kind: z.literal('surcharge').check(z.describe('Instrument kind: surcharge (差别化加价).')),
    base: SurchargeBase,
    ratePerUnit: Amount.check(z.describe('Yuan per unit of the base (元/千瓦时, 元/立方米, 元/吨).')),
  })
  .check(z.describe('Surcharge in yuan = ratePerUnit × consumption.'));

/** A tax relief: percentage × the tax due (城镇土地使用税 = land m² × local rate per m²). */
export const ReliefInstrument = z
  .strictObject({
    kind: z.literal('relief').check(z.describe('Instrument kind: relief (税收减免).')),
    tax: z.literal('urbanLandUseTax').check(z.describe('城镇土地使用税 — the only tax base so far.')),
    percent: Amount.check(z.describe('Share of the tax relieved, in percent (100 = full relief).')),
    ratePerM2: Amount.check(z.describe('Local land-use tax rate, 元/平方米·年 — normally a user setting.')),
  })
  .check(z.describe('Relief in yuan = land m² × ratePerM2 × percent / 100.'));

/** Eligibility or priority for a resource, or a restriction; carries no money. */
export const EligibilityInstrument = z
  .strictObject({
    kind: z.literal('eligibility').check(z.describe('Instrument kind: eligibility or priority (资格、优先).')),
    lever: Lever,
    effect: z
      .enum(['priority', 'eligible', 'restricted', 'cut', 'barred'])
      .check(z.describe('priority 优先; eligible 可申请; restricted 限制 (e.g. 零增地); cut 削减; barred 禁止.')),
    note: z.optional(BilingualText).check(z.describe('What the effect means locally.')),
  })
  .check(z.describe('Eligibility, priority or restriction on a resource (no amount).'));

/** The instrument of a measure. */
export const Instrument = z
  .discriminatedUnion('kind', [SurchargeInstrument, ReliefInstrument, EligibilityInstrument])
  .check(z.describe('surcharge | relief | eligibility.'));
export type Instrument = z.infer<typeof Instrument>;

/** Who a measure targets. Omitted lists mean "all". */
export const AppliesTo = z
  .strictObject({
    classes: z.array(PolicyClass).check(z.minLength(1), z.describe('Classes the measure applies to.')),
    groups: z.optional(z.array(z.string().check(z.minLength(1)))).check(z.describe('Scheme group ids (e.g. "above-scale"); omitted = all groups.')),
    counties: z.optional(z.array(z.string().check(z.minLength(1)))).check(z.describe('Counties/districts; omitted = all.')),
    industries: z
      .optional(z.array(z.string().check(z.minLength(1))))
      .check(z.describe('GB/T 4754 code prefixes ("C" = manufacturing, "33", "C33"); omitted = all. Firms without a code do not match.')),
  })
  .check(z.describe('The firms a measure targets.'));

/** Conditions beyond class/group/county/industry. */
export const Conditions = z
  .strictObject({
    consecutiveYears: z
      .optional(
        z.strictObject({
          min: z.int().check(z.gte(1), z.describe('Minimum consecutive years in the current class, this year included.')),
          max: z.optional(z.int().check(z.gte(1))).check(z.describe('Maximum (inclusive); omitted = no maximum.')),
        }),
      )
      .check(z.describe("Consecutive years in the firm's current class (连续 n 年), counted from the history.")),
    exemptIndustries: z.optional(z.array(z.string().check(z.minLength(1)))).check(z.describe('Industry code prefixes exempted from this measure.')),
    exemptFirms: z.optional(z.array(z.string().check(z.minLength(1)))).check(z.describe('Credit codes exempted from this measure.')),
    newFirms: z
      ._default(z.enum(['include', 'exclude', 'only']), 'include')
      .check(z.describe('New firms (新建/新投产): include them, exclude them, or apply only to them. See README for "new".')),
  })
  .check(z.describe('Further conditions of a measure.'));

/** One differentiated-policy measure (差别化政策措施). */
export const Measure = z
  .strictObject({
    id: PolicyId.check(z.describe('Unique id within the catalog.')),
    name: BilingualText.check(z.describe('What the measure is, as shown to firms.')),
    source: z
      .strictObject({
        document: z.string().check(z.minLength(1), z.describe('Source document, or "user setting" for a user-defined measure.')),
        status: z._default(SourceStatus, 'published'),
        note: z.optional(z.string()).check(z.describe('Caveats about the source.')),
      })
      .check(z.describe('Where the measure comes from.')),
    appliesTo: AppliesTo,
    conditions: z._default(Conditions, { newFirms: 'include' }),
    instrument: Instrument,
    combinationGroup: z.optional(PolicyId).check(z.describe('Id of a combination group (see catalog.combinationGroups); omitted = stacks freely.')),
    exclusiveWith: z
      .optional(z.array(PolicyId))
      .check(z.describe('Measures this one never co-applies with (symmetric). When a firm qualifies for both, the one listed first in the catalog applies.')),
  })
  .check(z.describe('A measure: whom it targets, on what conditions, with which instrument, and how it combines.'));
export type Measure = z.infer<typeof Measure>;
