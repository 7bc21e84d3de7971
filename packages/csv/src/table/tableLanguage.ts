/**
 * The language of a results table's text cells. A table is in one language, as its headers are:
 * a Chinese table holds no English word (group, status, class, indicator and flag names in
 * Chinese, the Chinese half of a bilingual detail), an English one no Chinese. Both writers of the
 * table (the CLI's from objects, scoreMerged's bytes from columns) take their words from here, so
 * they stay the same byte for byte.
 */
import {
  type AdjustmentApplied,
  type Bilingual,
  EXCLUSION_LABELS,
  type ExclusionReason,
  FLAG_LABELS,
  INDICATOR_LABELS,
  type Scheme,
  VETO_EFFECT_LABELS,
} from '@mujun/core';

/** Which language the text cells of a results table are in (the `--headers` language). */
export type TableLanguage = 'zh' | 'en';

/**
 * The words of a scheme's results table in one language: plain data (arrays and records), so it
 * crosses to a worker thread as it is.
 */
export interface TableWords {
  language: TableLanguage;
  /** The status of a scored firm: 已评价 / scored. */
  scored: string;
  /** Group names, by the scheme's group index. */
  groupNames: string[];
  /** Class names, by the scheme's tier index. */
  tierNames: string[];
  /** Indicator names by id (the imputed column lists them). */
  indicatorNames: Record<string, string>;
  /** Between the names of the imputed column: 、 in Chinese. */
  nameSeparator: string;
  /** Between the items of the adjustments and measures columns: ； in Chinese. */
  itemSeparator: string;
}

/** The words of `scheme`'s results table in `language`. */
export function tableWords(scheme: Pick<Scheme, 'groups' | 'classes'>, language: TableLanguage): TableWords {
  const zh = language === 'zh';
  return {
    language,
    scored: zh ? '已评价' : 'scored',
    groupNames: scheme.groups.map((g) => (zh ? g.name : g.nameEn)),
    tierNames: scheme.classes.tiers.map((t) => (zh ? t.name : t.nameEn)),
    indicatorNames: Object.fromEntries(Object.entries(INDICATOR_LABELS).map(([id, l]) => [id, l.name[language]])),
    nameSeparator: zh ? '、' : ';',
    itemSeparator: zh ? '；' : ';',
  };
}

/** A group's name by id (the id itself when the scheme has no such group; empty for none). */
export function groupNameOf(scheme: Pick<Scheme, 'groups'>, words: TableWords, id: string | undefined): string {
  if (id === undefined) return '';
  const k = scheme.groups.findIndex((g) => g.id === id);
  return k < 0 ? id : (words.groupNames[k] as string);
}

/** An excluded firm's status: `排除：免评行业`, `excluded: exempt industry`. */
export function exclusionStatus(reason: ExclusionReason, language: TableLanguage): string {
  const label = EXCLUSION_LABELS[reason];
  return language === 'zh' ? `排除：${label.zh}` : `excluded: ${label.en}`;
}

const CJK = /[\u3400-\u9fff\uff08\uff09\u3001-\u3011]/;

/**
 * One half of a `中文 / English` text (an exclusion's detail, a row's problem). The engine's
 * details may end in a bilingual value of their own (`免评行业 D46 / exempt industry D46: 水的生产和供应业 / water
 * supply …`, `… found 无用地数据 / no land figures`): the inner value's halves go with the outer ones.
 */
export function bilingualPart(text: string, language: TableLanguage): string {
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
  if (language === 'zh') return zh.replace(/\(([a-z][a-z-]+)\)/g, (_match: string, id: string) => `（${FLAGS.get(id)?.zh ?? id}）`);
  return en.replace(/(\d) 亩/g, '$1 mu');
}

const FLAGS = new Map<string, Bilingual>(Object.entries(FLAG_LABELS));

/** A bonus, penalty or veto as a cell: `高新技术企业 +3分`, `high-tech enterprise +3 points`. */
export function adjustmentText(a: AdjustmentApplied, language: TableLanguage): string {
  const flag = FLAGS.get(a.flag);
  const name = flag ? flag[language] : a.flag;
  const signed = a.points.startsWith('-') ? a.points : `+${a.points}`;
  if (a.kind === 'veto') {
    const effect = a.effect ? VETO_EFFECT_LABELS[a.effect] : undefined;
    return language === 'zh' ? `${name} 否决${effect ? `（${effect.zh}）` : ''}` : `${name} veto${effect ? ` (${effect.en})` : ''}`;
  }
  return language === 'zh' ? `${name} ${signed}分` : `${name} ${signed} points`;
}
