/**
 * The language of a results table's text cells. A table is in one language, as its headers are:
 * a Chinese table holds no English word (group, status, class, indicator and flag names in
 * Chinese, the Chinese half of a bilingual detail), an English one no Chinese. Both writers of the
 * table (the CLI's from objects, scoreMerged's bytes from columns) take their words from here, so
 * they stay the same byte for byte.
 */
import { type AdjustmentApplied, EXCLUSION_LABELS, type ExclusionReason, flagLabel, INDICATOR_LABELS, type Scheme, VETO_EFFECT_LABELS } from '@mujun/core';

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

/** A bonus, penalty or veto as a cell: `高新技术企业 +3分`, `high-tech enterprise +3 points`. */
export function adjustmentText(a: AdjustmentApplied, language: TableLanguage): string {
  const name = flagLabel(a.flag)[language];
  const signed = a.points.startsWith('-') ? a.points : `+${a.points}`;
  if (a.kind === 'veto') {
    const effect = a.effect ? VETO_EFFECT_LABELS[a.effect] : undefined;
    return language === 'zh' ? `${name} 否决${effect ? `（${effect.zh}）` : ''}` : `${name} veto${effect ? ` (${effect.en})` : ''}`;
  }
  return language === 'zh' ? `${name} ${signed}分` : `${name} ${signed} points`;
}
