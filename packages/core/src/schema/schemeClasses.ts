import * as z from 'zod/mini';
import { ClassIdSchema } from './schemeScope.js';

/** Scheme parts: bonus/penalty/veto adjustments, classes (DOMAIN.md §5) and rounding. */

export const PointsRule = z
  .strictObject({
    flag: z.string().check(z.minLength(1), z.describe('A record flag or violation, e.g. high-tech, specialised-new, environmental-violation.')),
    points: z
      .number()
      .check(
        z.positive(),
        z.describe(
          'Points added (bonus) or removed (penalty); at most rounding.decimals decimals. No published source gives point values, so presets leave these lists empty.',
        ),
      ),
    source: z._default(z.string(), 'user setting').check(z.describe('Source document of the points, or "user setting".')),
  })
  .check(z.describe('Bonus or penalty points triggered by a flag (创新论英雄 “+x”).'));
export type PointsRule = z.infer<typeof PointsRule>;

export const VetoRule = z
  .strictObject({
    flag: z.string().check(z.minLength(1), z.describe('The violation that triggers the veto, e.g. safety-accident.')),
    effect: z.enum(['forceD', 'capC']).check(z.describe('forceD = the worst class; capC = no better than class C.')),
    source: z._default(z.string(), 'user setting').check(z.describe('Source document, or "user setting".')),
  })
  .check(z.describe('一票否决: a violation that forces or caps the class, applied after ranking (the firm keeps its quota slot).'));
export type VetoRule = z.infer<typeof VetoRule>;

export const Adjustments = z
  .strictObject({
    bonuses: z._default(z.array(PointsRule), []).check(z.describe('Bonus points; a flag counts once.')),
    penalties: z._default(z.array(PointsRule), []).check(z.describe('Penalty points; a flag counts once.')),
    vetoes: z._default(z.array(VetoRule), []).check(z.describe('Vetoes (一票否决).')),
  })
  .check(z.describe('Bonus and penalty points and vetoes. Flags are looked up in the record’s flags and violations.'));
export type Adjustments = z.infer<typeof Adjustments>;

export const ClassTier = z
  .strictObject({
    id: ClassIdSchema,
    name: z.string().check(z.minLength(1), z.describe('Class name (中文), e.g. 优先发展类.')),
    nameEn: z.string().check(z.minLength(1), z.describe('Class name in English.')),
    cumulativeShare: z
      .optional(z.number().check(z.gt(0), z.lte(1)))
      .check(z.describe('quota/hybrid: cumulative share of the pool in this class or better (A 0.2, B 0.6, C 0.95, D 1).')),
    minTotal: z.optional(z.number()).check(z.describe('threshold/hybrid: lowest shown total that reaches this class; the last class takes the rest.')),
  })
  .check(z.describe('One class, best first.'));
export type ClassTier = z.infer<typeof ClassTier>;

export const SmallPoolRule = z
  .strictObject({
    counting: z
      ._default(z.enum(['round', 'floor', 'ceil', 'literal']), 'round')
      .check(
        z.describe(
          'How cumulative shares become counts: class k holds the firms ranked 1 … c_k, c_k = round half-up / floor / ceil of cumulativeShare × n. ' +
            "'literal' is the literal reading — rank r goes to the first class whose cumulative share ≥ r/n — which equals 'floor' and puts the only firm of a one-firm pool in the last class.",
        ),
      ),
    minPoolSize: z
      ._default(z.int().check(z.gte(1)), 1)
      .check(z.describe('Pools with fewer firms are not ranked into quotas: every firm gets fallbackClass (vetoes still apply).')),
    fallbackClass: z._default(ClassIdSchema, 'B').check(z.describe('Class for firms in pools smaller than minPoolSize.')),
  })
  .check(z.describe('The explicit rule for turning quota shares into counts, which matters on small pools.'));
export type SmallPoolRule = z.infer<typeof SmallPoolRule>;

const DEFAULT_TIERS = [
  { id: 'A', name: '优先发展类', nameEn: 'priority development', cumulativeShare: 0.2 },
  { id: 'B', name: '鼓励提升类', nameEn: 'encouraged improvement', cumulativeShare: 0.6 },
  { id: 'C', name: '帮扶转型类', nameEn: 'assisted transformation', cumulativeShare: 0.95 },
  { id: 'D', name: '倒逼整治类', nameEn: 'forced rectification', cumulativeShare: 1 },
] as const;

export const Classes = z
  .strictObject({
    mode: z
      ._default(z.enum(['quota', 'threshold', 'hybrid']), 'quota')
      .check(
        z.describe(
          'quota = by rank and cumulative shares [src: 淮安 2024]; threshold = by score bands (minTotal); hybrid = score bands, each class capped at its quota.',
        ),
      ),
    tiers: z
      .prefault(z.array(ClassTier).check(z.minLength(2)), () => DEFAULT_TIERS.map((t) => ({ ...t })))
      .check(z.describe('Classes, best first. Default A top 20% (inclusive), B to 60%, C to 95%, D the rest.')),
    tieBreak: z
      ._default(z.enum(['taxPerMu-then-code', 'shared']), 'taxPerMu-then-code')
      .check(
        z.describe(
          'Equal shown totals: higher taxPerMu value first, then credit code ascending; or shared (tied firms share the rank and get the better class).',
        ),
      ),
    smallPool: z.prefault(SmallPoolRule, {}),
    poolByCounty: z._default(z.boolean(), true).check(z.describe('Rank and benchmark per group × county (true) or per group only (false).')),
  })
  .check(z.describe('How shown totals become classes, per pool (DOMAIN.md §5). Firms are ranked by the rounded total they are shown.'));
export type Classes = z.infer<typeof Classes>;

export const Rounding = z
  .strictObject({
    decimals: z._default(z.int().check(z.gte(0), z.lte(6)), 2).check(z.describe('Decimals of the total shown (default 2).')),
    mode: z
      ._default(z.enum(['halfUp', 'halfEven', 'down']), 'halfUp')
      .check(z.describe('halfUp = 四舍五入 (default); halfEven = banker’s; down = truncate toward zero.')),
  })
  .check(z.describe('Rounding, applied once, to the total; the shown indicator scores are then split so they add up to it exactly.'));
export type Rounding = z.infer<typeof Rounding>;
