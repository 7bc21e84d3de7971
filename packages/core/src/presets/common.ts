import { CLASS_LABELS } from '../labels/labels.js';
import type { SchemeWithDefaults } from '../schema/scheme.js';

/**
 * Parts shared by the presets. Every preset is plain JSON-compatible data with every default
 * written out (a `SchemeWithDefaults`, in the schema's key order), so that `getPreset` needs no
 * parse — the browser bundle of `evaluate` carries no schema library — and
 * `JSON.stringify(getPreset(id))` is a scheme file a user can edit and load again. presets.test.ts
 * checks that `validateScheme` returns each preset unchanged.
 */

type Scope = SchemeWithDefaults['scope'];

/** Exempt industries (免评/T类) named by 淮安 2024, 合肥高新区 2023 and 江山 2023 (utilities, tobacco, sewage/waste). */
export const EXEMPT_INDUSTRIES: NonNullable<Scope['exemptIndustries']> = [
  { codePrefix: 'D44', reason: '电力、热力生产和供应业 / electricity and heat supply (utility; includes waste-incineration power)' },
  { codePrefix: 'D45', reason: '燃气生产和供应业 / gas supply (utility)' },
  { codePrefix: 'D46', reason: '水的生产和供应业（含污水处理）/ water supply and sewage treatment (utility)' },
  { codePrefix: 'C16', reason: '烟草制品业 / tobacco' },
  { codePrefix: 'N772', reason: '环境治理业（固废、危废处置）/ environmental treatment: solid and hazardous waste' },
];

/** Military production has no GB/T 4754 code; firms carrying the flag "military" are exempt. */
export const EXEMPT_FLAGS: NonNullable<Scope['exemptFlags']> = [{ flag: 'military', reason: '军工企业 / military production' }];

/** 淮安 2024's classes A top 20% (inclusive), B to 60%, C to 95%, D the rest: the presets' and the schema's default. */
export const QUOTA_TIERS = (['A', 'B', 'C', 'D'] as const).map((id, k) => ({
  id,
  name: CLASS_LABELS[id].zh,
  nameEn: CLASS_LABELS[id].en,
  cumulativeShare: [0.2, 0.6, 0.95, 1][k] as number,
}));

/** 淮安 2024 classes: the quota tiers, with this project's choices on pools. */
export const QUOTA_CLASSES: SchemeWithDefaults['classes'] = {
  mode: 'quota',
  tiers: QUOTA_TIERS,
  tieBreak: 'taxPerMu-then-code',
  // The literal reading of “前 20%（含）”: rank r is in the first class whose cumulative share is
  // ≥ r/n. Below 5 firms that reading breaks down (one firm alone would be D, four firms get no
  // A), so such pools are managed as B and benchmarked on their whole group (a pool of a few firms
  // is its own benchmark) — this project's choices, as is reading “D 后 5%” from the top (the rest
  // below C's places: at least 5 %), keeping vetoed firms in the quota counting, and leaving a firm
  // without a county unscored. See POOL_CHOICES.
  smallPool: { counting: 'literal', minPoolSize: 5, fallbackClass: 'B', benchmarkOn: 'group', lastClass: 'rest' },
  poolByCounty: true,
  blankCounty: 'exclude',
  vetoedFirms: 'keepPlace',
};

/** Land as held under land-use rights, leased in and out; rented floor space not counted (the schema's default). */
export const LAND_HELD: SchemeWithDefaults['land'] = { includeRentedFloor: false, plotRatio: 1 };

/** Pollution equivalents per kg (环境保护税法 税目税额表): COD 1, NH₃-N 0.8, SO₂ 0.95, NOx 0.95 (the schema's default). */
export const TAX_LAW_EQUIVALENTS: SchemeWithDefaults['emissionEquivalents'] = { codKg: 1, ammoniaNitrogenKg: 0.8, so2Kg: 0.95, noxKg: 0.95 };

/** No bonus or penalty points and no vetoes: no source used gives values (users add their own). */
export const NO_ADJUSTMENTS: SchemeWithDefaults['adjustments'] = { bonuses: [], penalties: [], vetoes: [] };

/** What the presets with {@link QUOTA_CLASSES} choose about pools and quotas — no source used states it — as their provenance says it. */
export const POOL_CHOICES =
  'pools under 5 firms are classed B and benchmarked on their whole group; a firm without a county while others have one ' +
  'is not scored; “D 后5%” is read from the top, so at least 5% (one firm of five); vetoed firms keep their quota place';

export const SOURCE_HUAIAN_2024 = {
  title: '淮安市工业企业资源集约利用综合评价办法 政策解读',
  year: 2024,
  note: '指标 亩均税收 45 / 亩均销售 35 / 单位能耗税收 20；基准约为上年平均的 2 倍；A 前20%（含）、B 20–60%、C 60–95%、D 后 5%；免评行业；投产不满 2 年免评；规下 3 亩门槛',
};
export const SOURCE_HEFEI_2023 = { title: '合肥高新区工业企业综合评价办法', year: 2023, note: '免评行业；投产不满 3 年免评' };
export const SOURCE_JIANGSHAN_2023 = { title: '江山市工业企业亩均效益综合评价办法（征求意见稿）', year: 2023, note: '免评行业；投产不满 2 年免评' };
