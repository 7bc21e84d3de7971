import * as z from 'zod/mini';
import type { Described } from './described.js';
import { CLASS_IDS, INDICATOR_IDS } from '../types/evaluation.js';
import { IsoDate } from './record.js';

/** Scheme parts: sources, scope (DOMAIN.md §2), land and emission-equivalent rules. */

/** The ten indicator ids as a zod enum. */
export const IndicatorIdSchema = z.enum(INDICATOR_IDS);

/** Class letters a scheme may use, best first. */
export const ClassIdSchema = z.enum(CLASS_IDS);

/** A GB/T 4754 industry code prefix: optional section letter, then digits ("D44", "4620", "C", "N772"). */
export const IndustryCodePrefix = z.string().check(z.regex(/^([A-T]\d{0,4}|\d{2,4})$/, 'a GB/T 4754 code prefix such as "D44" or "4620" / 行业代码前缀'));

/** A published document a scheme (or a part of it) comes from. */
export const SchemeSource = z.strictObject({
  title: z.string().check(z.minLength(1)),
  year: z.int().check(z.gte(1990), z.lte(2100)),
  url: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type SchemeSource = z.infer<typeof SchemeSource>;

const ExemptIndustry = z.strictObject({
  codePrefix: IndustryCodePrefix,
  reason: z.string().check(z.minLength(1)),
});

const ExemptFlag = z.strictObject({
  flag: z.string().check(z.minLength(1)),
  reason: z.string().check(z.minLength(1)),
});

export const Scope = z.strictObject({
  exemptIndustries: z._default(z.array(ExemptIndustry), []),
  exemptFlags: z._default(z.array(ExemptFlag), []),
  minYearsInProduction: z._default(z.int().check(z.gte(0)), 0),
  referenceDate: z.optional(IsoDate),
  constructionPeriodExemption: z._default(z.boolean(), true),
  belowScaleLandThresholdMu: z._default(z.number().check(z.gte(0)), 3),
  keyPolluterPrecedence: z._default(z.boolean(), true),
  unratedManagedAs: z.optional(ClassIdSchema),
});
export type Scope = z.infer<typeof Scope>;

export const LandRule = z.strictObject({
  includeRentedFloor: z._default(z.boolean(), false),
  plotRatio: z._default(z.number().check(z.positive()), 1),
});
export type LandRule = z.infer<typeof LandRule>;

export const EmissionEquivalents = z.strictObject({
  codKg: z._default(z.number().check(z.positive()), 1),
  ammoniaNitrogenKg: z._default(z.number().check(z.positive()), 0.8),
  so2Kg: z._default(z.number().check(z.positive()), 0.95),
  noxKg: z._default(z.number().check(z.positive()), 0.95),
});
export type EmissionEquivalents = z.infer<typeof EmissionEquivalents>;

/** What the emission figure counts: pollution equivalents, or the pollutants' tonnes summed. */
export const EmissionBasis = z.enum(['equivalents', 'tonnes']);
export type EmissionBasis = z.infer<typeof EmissionBasis>;

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
export const SCHEME_SCOPE_DOCS: readonly Described[] = [
  { schema: IndicatorIdSchema, description: 'Indicator id (DOMAIN.md §3), e.g. taxPerMu 亩均税收, salesPerMu 亩均销售收入.' },
  { schema: ClassIdSchema, description: 'Class letter: A 优先发展类, B 鼓励提升类, C 帮扶转型类, C- 警示类 (南京 2018), D 倒逼整治类.' },
  {
    schema: IndustryCodePrefix,
    description:
      'GB/T 4754-2017 industry code prefix: a section letter with up to 4 digits, or 2–4 digits (the letter is inferred), e.g. "D44", "C16", "4620".',
  },
  {
    schema: SchemeSource,
    description: 'A source document (DOMAIN.md §8).',
    fields: {
      title: 'Document title, as published (中文).',
      year: 'Year of the document.',
      url: 'Where the document was found, when known.',
      note: 'What this source supports in the scheme.',
    },
  },
  {
    schema: ExemptIndustry,
    description: 'An industry exempt from evaluation, matched by GB/T 4754 code prefix.',
    fields: {
      reason: 'Why it is exempt (免评理由), 中文 / English.',
    },
  },
  {
    schema: ExemptFlag,
    description: 'A record flag that exempts the firm (e.g. military production, which has no industry code).',
    fields: {
      flag: 'A record flag (e.g. "military") that exempts the firm.',
      reason: 'Why it is exempt, 中文 / English.',
    },
  },
  {
    schema: Scope,
    description: 'Who is evaluated (DOMAIN.md §2), in order: exemptions, then group membership, then the land threshold.',
    fields: {
      exemptIndustries: 'Exempt industries (免评/T类), checked first: utilities, tobacco, sewage/waste … [src: 淮安 2024, 合肥高新区 2023].',
      exemptFlags: 'Record flags that exempt a firm (e.g. military).',
      minYearsInProduction:
        'Firms in production fewer than N years at referenceDate are exempt (2 in 淮安/江山, 3 in 合肥); 0 turns the rule off. ' +
        'A firm is new when productionStartDate + N years > referenceDate; a firm without productionStartDate is not new.',
      referenceDate:
        'Evaluation reference date (normally the year end, e.g. "2024-12-31") for the date rules. Required when minYearsInProduction > 0; evaluate options may override it.',
      constructionPeriodExemption:
        'Exempt firms whose constructionPeriodEnd is after referenceDate (still building on newly supplied land). Skipped when there is no referenceDate.',
      belowScaleLandThresholdMu:
        '规下 firms in a group with applyLandThreshold whose effective land is below this (亩) are out of scope: 3 in Jiangsu [src: 淮安, 无锡, 南京], 5 in older Zhejiang rules.',
      keyPolluterPrecedence:
        'When true, groups whose membership requires keyPolluter are tried before all others, so key polluters land in their own pool [src: 武进].',
      unratedManagedAs:
        'Exempt (不定等级) firms are managed as this class for policy purposes (an Anhui city: B). Recorded on the exclusion as managedAs; they are still not scored.',
    },
  },
  {
    schema: LandRule,
    description: 'Effective land = owned − leased out + leased in (+ converted rented floor area).',
    fields: {
      includeRentedFloor: 'Add rented floor area converted to land: rentedFloorM2 / plotRatio × 0.0015 亩 (this project’s conversion; regions differ).',
      plotRatio: '容积率 used to turn rented floor area into land area.',
    },
  },
  {
    schema: EmissionBasis,
    description:
      'What the emission figure of taxPerEmission and valueAddedPerEmission counts. equivalents = pollution equivalents: the record’s ' +
      'emissionEq, else Σ tonnes × 1000 / kg-per-equivalent (emissionEquivalents). tonnes = the pollutants’ quantity: Σ tonnes of ' +
      'COD, NH₃-N, SO₂ and NOx given (黄岩: 单位排放增加值 = 工业增加值 / 主要污染物排放量, benchmark 4929.81 万元 per tonne); emissionEq ' +
      'cannot be turned into tonnes, so a record that gives only emissionEq has no emission figure. The two differ by about 1 000 × ' +
      'for one firm: a fixed benchmark fits only the basis its source used.',
  },
  {
    schema: EmissionEquivalents,
    description: 'Pollution equivalence values, used when a record has no emissionEq: equivalents = Σ tonnes × 1000 / value over the pollutants given.',
    fields: {
      codKg: 'COD 化学需氧量: kg per pollution equivalent (环境保护税法: 1).',
      ammoniaNitrogenKg: 'NH₃-N 氨氮: kg per pollution equivalent (0.8).',
      so2Kg: 'SO₂ 二氧化硫: kg per pollution equivalent (0.95).',
      noxKg: 'NOx 氮氧化物: kg per pollution equivalent (0.95).',
    },
  },
];
