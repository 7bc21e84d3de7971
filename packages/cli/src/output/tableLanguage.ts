/**
 * The language of a results table's text cells: `both` for the CSV (中文 and English side by
 * side, ids for groups and measures, as it has always been written), `zh` or `en` alone for the
 * workbook, where a Chinese sheet holds no English word.
 */
import type { AdjustmentApplied } from '@mujun/core';
import { FLAG_NAMES } from '@mujun/csv';

/** Which language the text cells of a results table are in. */
export type TableLanguage = 'zh' | 'en' | 'both';

const CJK = /[\u3400-\u9fff\uff08\uff09\u3001-\u3011]/;

/**
 * One half of a `中文 / English` text (an exclusion's detail, a row's problem), or the whole in
 * `both`. The engine's details may end in a bilingual value of their own (`免评行业 D46 / exempt
 * industry D46: 水的生产和供应业 / water supply …`, `… found 无用地数据 / no land figures`): the
 * inner value's halves go with the outer ones.
 */
export function bilingualPart(text: string, language: TableLanguage): string {
  if (language === 'both') return text;
  const parts = text.split(/\s*\/\s+/);
  if (parts.length < 2) return text;
  let zh = parts[0]!;
  let en = parts.slice(1).join(' / ');
  if (parts.length === 3) {
    // parts[1] is the English sentence followed by the inner value's Chinese half.
    const middle = parts[1]!;
    const at = middle.search(CJK);
    if (at > 0) {
      zh = `${zh}：${middle.slice(at)}`;
      en = `${middle.slice(0, at)}${parts[2]}`;
    }
  }
  if (language === 'zh') return zh.replace(/\(([a-z][a-z-]+)\)/g, (_match: string, id: string) => `（${FLAGS.get(id)?.zh[0] ?? id}）`);
  return en.replace(/(\d) 亩/g, '$1 mu');
}

const FLAGS = new Map(FLAG_NAMES.map((f) => [f.id, f]));
const VETO_EFFECTS = { forceD: { zh: '降为D类', en: 'class D' }, capC: { zh: '最高C类', en: 'class C at best' } } as const;

/** A bonus, penalty or veto as a cell: `high-tech 3` (both), `高新技术企业 +3分`, `high-tech enterprise +3 points`. */
export function adjustmentText(a: AdjustmentApplied, language: TableLanguage): string {
  if (language === 'both') return `${a.flag} ${a.kind === 'veto' ? (a.effect ?? 'veto') : a.points}`;
  const flag = FLAGS.get(a.flag);
  const name = flag ? (language === 'zh' ? flag.zh[0]! : flag.en) : a.flag;
  const signed = a.points.startsWith('-') ? a.points : `+${a.points}`;
  if (a.kind === 'veto') {
    const effect = a.effect ? VETO_EFFECTS[a.effect] : undefined;
    return language === 'zh' ? `${name} 否决${effect ? `（${effect.zh}）` : ''}` : `${name} veto${effect ? ` (${effect.en})` : ''}`;
  }
  return language === 'zh' ? `${name} ${signed}分` : `${name} ${signed} points`;
}
