import * as z from 'zod/mini';
import { INDICATOR_IDS } from '../types/evaluation.js';
import { IsoDate } from './record.js';

/** Scheme parts: sources, scope (DOMAIN.md §2), land and emission-equivalent rules. */

/** The ten indicator ids as a zod enum. */
export const IndicatorIdSchema = z.enum(INDICATOR_IDS).check(z.describe('Indicator id (DOMAIN.md §3), e.g. taxPerMu 亩均税收, salesPerMu 亩均销售收入.'));

/** Class letters a scheme may use, best first. */
export const ClassIdSchema = z
  .enum(['A', 'B', 'C', 'C-', 'D'])
  .check(z.describe('Class letter: A 优先发展类, B 鼓励提升类, C 帮扶转型类, C- 警示类 (南京 2018), D 倒逼整治类.'));

/** A GB/T 4754 industry code prefix: optional section letter, then digits ("D44", "4620", "C", "N772"). */
export const IndustryCodePrefix = z
  .string()
  .check(
    z.regex(/^([A-T]\d{0,4}|\d{2,4})$/, 'a GB/T 4754 code prefix such as "D44" or "4620" / 行业代码前缀'),
    z.describe('GB/T 4754-2017 industry code prefix: a section letter with up to 4 digits, or 2–4 digits (the letter is inferred), e.g. "D44", "C16", "4620".'),
  );

/** A published document a scheme (or a part of it) comes from. */
export const SchemeSource = z
  .strictObject({
    title: z.string().check(z.minLength(1), z.describe('Document title, as published (中文).')),
    year: z.int().check(z.gte(1990), z.lte(2100), z.describe('Year of the document.')),
    url: z.optional(z.string()).check(z.describe('Where the document was found, when known.')),
    note: z.optional(z.string()).check(z.describe('What this source supports in the scheme.')),
  })
  .check(z.describe('A source document (DOMAIN.md §8).'));
export type SchemeSource = z.infer<typeof SchemeSource>;

export const ExemptIndustry = z
  .strictObject({
    codePrefix: IndustryCodePrefix,
    reason: z.string().check(z.minLength(1), z.describe('Why it is exempt (免评理由), 中文 / English.')),
  })
  .check(z.describe('An industry exempt from evaluation, matched by GB/T 4754 code prefix.'));

export const ExemptFlag = z
  .strictObject({
    flag: z.string().check(z.minLength(1), z.describe('A record flag (e.g. "military") that exempts the firm.')),
    reason: z.string().check(z.minLength(1), z.describe('Why it is exempt, 中文 / English.')),
  })
  .check(z.describe('A record flag that exempts the firm (e.g. military production, which has no industry code).'));

export const Scope = z
  .strictObject({
    exemptIndustries: z
      ._default(z.array(ExemptIndustry), [])
      .check(z.describe('Exempt industries (免评/T类), checked first: utilities, tobacco, sewage/waste … [src: 淮安 2024, 合肥高新区 2023].')),
    exemptFlags: z._default(z.array(ExemptFlag), []).check(z.describe('Record flags that exempt a firm (e.g. military).')),
    minYearsInProduction: z
      ._default(z.int().check(z.gte(0)), 0)
      .check(
        z.describe(
          'Firms in production fewer than N years at referenceDate are exempt (2 in 淮安/江山, 3 in 合肥); 0 turns the rule off. ' +
            'A firm is new when productionStartDate + N years > referenceDate; a firm without productionStartDate is not new.',
        ),
      ),
    referenceDate: z
      .optional(IsoDate)
      .check(
        z.describe(
          'Evaluation reference date (normally the year end, e.g. "2024-12-31") for the date rules. Required when minYearsInProduction > 0; evaluate options may override it.',
        ),
      ),
    constructionPeriodExemption: z
      ._default(z.boolean(), true)
      .check(
        z.describe(
          'Exempt firms whose constructionPeriodEnd is after referenceDate (still building on newly supplied land). Skipped when there is no referenceDate.',
        ),
      ),
    belowScaleLandThresholdMu: z
      ._default(z.number().check(z.gte(0)), 3)
      .check(
        z.describe(
          '规下 firms in a group with applyLandThreshold whose effective land is below this (亩) are out of scope: 3 in Jiangsu [src: 淮安, 无锡, 南京], 5 in older Zhejiang rules.',
        ),
      ),
    keyPolluterPrecedence: z
      ._default(z.boolean(), true)
      .check(
        z.describe('When true, groups whose membership requires keyPolluter are tried before all others, so key polluters land in their own pool [src: 武进].'),
      ),
    unratedManagedAs: z
      .optional(ClassIdSchema)
      .check(
        z.describe(
          'Exempt (不定等级) firms are managed as this class for policy purposes (an Anhui city: B). Recorded on the exclusion as managedAs; they are still not scored.',
        ),
      ),
  })
  .check(z.describe('Who is evaluated (DOMAIN.md §2), in order: exemptions, then group membership, then the land threshold.'));
export type Scope = z.infer<typeof Scope>;

export const LandRule = z
  .strictObject({
    includeRentedFloor: z
      ._default(z.boolean(), false)
      .check(z.describe('Add rented floor area converted to land: rentedFloorM2 / plotRatio × 0.0015 亩 (this project’s conversion; regions differ).')),
    plotRatio: z._default(z.number().check(z.positive()), 1).check(z.describe('容积率 used to turn rented floor area into land area.')),
  })
  .check(z.describe('Effective land = owned − leased out + leased in (+ converted rented floor area).'));
export type LandRule = z.infer<typeof LandRule>;

export const EmissionEquivalents = z
  .strictObject({
    codKg: z._default(z.number().check(z.positive()), 1).check(z.describe('COD 化学需氧量: kg per pollution equivalent (环境保护税法: 1).')),
    ammoniaNitrogenKg: z._default(z.number().check(z.positive()), 0.8).check(z.describe('NH₃-N 氨氮: kg per pollution equivalent (0.8).')),
    so2Kg: z._default(z.number().check(z.positive()), 0.95).check(z.describe('SO₂ 二氧化硫: kg per pollution equivalent (0.95).')),
    noxKg: z._default(z.number().check(z.positive()), 0.95).check(z.describe('NOx 氮氧化物: kg per pollution equivalent (0.95).')),
  })
  .check(z.describe('Pollution equivalence values, used when a record has no emissionEq: equivalents = Σ tonnes × 1000 / value over the pollutants given.'));
export type EmissionEquivalents = z.infer<typeof EmissionEquivalents>;
