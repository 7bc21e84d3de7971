import * as z from 'zod/mini';
import { QUOTA_TIERS } from '../presets/common.js';
import type { Described } from './described.js';
import { ClassIdSchema } from './schemeScope.js';

/** Scheme parts: bonus/penalty/veto adjustments, classes (DOMAIN.md §5) and rounding. */

export const PointsRule = z.strictObject({
  flag: z.string().check(z.minLength(1)),
  points: z.number().check(z.positive()),
  source: z._default(z.string(), 'user setting'),
});
export type PointsRule = z.infer<typeof PointsRule>;

export const VetoRule = z.strictObject({
  flag: z.string().check(z.minLength(1)),
  effect: z.enum(['forceD', 'capC']),
  source: z._default(z.string(), 'user setting'),
});
export type VetoRule = z.infer<typeof VetoRule>;

export const Adjustments = z.strictObject({
  bonuses: z._default(z.array(PointsRule), []),
  penalties: z._default(z.array(PointsRule), []),
  vetoes: z._default(z.array(VetoRule), []),
});
export type Adjustments = z.infer<typeof Adjustments>;

export const ClassTier = z.strictObject({
  id: ClassIdSchema,
  name: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
  cumulativeShare: z.optional(z.number().check(z.gt(0), z.lte(1))),
  minTotal: z.optional(z.number()),
});
export type ClassTier = z.infer<typeof ClassTier>;

export const SmallPoolRule = z.strictObject({
  counting: z._default(z.enum(['round', 'floor', 'ceil', 'literal']), 'round'),
  minPoolSize: z._default(z.int().check(z.gte(1)), 1),
  fallbackClass: z._default(ClassIdSchema, 'B'),
  benchmarkOn: z._default(z.enum(['group', 'pool']), 'group'),
  lastClass: z._default(z.enum(['rest', 'ownShare']), 'rest'),
});
export type SmallPoolRule = z.infer<typeof SmallPoolRule>;

export const Classes = z.strictObject({
  mode: z._default(z.enum(['quota', 'threshold', 'hybrid']), 'quota'),
  tiers: z.prefault(z.array(ClassTier).check(z.minLength(2)), () => QUOTA_TIERS.map((t) => ({ ...t }))),
  tieBreak: z._default(z.enum(['taxPerMu-then-code', 'shared']), 'taxPerMu-then-code'),
  smallPool: z.prefault(SmallPoolRule, {}),
  poolByCounty: z._default(z.boolean(), true),
  blankCounty: z._default(z.enum(['exclude', 'ownPool']), 'exclude'),
  vetoedFirms: z._default(z.enum(['keepPlace', 'leaveRanking']), 'keepPlace'),
});
export type Classes = z.infer<typeof Classes>;

export const Rounding = z.strictObject({
  decimals: z._default(z.int().check(z.gte(0), z.lte(6)), 2),
  mode: z._default(z.enum(['halfUp', 'halfEven', 'down']), 'halfUp'),
});
export type Rounding = z.infer<typeof Rounding>;

/** What these schemas mean, for the JSON Schemas and the reference (see `Described`: kept out of the schemas so browser bundles leave the text out). */
export const SCHEME_CLASSES_DOCS: readonly Described[] = [
  {
    schema: PointsRule,
    description: 'Bonus or penalty points triggered by a flag (创新论英雄 “+x”).',
    fields: {
      flag: 'A record flag or violation, e.g. high-tech, specialised-new, environmental-violation.',
      points:
        'Points added (bonus) or removed (penalty); at most rounding.decimals decimals. No published source gives point values, so presets leave these lists empty.',
      source: 'Source document of the points, or "user setting".',
    },
  },
  {
    schema: VetoRule,
    description:
      '一票否决: a violation that forces or caps the class, applied after ranking (whether a forceD firm keeps its quota place: classes.vetoedFirms).',
    fields: {
      flag: 'The violation that triggers the veto, e.g. safety-accident.',
      effect: 'forceD = the worst class; capC = no better than class C.',
      source: 'Source document, or "user setting".',
    },
  },
  {
    schema: Adjustments,
    description: 'Bonus and penalty points and vetoes. Flags are looked up in the record’s flags and violations.',
    fields: {
      bonuses: 'Bonus points; a flag counts once.',
      penalties: 'Penalty points; a flag counts once.',
      vetoes: 'Vetoes (一票否决).',
    },
  },
  {
    schema: ClassTier,
    description: 'One class, best first.',
    fields: {
      name: 'Class name (中文), e.g. 优先发展类.',
      nameEn: 'Class name in English.',
      cumulativeShare: 'quota/hybrid: cumulative share of the pool in this class or better (A 0.2, B 0.6, C 0.95, D 1).',
      minTotal: 'threshold/hybrid: lowest shown total that reaches this class; the last class takes the rest.',
    },
  },
  {
    schema: SmallPoolRule,
    description: 'The explicit rule for turning quota shares into counts, which matters on small pools.',
    fields: {
      counting:
        'How cumulative shares become counts: class k holds the firms ranked 1 … c_k, c_k = round half-up / floor / ceil of cumulativeShare × n. ' +
        "'literal' is the literal reading — rank r goes to the first class whose cumulative share ≥ r/n — which equals 'floor' and puts the only firm of a one-firm pool in the last class.",
      minPoolSize:
        'Pools with fewer firms are not ranked into quotas: every firm gets fallbackClass (vetoes still apply), and is scored on what benchmarkOn says. No source states a minimum; default 1 (no pool is small).',
      fallbackClass: 'Class for firms in pools smaller than minPoolSize.',
      benchmarkOn:
        'What a pool smaller than minPoolSize is benchmarked on: group (default) = scored as members of the whole group across counties (its benchmarks, min/max, percentile ranks and pool-average scores), since a pool of a few firms benchmarked on itself scores near the full weight; pool = on itself.',
      lastClass:
        'How many firms the last class (D, 后 x%) holds: rest (default) = the firms below the class above it, whose count is its cumulative share × n rounded by counting — with literal/floor that is ⌈x% × n⌉, at least x% (one firm of five for 后5%); ' +
        'ownShare = its own share x% × n rounded by counting, counted from the bottom — with literal/floor ⌊x% × n⌋, at most x% (no D below 20 firms for 后5%). The classes above keep their counts where the two overlap.',
    },
  },
  {
    schema: Classes,
    description: 'How shown totals become classes, per pool (DOMAIN.md §5). Firms are ranked by the rounded total they are shown.',
    fields: {
      mode: 'quota = by rank and cumulative shares [src: 淮安 2024]; threshold = by score bands (minTotal); hybrid = score bands, each class capped at its quota.',
      tiers: 'Classes, best first. Default A top 20% (inclusive), B to 60%, C to 95%, D the rest.',
      tieBreak: 'Equal shown totals: higher taxPerMu value first, then credit code ascending; or shared (tied firms share the rank and get the better class).',
      poolByCounty: 'Rank and benchmark per group × county (true) or per group only (false).',
      blankCounty:
        'poolByCounty and a firm without a county while others have one (a data problem): exclude (default) = not scored, excluded with reason county-missing, so it neither forms a pool of its own nor joins a county it may not belong to; ownPool = the firms without a county form one pool of their own (key = the group id).',
      vetoedFirms:
        'Whether a firm forced to the last class by a veto (forceD) keeps its place in the quota counting: keepPlace (default) = it is ranked by its total and takes a quota place like any firm, so the pool may end with more firms in D than the quota; leaveRanking = it leaves the ranking: the quotas are counted over the other firms, and it is listed after them (ranks after theirs). A capC veto always keeps its place (its class still depends on its rank).',
    },
  },
  {
    schema: Rounding,
    description: 'Rounding, applied once, to the total; the shown indicator scores are then split so they add up to it exactly.',
    fields: {
      decimals: 'Decimals of the total shown (default 2).',
      mode: 'halfUp = 四舍五入 (default); halfEven = banker’s; down = truncate toward zero.',
    },
  },
];
