import { CLASS_IDS, IsoDate, type Described } from '@mujun/core';
import * as z from 'zod/mini';
import { Amount, SourceStatus } from './amount.js';
import { BilingualText, PolicyId } from './text.js';

/** Class letters a measure may target (南京 2018 adds C− between C and D). */
export const PolicyClass = z.enum(CLASS_IDS);

/** What consumption a surcharge is levied on. */
export const SurchargeBase = z.enum(['electricityKwh', 'gasM3', 'waterT']);
export type SurchargeBase = z.infer<typeof SurchargeBase>;

/** Levers that eligibility/priority measures act on (DOMAIN.md §6). */
export const Lever = z.enum(['newLand', 'energyQuota', 'emissionRights', 'directPowerTrading', 'subsidy', 'credit']);
export type Lever = z.infer<typeof Lever>;

/** A surcharge: rate per unit × the firm's consumption (差别化电价/水价/气价). */
const SurchargeInstrument = z.strictObject({
  kind: z.literal('surcharge'),
  base: SurchargeBase,
  ratePerUnit: Amount.clone(), // its own instance, to carry its own description
});

/** A tax relief: percentage × the tax due (城镇土地使用税 = land m² × local rate per m²). */
const ReliefInstrument = z.strictObject({
  kind: z.literal('relief'),
  tax: z.literal('urbanLandUseTax'),
  percent: Amount.clone(), // its own instance, to carry its own description
  ratePerM2: Amount.clone(), // its own instance, to carry its own description
});

/** Eligibility or priority for a resource, or a restriction; carries no money. */
const EligibilityInstrument = z.strictObject({
  kind: z.literal('eligibility'),
  lever: Lever,
  effect: z.enum(['priority', 'eligible', 'restricted', 'cut', 'barred']),
  note: z.optional(BilingualText),
});

/** The instrument of a measure. */
export const Instrument = z.discriminatedUnion('kind', [SurchargeInstrument, ReliefInstrument, EligibilityInstrument]);
export type Instrument = z.infer<typeof Instrument>;

/** Who a measure targets. Omitted lists mean "all". */
const AppliesTo = z.strictObject({
  classes: z.array(PolicyClass).check(z.minLength(1)),
  groups: z.optional(z.array(z.string().check(z.minLength(1)))),
  counties: z.optional(z.array(z.string().check(z.minLength(1)))),
  industries: z.optional(z.array(z.string().check(z.minLength(1)))),
});

/** A range of consecutive years in the current class. */
const ConsecutiveYears = z.strictObject({
  min: z.int().check(z.gte(1)),
  max: z.optional(z.int().check(z.gte(1))),
});

/** Conditions beyond class/group/county/industry. */
const Conditions = z.strictObject({
  consecutiveYears: z.optional(ConsecutiveYears),
  exemptIndustries: z.optional(z.array(z.string().check(z.minLength(1)))),
  exemptFirms: z.optional(z.array(z.string().check(z.minLength(1)))),
  newFirms: z._default(z.enum(['include', 'exclude', 'only']), 'include'),
});

/** Where a measure comes from. */
const MeasureSource = z.strictObject({
  document: z.string().check(z.minLength(1)),
  status: z._default(SourceStatus, 'published'),
  note: z.optional(z.string()),
});

/** One differentiated-policy measure (差别化政策措施). */
export const Measure = z.strictObject({
  id: PolicyId.clone(), // its own instance, to carry its own description
  name: BilingualText.clone(), // its own instance, to carry its own description
  source: MeasureSource,
  appliesTo: AppliesTo,
  conditions: z._default(Conditions, { newFirms: 'include' }),
  instrument: Instrument,
  combinationGroup: z.optional(PolicyId),
  exclusiveWith: z.optional(z.array(PolicyId)),
  validFrom: z.optional(IsoDate.clone()),
  validUntil: z.optional(IsoDate.clone()),
});
export type Measure = z.infer<typeof Measure>;

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
export const MEASURE_DOCS: readonly Described[] = [
  { schema: PolicyClass, description: 'Class letter: A, B, C, C- or D.' },
  { schema: SurchargeBase, description: 'electricityKwh: 用电量 in kWh; gasM3: 用气量 in m³; waterT: 用水量 in tonnes.' },
  {
    schema: Lever,
    description: 'newLand 新增用地; energyQuota 用能指标; emissionRights 排污权; directPowerTrading 电力直接交易; subsidy 财政奖补; credit 信贷.',
  },
  {
    schema: SurchargeInstrument,
    description: 'Surcharge in yuan = ratePerUnit × consumption.',
    fields: {
      kind: 'Instrument kind: surcharge (差别化加价).',
      ratePerUnit: 'Yuan per unit of the base (元/千瓦时, 元/立方米, 元/吨).',
    },
  },
  {
    schema: ReliefInstrument,
    description: 'Relief in yuan = land m² × ratePerM2 × percent / 100.',
    fields: {
      kind: 'Instrument kind: relief (税收减免).',
      tax: '城镇土地使用税 — the only tax base so far.',
      percent: 'Share of the tax relieved, in percent (100 = full relief).',
      ratePerM2: 'Local land-use tax rate, 元/平方米·年 — normally a user setting.',
    },
  },
  {
    schema: EligibilityInstrument,
    description: 'Eligibility, priority or restriction on a resource (no amount).',
    fields: {
      kind: 'Instrument kind: eligibility or priority (资格、优先).',
      effect: 'priority 优先; eligible 可申请; restricted 限制 (e.g. 零增地); cut 削减; barred 禁止.',
      note: 'What the effect means locally.',
    },
  },
  { schema: Instrument, description: 'surcharge | relief | eligibility.' },
  {
    schema: AppliesTo,
    description: 'The firms a measure targets.',
    fields: {
      classes: 'Classes the measure applies to.',
      groups: 'Scheme group ids (e.g. "above-scale"); omitted = all groups.',
      counties: 'Counties/districts; omitted = all.',
      industries: 'GB/T 4754 code prefixes ("C" = manufacturing, "33", "C33"); omitted = all. Firms without a code do not match.',
    },
  },
  {
    schema: ConsecutiveYears,
    fields: {
      min: 'Minimum consecutive years in the current class, this year included.',
      max: 'Maximum (inclusive); omitted = no maximum.',
    },
  },
  {
    schema: Conditions,
    description: 'Further conditions of a measure.',
    fields: {
      consecutiveYears: "Consecutive years in the firm's current class (连续 n 年), counted from the history.",
      exemptIndustries: 'Industry code prefixes exempted from this measure.',
      exemptFirms: 'Credit codes exempted from this measure.',
      newFirms: 'New firms (新建/新投产): include them, exclude them, or apply only to them. See README for "new".',
    },
  },
  {
    schema: MeasureSource,
    fields: {
      document: 'Source document, or "user setting" for a user-defined measure.',
      note: 'Caveats about the source.',
    },
  },
  {
    schema: Measure,
    description: 'A measure: whom it targets, on what conditions, with which instrument, and how it combines.',
    fields: {
      id: 'Unique id within the catalog.',
      name: 'What the measure is, as shown to firms.',
      source: 'Where the measure comes from.',
      combinationGroup: 'Id of a combination group (see catalog.combinationGroups); omitted = stacks freely.',
      exclusiveWith: 'Measures this one never co-applies with (symmetric). When a firm qualifies for both, the one listed first in the catalog applies.',
      validFrom: 'First day the measure is in force (YYYY-MM-DD, as published); omitted = not stated. Applied to an evaluated year before it: a warning.',
      validUntil: 'Last day the measure is in force (YYYY-MM-DD, as published); omitted = open-ended. Applied to an evaluated year after it: a warning.',
    },
  },
];
