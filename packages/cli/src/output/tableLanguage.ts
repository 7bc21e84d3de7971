/**
 * The language of a results table's text cells: `both` for the CSV (中文 and English side by
 * side, ids for groups and measures, as it has always been written), `zh` or `en` alone for the
 * workbook, where a Chinese sheet holds no English word.
 */
import type { AdjustmentApplied } from '@mujun/core';
import { FLAG_NAMES } from '@mujun/csv';

/** Which language the text cells of a results table are in. */
export type TableLanguage = 'zh' | 'en' | 'both';

/** One half of a `中文 / English` text (an exclusion's detail), or the whole in `both`. */
export function bilingualPart(text: string, language: TableLanguage): string {
  if (language === 'both') return text;
  // The engine joins the two halves with " / "; neither half contains it.
  const cut = text.indexOf(' / ');
  if (cut < 0) return text;
  return language === 'zh' ? text.slice(0, cut) : text.slice(cut + 3);
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
