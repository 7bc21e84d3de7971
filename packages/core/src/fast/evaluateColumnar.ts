import { compareText } from '../order/compareText.js';
import { Dec, decOf, plain } from '../arithmetic/decimal.js';
import { CoreError } from '../errors.js';
import { adjustmentsOf } from '../evaluate/adjustments.js';
import type { EvaluateOptions } from '../evaluate/evaluate.js';
import { prepareFactRules } from '../evaluate/facts.js';
import { normaliseIndustryCode } from '../evaluate/industryCode.js';
import { landThresholdMu } from '../evaluate/landThreshold.js';
import { prepareScope, scopeOf } from '../evaluate/scope.js';
import type { EnterpriseRecord } from '../schema/record.js';
import type { Group, Scheme } from '../schema/scheme.js';
import { requireValidated } from '../schema/validatedScheme.js';
import type { AdjustmentApplied, Exclusion, VetoEffect } from '../types/evaluation.js';
import { decimalText, decimalValue, isPositive, type ColumnarRecords } from './columns.js';
import { factColumns, type FactColumns } from './factColumns.js';
import { cellKind, ruleOf, signAt } from './cellKind.js';
import { indicatorFacts } from './indicatorFacts.js';
import { rankColumnarPool } from './rankColumnarPool.js';
import { benchmarkKey, type GivenBenchmarks } from './poolBenchmarks.js';
import { scoreColumnarPool, type PoolScores } from './scoreColumnarPool.js';
import { positionsIn, smallPoolOf, smallPoolScoredWith } from './smallPool.js';
import type { ColumnarEvaluation, ColumnarPool } from './types.js';

/**
 * The evaluation engine: records given as columns, evaluated as DOMAIN.md §2–§5 says — scope,
 * pools, benchmarks, scores, missing-data rules, adjustments, totals rounded once, ranks, classes,
 * vetoes — in float64 with error bounds where that is safe and exactly (decimal.js) wherever a
 * float cannot decide (see docs/architecture.md, "The error bound"). `evaluate` is this plus
 * result objects. Throws a CoreError for a scheme `validateScheme` or `getPreset` did not return,
 * an invalid option, a missing given benchmark, or a score too large to compute exactly.
 */
export function evaluateColumnar(cols: ColumnarRecords, validated: Scheme, options: EvaluateOptions = {}): ColumnarEvaluation {
  const plan = planColumnar(cols, validated, options);
  const { scheme, facts, points, vetoes } = plan;
  let scored = 0;
  const scores = new Map<ColumnarPool, PoolScores>();
  const pools: ColumnarPool[] = [];
  const ctx: PoolContext = {
    scheme,
    facts,
    creditCode: (i) => cols.creditCode[i] as string,
    points: (i) => points.get(i) ?? null,
    vetoes: (i) => vetoes.get(i),
    given: plan.given,
  };
  for (const b of plan.pools) {
    const done = scorePlannedPool(b, ctx);
    scored += b.members.length;
    scores.set(done.pool, done.scores);
    pools.push(done.pool);
  }
  return {
    schemeId: scheme.id,
    scheme,
    referenceDate: plan.referenceDate,
    records: cols,
    facts,
    pools,
    excluded: plan.excluded,
    adjustments: plan.adjustments,
    accounting: { records: cols.length, scored, excluded: plan.excluded.length },
    exactRaw(pool, member) {
      const raws = (scores.get(pool) as PoolScores).exactRaws(member);
      let rawTotal = points.get(pool.members[member] as number) ?? new Dec(0);
      for (const r of raws) rawTotal = rawTotal.plus(r);
      return { raws, rawTotal };
    },
  };
}

/**
 * The first step of {@link evaluateColumnar}: the scheme's mark checked, each record in scope and in its
 * pool or excluded with its reason, the bonuses, penalties and vetoes — everything but the pools'
 * scores and ranks, which {@link scorePlannedPool} makes one pool at a time (in any thread that has
 * the fact columns: pools are independent).
 */
export function planColumnar(cols: ColumnarRecords, validated: Scheme, options: EvaluateOptions = {}): ColumnarPlan {
  const scheme = requireValidated(validated);
  if (options.referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate))
    throw new CoreError('invalid-options', `评价基准日应为 YYYY-MM-DD / referenceDate must be YYYY-MM-DD, found "${options.referenceDate}"`);
  const referenceDate = options.referenceDate ?? scheme.scope.referenceDate ?? null;
  const given = options.benchmarks === undefined ? null : new Map(options.benchmarks.map((b) => [benchmarkKey(b.pool, b.indicator, b.industry), b]));
  return plan(cols, scheme, referenceDate, given);
}

/** What one pool's scoring needs besides its members (see {@link scorePlannedPool}). */
export interface PoolContext {
  scheme: Scheme;
  facts: FactColumns;
  /** A record's credit code (the last tie-break, asked for only on ties, and named by errors). */
  creditCode: (record: number) => string;
  /** A record's bonus and penalty points: a decimal, or its text (what a worker thread is sent). */
  points: (record: number) => Dec | string | null;
  vetoes: (record: number) => readonly VetoEffect[] | undefined;
  /** Benchmarks given for a partitioned run (the plan's `given`); absent: the pools' own. */
  given?: GivenBenchmarks | null;
}

/** One planned pool scored and ranked: its columnar results and the scores behind them. */
export function scorePlannedPool(b: PlannedPool, ctx: PoolContext): { pool: ColumnarPool; scores: PoolScores } {
  const { scheme, facts } = ctx;
  const group = scheme.groups[b.group] as Group;
  const industry = b.industry;
  const s = scoreColumnarPool(
    b.scoredWith ?? b.members,
    group,
    scheme,
    {
      pool: b.key,
      group: group.id,
      facts,
      industry: (i) => (industry === null ? '' : (industry.get(i) ?? '')),
      given: ctx.given ?? null,
      creditCode: ctx.creditCode,
      points: (i) => {
        const p = ctx.points(i);
        return typeof p === 'string' ? new Dec(p) : p;
      },
    },
    b.scoredWith === null ? null : positionsIn(b.scoredWith, b.members),
  );
  const ranked = rankColumnarPool(
    { members: b.members, totalUnits: s.totalUnits, creditCode: ctx.creditCode, tax: facts.tax, land: facts.landMu, vetoes: ctx.vetoes },
    scheme.classes,
    scheme.rounding.decimals,
  );
  const pool: ColumnarPool = {
    key: b.key,
    group,
    county: b.county,
    members: b.members,
    smallPool: smallPoolOf(scheme, b),
    ...ranked,
    totalUnits: s.totalUnits,
    shownUnits: s.shownUnits,
    cell: s.cell,
    value: s.value,
    indicators: s.indicators,
  };
  return { pool, scores: s };
}

interface PoolBuild {
  key: string;
  group: Group;
  county: string | null;
  members: number[];
}

/** A pool as planned: its key, its group (index into the scheme's groups), county and members (record indexes, rising). */
export interface PlannedPool {
  key: string;
  group: number;
  county: string | null;
  members: Int32Array;
  /**
   * A pool under classes.smallPool.minPoolSize benchmarked on its group (benchmarkOn 'group'): the
   * group's members in every pool (record indexes, rising), scored together, of which this pool's
   * members keep their scores. Null: the pool is scored on itself.
   */
  scoredWith: Int32Array | null;
  /** Members' (and scoredWith's) normalised industry codes, when the group benchmarks an indicator by industry (else null). */
  industry: Map<number, string> | null;
}

/** The outcome of {@link planColumnar}. Plain data but for the decimals in `points`, so it can be sent to a worker thread with those as text. */
export interface ColumnarPlan {
  scheme: Scheme;
  referenceDate: string | null;
  facts: FactColumns;
  /** In the scheme's group order, then by county. */
  pools: PlannedPool[];
  excluded: Exclusion[];
  /** Bonuses, penalties and vetoes by record index (only records that have any), their points and vetoes. */
  adjustments: Map<number, AdjustmentApplied[]>;
  points: Map<number, Dec>;
  vetoes: Map<number, VetoEffect[]>;
  /** Benchmarks given for a partitioned run (`options.benchmarks`), by key; null: the pools' own. */
  given: GivenBenchmarks | null;
}

function plan(cols: ColumnarRecords, scheme: Scheme, referenceDate: string | null, given: GivenBenchmarks | null): ColumnarPlan {
  const n = cols.length;
  const factRules = prepareFactRules(scheme);
  const facts = factColumns(cols, factRules);
  const scope = prepareScope(scheme, referenceDate);
  const threshold = landThresholdMu(scheme.scope.belowScaleLandThresholdMu);
  const thresholdText = plain(decOf(scheme.scope.belowScaleLandThresholdMu));
  const thresholdF = Number(threshold.toString());
  const managedAs = scheme.scope.unratedManagedAs;
  const excluded: Exclusion[] = [];
  const byKey = new Map<string, PoolBuild>();
  const poolsOf = new Map<Group, Map<string | null, PoolBuild>>();
  const industries = new Map<string, string>();
  const codeIds = new Map<string, number>();
  const belowDetails = new Map<number, string>();
  const outcomes: (ReturnType<typeof scopeOf> | undefined)[] = [];
  const land = facts.landMu;
  const excludeRules = new Map(scheme.groups.map((g) => [g, excludingCells(g, facts)]));
  // One mutable stand-in for the record, with just what scopeOf reads, instead of an object per row.
  const view: {
    flags: string[] | undefined;
    productionStartDate: string | undefined;
    constructionPeriodEnd: string | undefined;
    scale: 'above' | 'below';
    keyPolluter: boolean | undefined;
  } = {
    flags: undefined,
    productionStartDate: undefined,
    constructionPeriodEnd: undefined,
    scale: 'above',
    keyPolluter: undefined,
  };

  const blankCountyExcluded = scheme.classes.poolByCounty && scheme.classes.blankCounty === 'exclude' && cols.county.some((c) => c !== undefined);
  let index = 0;
  const exclude = (reason: Exclusion['reason'], detail: string, group?: string) => {
    const e: Exclusion = { creditCode: cols.creditCode[index] as string, name: cols.name[index] as string, reason, detail, index };
    if (group !== undefined) e.group = group;
    const exempt = reason === 'exempt-industry' || reason === 'new-enterprise' || reason === 'construction-period';
    if (exempt && managedAs !== undefined) e.managedAs = managedAs;
    excluded.push(e);
  };
  for (; index < n; index++) {
    const code = cols.industryCode[index];
    const flags = cols.flags.get(index);
    const start = cols.productionStartDate.get(index);
    const end = cols.constructionPeriodEnd.get(index);
    const kp = cols.keyPolluter[index] as number;
    const scale = cols.scale[index] === 1 ? 'above' : 'below';
    // Without flags or dates, scopeOf depends on the industry code, scale and key-polluter status
    // alone: decided once per combination (a few hundred in a million rows).
    const plainRow = flags === undefined && start === undefined && end === undefined;
    // A numeric key: the code's id (its string's hash is cached, the strings being shared), scale, kp.
    let codeId = code === undefined ? 0 : codeIds.get(code);
    if (codeId === undefined) codeIds.set(code as string, (codeId = codeIds.size + 1));
    const scopeKey = codeId * 6 + (scale === 'above' ? 3 : 0) + kp;
    let outcome = plainRow ? outcomes[scopeKey] : undefined;
    if (outcome === undefined) {
      let industry = '';
      if (code !== undefined) {
        const known = industries.get(code);
        if (known === undefined) industries.set(code, (industry = normaliseIndustryCode(code)));
        else industry = known;
      }
      // Absent fields are undefined rather than deleted, so the object keeps one shape (scopeOf reads undefined as absent).
      view.flags = flags;
      view.productionStartDate = start;
      view.constructionPeriodEnd = end;
      view.scale = scale;
      view.keyPolluter = kp === 0 ? undefined : kp === 2;
      outcome = scopeOf(view as unknown as EnterpriseRecord, industry, scope);
      if (plainRow) outcomes[scopeKey] = outcome;
    }
    if (outcome.kind === 'excluded') {
      exclude(outcome.reason, outcome.detail);
      continue;
    }
    const { group } = outcome;
    if (!isPositive(land, index)) {
      const landText = decimalText(land, index);
      const found = landText === undefined ? '无用地数据 / no land figures' : `${landText} 亩`;
      exclude('invalid-land', `有效用地面积须大于 0 / effective land must be > 0, found ${found}`, group.id);
      continue;
    }
    if (group.applyLandThreshold && scale === 'below') {
      const x = decimalValue(land, index);
      const below =
        Math.abs(x - thresholdF) > 1e-9 * Math.max(1, Math.abs(thresholdF)) ? x < thresholdF : new Dec(decimalText(land, index) as string).lt(threshold);
      if (below) {
        // One text per land figure, shared by the firms that show it (a writer then makes its cell
        // once), found by its float: one per decimal of at most 15 digits (a wide one has its own).
        const wide = land.wide?.has(index) === true;
        let detail = wide ? undefined : belowDetails.get(x);
        if (detail === undefined) {
          const landText = decimalText(land, index) as string;
          detail = `规下企业用地 ${landText} 亩低于 ${thresholdText} 亩 / below-scale firm on ${landText} mu, under the ${thresholdText} mu threshold`;
          if (!wide) belowDetails.set(x, detail);
        }
        exclude('below-land-threshold', detail, group.id);
        continue;
      }
    }
    const rules = excludeRules.get(group) ?? [];
    if (rules.length > 0) {
      const missing = rules.filter((r) => r.excludes(index)).map((r) => r.id);
      if (missing.length > 0) {
        exclude('missing-data', `缺少指标数据 / no value for ${missing.join(', ')} (rule: exclude)`, group.id);
        continue;
      }
    }
    const county = scheme.classes.poolByCounty ? (cols.county[index] ?? null) : null;
    if (county === null && blankCountyExcluded) {
      exclude('county-missing', BLANK_COUNTY_DETAIL, group.id);
      continue;
    }
    let byCounty = poolsOf.get(group);
    if (byCounty === undefined) poolsOf.set(group, (byCounty = new Map()));
    let pool = byCounty.get(county);
    if (pool === undefined) {
      const key = county === null ? group.id : `${group.id}/${county}`;
      byKey.set(key, (pool = { key, group, county, members: [] }));
      byCounty.set(county, pool);
    }
    pool.members.push(index);
  }

  const groupOrder = new Map(scheme.groups.map((g, i) => [g.id, i]));
  const builds = [...byKey.values()].sort(
    (a, b) => (groupOrder.get(a.group.id) ?? 0) - (groupOrder.get(b.group.id) ?? 0) || compareText(a.county ?? '', b.county ?? ''),
  );

  // Bonuses, penalties and vetoes: only records with flags or violations can have any.
  const adjustments = new Map<number, AdjustmentApplied[]>();
  const points = new Map<number, Dec>();
  const vetoes = new Map<number, VetoEffect[]>();
  const rules = scheme.adjustments;
  if (rules.bonuses.length + rules.penalties.length + rules.vetoes.length > 0)
    for (const i of new Set([...cols.flags.keys(), ...cols.violations.keys()])) {
      const flags = cols.flags.get(i);
      const violations = cols.violations.get(i);
      const adj = adjustmentsOf({ ...(flags ? { flags } : {}), ...(violations ? { violations } : {}) } as EnterpriseRecord, rules, scheme.rounding.decimals);
      if (adj.applied.length === 0) continue;
      adjustments.set(i, adj.applied);
      points.set(i, adj.points);
      if (adj.vetoes.length > 0) vetoes.set(i, adj.vetoes);
    }

  const groupIndex = new Map(scheme.groups.map((g, i) => [g, i]));
  const industryOf = (i: number): string => {
    const code = cols.industryCode[i];
    return code === undefined ? '' : (industries.get(code) ?? normaliseIndustryCode(code));
  };
  let groupMembers: Map<Group, Int32Array> | null = null;
  const pools = builds.map((b): PlannedPool => {
    const scoredWith = smallPoolScoredWith(scheme.classes.smallPool, b.members, () => (groupMembers ??= membersByGroup(builds)).get(b.group) as Int32Array);
    return {
      key: b.key,
      group: groupIndex.get(b.group) as number,
      county: b.county,
      members: Int32Array.from(b.members),
      scoredWith,
      industry: b.group.indicators.some((s) => s.benchmark.kind === 'byIndustry')
        ? new Map([...(scoredWith ?? b.members)].map((i) => [i, industryOf(i)]))
        : null,
    };
  });
  return { scheme, referenceDate, facts, pools, excluded, adjustments, points, vetoes, given };
}

/** What the detail of a county-missing exclusion says. */
const BLANK_COUNTY_DETAIL = '未填县区，而其他企业填有：不属于任何评价池 / no county while other firms have one: in no pool';

/** Each group's members across its pools, rising. */
function membersByGroup(builds: readonly PoolBuild[]): Map<Group, Int32Array> {
  const lists = new Map<Group, number[]>();
  for (const b of builds) {
    const list = lists.get(b.group);
    if (list === undefined) lists.set(b.group, [...b.members]);
    // One push per member: spreading a pool of 10⁵ or more into push() overflows the call stack.
    else for (const i of b.members) list.push(i);
  }
  return new Map([...lists].map(([g, list]) => [g, Int32Array.from(list).sort()]));
}

/** The indicators of a group that a missing figure can exclude a firm from (rule exclude), each with its test. */
function excludingCells(group: Group, facts: FactColumns): { id: string; excludes: (i: number) => boolean }[] {
  return group.indicators.flatMap((spec) => {
    const [numName, denName] = indicatorFacts(spec);
    const [num, den] = [facts[numName], facts[denName]];
    const [numRule, denRule] = [ruleOf(group.missing, numName), ruleOf(group.missing, denName)];
    if (numRule !== 'exclude' && denRule !== 'exclude') return [];
    return [{ id: spec.id, excludes: (i: number) => cellKind(signAt(num, i), signAt(den, i), numRule, denRule) === 'exclude' }];
  });
}
