import { decOf, ZERO } from '../../arithmetic/decimal.js';
import { CoreError } from '../../errors.js';
import type { EvaluateOptions } from '../../evaluate/evaluate.js';
import { quotaCounts } from '../../evaluate/quotaCounts.js';
import { columnarFromRecords, decimalText, storeDecimal, type DecimalColumn } from '../../fast/columns.js';
import { planColumnar, scorePlannedPool, type ColumnarPlan, type PlannedPool, type PoolContext } from '../../fast/evaluateColumnar.js';
import { factColumns, type FactColumns, type FactName } from '../../fast/factColumns.js';
import { prepareFactRules, type FactRules } from '../../evaluate/facts.js';
import type { ColumnarPool } from '../../fast/types.js';
import { unitsText } from '../../fast/unitsText.js';
import { parseScheme } from '../../schema/parseScheme.js';
import type { EnterpriseRecord, NumericField } from '../../schema/record.js';
import { isValidated } from '../../schema/validatedScheme.js';
import type { ClassId, EnterpriseResult, Evaluation } from '../../types/evaluation.js';

/** The firm's standing after a change, as the engine re-evaluated its pool. */
export interface Outcome {
  /** Whether the firm is in the target class or a better one. */
  passes: boolean;
  /**
   * Its unrounded total minus the shown total the target class asks of it now, in units of the shown
   * precision: continuous in the figure (a shown total moves in steps), so a search can aim with it.
   */
  margin: number;
  total: string;
  class: ClassId;
}

/** One scored firm, and its pool re-evaluated with one figure of its record changed. */
export interface FirmWhatIf {
  record: EnterpriseRecord;
  /** The firm unchanged (what the evaluation says, re-derived: checks that the records are the ones evaluated). */
  baseline(targetClass: number): Outcome;
  /** The firm with its figures changed; 'left' when it would leave its pool (excluded, or another group), 'no-effect' when no fact the engine reads changes. */
  probe(changes: Partial<Record<NumericField, string>>, targetClass: number): Outcome | 'left' | 'no-effect';
}

interface State {
  records: readonly EnterpriseRecord[];
  plan: ColumnarPlan;
  ctx: PoolContext;
  options: EvaluateOptions;
  poolOf: Map<number, PlannedPool>;
  indexOf: Map<string, number[]>;
  scored: Map<PlannedPool, Scored>;
  rules: FactRules;
}

type Scored = ReturnType<typeof scorePlannedPool>;

const cache = new WeakMap<Evaluation, State>();

/**
 * The engine (fast/evaluateColumnar) set up once per evaluation for "what if this firm's figures
 * were y": the records planned once; a change makes the changed record's facts by the engine's rules
 * (factColumns: effective land, emission equivalents), puts them in place of the firm's, and scores
 * and ranks the firm's whole pool again — its benchmarks, every indicator the figure feeds, every
 * other firm's score and the class quota — through `scorePlannedPool`, as a run would; a change of
 * land that passes is planned again alone, for its scope (land > 0, the below-scale threshold).
 * Throws a CoreError 'invalid-options' when the records do not give the evaluation's result.
 */
export function whatIf(evaluation: Evaluation, records: readonly EnterpriseRecord[], result: EnterpriseResult, options: EvaluateOptions): FirmWhatIf {
  const state = stateOf(evaluation, records, options);
  const { scheme } = state.plan;
  // The record scored in the result's pool with the result's total (a code given twice has several).
  const candidates = (state.indexOf.get(result.creditCode) ?? []).filter((i) => state.poolOf.get(i)?.key === result.pool);
  const i = candidates.find((c) => {
    const pool = baselineOf(state, state.poolOf.get(c) as PlannedPool).pool;
    return unitsText(pool.totalUnits[pool.members.indexOf(c)] as number, scheme.rounding.decimals) === result.total;
  });
  const planned = i === undefined ? undefined : state.poolOf.get(i);
  if (i === undefined || planned === undefined) throw mismatch(result.creditCode);
  const record = records[i] as EnterpriseRecord;
  const member = planned.members.indexOf(i);
  const points = state.plan.points.get(i) ?? ZERO;
  const outcome = ({ pool, scores }: Scored, k: number): Outcome => {
    const p = pool.order.indexOf(member);
    const cls = pool.classIndex[p] as number;
    const raw = scores.exactRaws(member).reduce((sum, r) => sum.plus(r), points);
    const margin = raw.times(10 ** scheme.rounding.decimals).toNumber() - neededUnits(pool, member, k, state);
    return {
      passes: cls <= k,
      margin,
      total: unitsText(pool.totalUnits[member] as number, scheme.rounding.decimals),
      class: scheme.classes.tiers[cls]?.id as ClassId,
    };
  };
  return {
    record,
    baseline(k) {
      const o = outcome(baselineOf(state, planned), k);
      if (o.total !== result.total || o.class !== result.class) throw mismatch(result.creditCode);
      return o;
    },
    probe(changes, k) {
      const changed = columnarFromRecords([{ ...record, ...changes }]);
      const facts = withCell(state.plan.facts, factColumns(changed, state.rules), i);
      if (facts === null) return 'no-effect';
      let o: Outcome;
      try {
        o = outcome(scorePlannedPool(planned, { ...state.ctx, facts }), k);
      } catch (error) {
        // A figure so far out that a score no longer fits the engine's exact range: not a way up.
        if (error instanceof CoreError && error.code === 'score-out-of-range') return 'left';
        throw error;
      }
      // Only land decides scope among the figures (land > 0, the below-scale threshold): a passing
      // change of it is planned again alone, by the engine's scope rules (a failing one fails anyway).
      if (o.passes && changes.landOwnedMu !== undefined && planColumnar(changed, scheme, state.options).pools[0]?.key !== planned.key) return 'left';
      return o;
    },
  };
}

function stateOf(evaluation: Evaluation, records: readonly EnterpriseRecord[], options: EvaluateOptions): State {
  const known = cache.get(evaluation);
  if (known !== undefined && known.records === records) return known;
  const opts: EvaluateOptions = { ...options };
  if (opts.referenceDate === undefined && evaluation.referenceDate !== null) opts.referenceDate = evaluation.referenceDate;
  const cols = columnarFromRecords(records);
  // An evaluation read back from JSON has lost its scheme's mark: the scheme it was scored with is checked again.
  const scheme = isValidated(evaluation.scheme) ? evaluation.scheme : parseScheme(evaluation.scheme);
  const plan = planColumnar(cols, scheme, opts);
  const poolOf = new Map<number, PlannedPool>();
  for (const p of plan.pools) for (const i of p.members) poolOf.set(i, p);
  const indexOf = new Map<string, number[]>();
  records.forEach((r, i) => {
    const list = indexOf.get(r.creditCode);
    if (list === undefined) indexOf.set(r.creditCode, [i]);
    else list.push(i);
  });
  const ctx: PoolContext = {
    scheme: plan.scheme,
    facts: plan.facts,
    creditCode: (i) => cols.creditCode[i] as string,
    points: (i) => plan.points.get(i) ?? null,
    vetoes: (i) => plan.vetoes.get(i),
    given: plan.given,
  };
  const state: State = {
    records,
    plan,
    ctx,
    options: { ...(opts.referenceDate === undefined ? {} : { referenceDate: opts.referenceDate }) },
    poolOf,
    indexOf,
    scored: new Map(),
    rules: prepareFactRules(plan.scheme),
  };
  cache.set(evaluation, state);
  return state;
}

/** A planned pool scored as the records are (once per pool). */
function baselineOf(state: State, planned: PlannedPool): Scored {
  let scored = state.scored.get(planned);
  if (scored === undefined) state.scored.set(planned, (scored = scorePlannedPool(planned, state.ctx)));
  return scored;
}

/**
 * The shown total (in units) the firm needs for class k with the pool as it now stands: a quota
 * class asks to reach the total of the firm now holding its last place (the others in rank order,
 * the firm left out); a score band asks for its minTotal; hybrid asks for both.
 */
function neededUnits(pool: ColumnarPool, member: number, k: number, state: State): number {
  const { classes, rounding } = state.plan.scheme;
  let need = Number.NEGATIVE_INFINITY;
  const min = classes.mode === 'quota' ? undefined : classes.tiers[k]?.minTotal;
  if (min !== undefined)
    need = decOf(min)
      .times(10 ** rounding.decimals)
      .ceil()
      .toNumber();
  if (classes.mode !== 'threshold') {
    const places = quotaCounts(pool.members.length, classes)[k] ?? 0;
    let seen = 0;
    for (let p = 0; p < pool.order.length && places > 0; p++) {
      const m = pool.order[p] as number;
      if (m === member) continue;
      if (++seen === places) {
        need = Math.max(need, pool.totalUnits[m] as number);
        break;
      }
    }
  }
  return Number.isFinite(need) ? need : (pool.totalUnits[member] as number) + 1;
}

/** The fact columns with record i's cells taken from `changed` (a one-record plan's facts); null when none differs. */
function withCell(facts: FactColumns, changed: FactColumns, i: number): FactColumns | null {
  let out: FactColumns | null = null;
  for (const name of Object.keys(facts) as FactName[]) {
    const now = decimalText(changed[name], 0);
    if (now === decimalText(facts[name], i)) continue;
    const col = facts[name];
    const copy: DecimalColumn = { mant: col.mant.slice(), scale: col.scale.slice() };
    if (col.wide !== undefined) copy.wide = new Map(col.wide);
    copy.wide?.delete(i);
    if (now === undefined) copy.scale[i] = -1;
    else storeDecimal(copy, i, now);
    out ??= { ...facts };
    out[name] = copy;
  }
  return out;
}

function mismatch(code: string): CoreError {
  return new CoreError(
    'invalid-options',
    `给出的企业记录与评价结果不一致 / the records given are not the ones evaluated (firm ${code} scores differently with them)`,
  );
}
