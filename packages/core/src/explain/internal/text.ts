import { toSignificant } from '../../arithmetic/significant.js';
import type { AdjustmentApplied } from '../../types/evaluation.js';
import type { Bilingual } from '../../types/bilingual.js';
import type { FigurePath, IndicatorExplanation } from '../types.js';
import { FIXED_CLASS_TEXT, flagLabel, INDICATOR_LABELS, MISSING_RULE_LABELS, VETO_EFFECT_LABELS } from '../../labels/labels.js';
import type { Target } from './target.js';

/** The sentences of an explanation, 中文 / English. Indicator figures in sentences are cut to 6 significant digits; the fields keep every digit. */

/** A figure for reading: at most 6 significant digits, no exponent, rounded half-up, as the results table shows it. */
const short = (value: string | null): string => (value === null ? '—' : toSignificant(value, 6));

export function indicatorText(i: Omit<IndicatorExplanation, 'text'>): Bilingual {
  const { name: label, unit } = INDICATOR_LABELS[i.id];
  const bench = i.benchmark === null ? '' : `，基准 ${short(i.benchmark)}`;
  const benchEn = i.benchmark === null ? '' : `, benchmark ${short(i.benchmark)}`;
  const share = i.sharePercent === null ? '' : `，占总分 ${i.sharePercent}%`;
  const shareEn = i.sharePercent === null ? '' : `, ${i.sharePercent}% of the total`;
  // No value and not imputed: a reported 0 denominator (no emissions …), scored as data.
  const value = i.value !== null ? `${short(i.value)} ${unit.zh}` : i.imputed ? '无数据' : '分母填报为 0';
  const valueEn = i.value !== null ? `${short(i.value)} ${unit.en}` : i.imputed ? 'no data' : 'a reported 0 denominator';
  const missing = i.imputed ? MISSING_RULE_LABELS[i.imputation ?? 'zero'] : undefined;
  const rule = missing === undefined ? '' : `（缺失，${missing.zh}）`;
  const ruleEn = missing === undefined ? '' : ` (missing: ${missing.en})`;
  const cap = i.capped ? '（已封顶）' : '';
  const capEn = i.capped ? ' (capped)' : '';
  return {
    zh: `${label.zh}：${value}${bench}，权重 ${i.weight}，得分 ${i.score}${share}${rule}${cap}`,
    en: `${label.en}: ${valueEn}${benchEn}, weight ${i.weight}, score ${i.score}${shareEn}${ruleEn}${capEn}`,
  };
}

/** A bonus, penalty or veto in a sentence, the flag by its name (a scheme's own flag by its id). */
export function adjustmentText(a: AdjustmentApplied): Bilingual {
  const flag = flagLabel(a.flag);
  if (a.kind === 'veto') {
    const e = VETO_EFFECT_LABELS[a.effect ?? 'forceD'];
    return { zh: `${flag.zh}：一票否决，${e.zh}`, en: `${flag.en}: veto: ${e.en}` };
  }
  const zh = a.kind === 'bonus' ? '加分' : '减分';
  return { zh: `${flag.zh}：${zh} ${a.points}`, en: `${flag.en}: ${a.kind} ${a.points} points` };
}

/** The target, and how it was defined. */
export function targetText(target: Target, targetClass: string | null, total: string, pointsNeeded: string | null): Bilingual {
  switch (target.status) {
    case 'top':
    case 'veto':
    case 'small-pool':
      return FIXED_CLASS_TEXT[target.status];
    case 'no-places':
      return { zh: `本组规模下 ${targetClass ?? ''} 类没有名额。`, en: `Class ${targetClass ?? ''} has no places in a pool of this size.` };
    case 'reachable': {
      const head = {
        zh: `升至 ${targetClass} 类需总分达到 ${target.total.toFixed()}（现 ${total}，差 ${pointsNeeded} 分）。`,
        en: `Class ${targetClass} needs a total of ${target.total.toFixed()} (now ${total}, ${pointsNeeded} points more).`,
      };
      const q = target.quota;
      const how =
        target.basis === 'quota' && q !== null
          ? {
              zh: `依据名额：本组 ${targetClass} 类及以上共 ${q.places} 个名额，其中排名最后的 ${q.name} 现总分 ${q.total}，其他企业得分不变时须${q.winsTie ? '不低于' : '高于'}它；下列各项数据的改变已计入其对基准和其他企业得分的影响。`,
              en: `By quota: class ${targetClass} or better has ${q.places} places in this pool; the last of them is held by ${q.name} with ${q.total}, which the firm must ${q.winsTie ? 'equal' : 'exceed'} with every other firm unchanged; the figures below take the change's effect on the benchmarks and the other firms' scores into account.`,
            }
          : {
              zh: `依据分数线：${targetClass} 类最低分 ${target.minTotal?.toFixed() ?? ''}。`,
              en: `By score band: class ${targetClass} starts at ${target.minTotal?.toFixed() ?? ''}.`,
            };
      return { zh: head.zh + how.zh, en: `${head.en} ${how.en}` };
    }
  }
}

/** "税收：提高到 2.29 万元（+0.46），全组重新评价后总分 75.30，B 类。" — the figure at its stated precision, the change and the verified outcome. */
export function figureText(p: Omit<FigurePath, 'text'>): Bilingual {
  const sign = p.change.startsWith('-') ? '' : '+';
  const change = `${sign}${p.change}`;
  const op = p.direction === 'raise' ? { zh: '提高到', en: 'raise to' } : { zh: '降至', en: 'lower to' };
  return {
    zh: `${p.label.zh}：${op.zh} ${p.needed} ${p.unit.zh}（${change}），全组重新评价后总分 ${p.total}，${p.class} 类。`,
    en: `${p.label.en}: ${op.en} ${p.needed} ${p.unit.en} (${change}); with the pool evaluated again, total ${p.total}, class ${p.class}.`,
  };
}

/** Said when no figure alone, verified, reaches the class: any figure, or any of those tried when the caller chose them. */
export function noFigureText(targetClass: string, tried?: readonly Bilingual[]): Bilingual {
  if (tried === undefined)
    return {
      zh: `单独改变任何一项数据都不能升至 ${targetClass} 类（已按全组重新评价核实）。`,
      en: `No single figure changed alone reaches class ${targetClass} (checked by evaluating the pool again).`,
    };
  const zh = orList(
    tried.map((t) => t.zh),
    '、',
    '或',
  );
  const en = orList(
    tried.map((t) => t.en),
    ', ',
    ' or ',
  );
  return {
    zh: `单独改变${zh}都不能升至 ${targetClass} 类（已按全组重新评价核实）。`,
    en: `Changing ${en} alone does not reach class ${targetClass} (checked by evaluating the pool again).`,
  };
}

/** "a、b或c" / "a, b or c". */
function orList(names: readonly string[], separator: string, or: string): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(separator)}${or}${names.at(-1)}`;
}
