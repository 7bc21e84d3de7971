import { type Bilingual, FIELD_LABELS, type NumericField, SOURCE_KIND_LABELS, type SourceKind } from '@mujun/core';
import { COLUMN_SPECS } from '../headers/dictionary.js';
import type { PrecedenceReason } from '../merge/fieldPrecedence.js';
import type { Conflict } from '../merge/types.js';

/** The conflicts of one field settled the same way: one source won, for one reason. */
export interface ConflictGroup extends Pick<Conflict, 'field' | 'chosen' | 'reason'> {
  chosenKind: SourceKind | null;
  /** The other sources that gave the field differently, in the order of the merge. */
  others: string[];
  /** Firms whose values differ beyond the tolerance. */
  beyond: number;
  /** Firms whose values differ within it. */
  within: number;
  /** One line saying all of it, the Chinese one without English words (file and option names aside). */
  message: Bilingual;
}

const kindName = (k: SourceKind | null): Bilingual => (k === null ? { zh: '未识别类别', en: 'unknown kind' } : SOURCE_KIND_LABELS[k]);

/**
 * A record field (`salesWan`, `flags.high-tech`) as a message names it: a figure by core's
 * {@link FIELD_LABELS}, another field by the header dictionary's first Chinese header; and the field id.
 */
export function fieldName(field: string): Bilingual {
  if (Object.hasOwn(FIELD_LABELS, field)) return { zh: FIELD_LABELS[field as NumericField].name.zh, en: field };
  const [base, flag] = field.split('.');
  const spec = COLUMN_SPECS.find((s) => (flag === undefined ? s.field === base && s.kind !== 'flag' : s.flag === flag));
  return { zh: spec?.aliases[0] ?? field, en: field };
}

/** Why the chosen source won, in words. */
function why(reason: PrecedenceReason, kind: SourceKind | null, field: Bilingual): Bilingual {
  const k = kindName(kind);
  if (reason === 'prefer') return { zh: '按 --prefer 指定', en: 'as --prefer says' };
  if (reason === 'scheme') return { zh: `评价方案规定${field.zh}以${k.zh}数据为准`, en: `the scheme scores the ${k.en}'s ${field.en}` };
  if (reason === 'kind') return { zh: `${field.zh}默认以${k.zh}数据为准`, en: `${field.en} is the ${k.en}'s by default` };
  return { zh: '同类来源按文件名顺序', en: 'same kind of export: the first file name in code-point order' };
}

/**
 * The conflicts summed up by field, winning source and reason (pure): how many firms' values
 * differ, beyond the tolerance and within it, which file was used and why — what `score` says on
 * stderr, so that nobody has to guess which bureau's figure went into a class.
 */
export function conflictSummary(conflicts: readonly Conflict[]): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>();
  for (const c of conflicts) {
    const key = `${c.field}\u0000${c.chosen}\u0000${c.reason}`;
    let g = groups.get(key);
    if (!g) {
      const chosenKind = c.values[0]?.kind ?? null;
      groups.set(key, (g = { field: c.field, chosen: c.chosen, chosenKind, reason: c.reason, others: [], beyond: 0, within: 0, message: { zh: '', en: '' } }));
    }
    if (c.withinTolerance) g.within++;
    else g.beyond++;
    for (const v of c.values.slice(1)) if (!g.others.includes(v.source)) g.others.push(v.source);
  }
  return [...groups.values()].map((g) => {
    const f = fieldName(g.field);
    const w = why(g.reason, g.chosenKind, f);
    const firms = g.beyond + g.within;
    return {
      ...g,
      message: {
        zh:
          `${f.zh}在 ${firms} 家企业的来源间不同（超出容差 ${g.beyond} 家，容差内 ${g.within} 家），` +
          `采用 ${g.chosen}（${kindName(g.chosenKind).zh}：${w.zh}）而非 ${g.others.join('、')}`,
        en:
          `${f.en} differs between files for ${firms} firm(s) (${g.beyond} beyond the tolerance, ${g.within} within it); ` +
          `used ${g.chosen} (${kindName(g.chosenKind).en}: ${w.en}) over ${g.others.join(', ')}`,
      },
    };
  });
}
