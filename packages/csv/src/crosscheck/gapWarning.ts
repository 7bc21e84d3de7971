import { type Bilingual, type ColumnarRecords, FIGURES, type InputFigureId, type NumericField, compareText } from '@mujun/core';
import type { DataWarning } from './dataWarnings.js';
import type { NeededFigure } from './figuresNeeded.js';
import type { Gap } from '../merge/types.js';

/** What {@link gapWarning} reads: the merge's gaps, the records, the files' columns, and what each firm's group needs. */
export interface GapCheckInput {
  /** Firms missing from a source that should list everyone (absent, or every row of theirs rejected). */
  gaps: readonly Pick<Gap, 'creditCode' | 'source'>[];
  /** The merged enterprises, as columns. */
  records: ColumnarRecords;
  sources: readonly { source: string; file: { columns: readonly { field: string }[] } }[];
  /** The figures the scheme needs for record i (its group's), e.g. `(i) => figuresNeeded(scheme, records, [i])`. */
  neededFor: (i: number) => readonly NeededFigure[];
}

/** Whether record i has the figure (the scale always: merged records all have one). */
const has = (records: ColumnarRecords, i: number, figure: InputFigureId): boolean =>
  FIGURES[figure].fields.some((f) => {
    if (f === 'scale') return true;
    const col = records.numbers[f as NumericField];
    return col !== undefined && (col.scale[i] as number) >= 0;
  });

/**
 * Firms missing from a file that carries a figure their group needs, and that no other file gave
 * them (pure). The cross-check line counts them among its gaps; this says what follows: each is
 * scored by the missing-data rule (0 or the pool average) on the indicators that use the figure, or
 * not scored at all without land, so one lost row can decide a class. One warning for all such
 * firms, per file with the figures lost; `null` when there are none. Gaps in figures no group uses
 * (electricity under the default scheme) are the cross-check line's business only.
 */
export function gapWarning(input: GapCheckInput): DataWarning | null {
  // Index of each firm with a gap only: the gaps are few, the firms may be a million.
  const gapCodes = new Set(input.gaps.map((g) => g.creditCode));
  const byCode = new Map<string, number>();
  input.records.creditCode.forEach((code, i) => {
    if (gapCodes.has(code)) byCode.set(code, i);
  });
  const fieldsOf = new Map(input.sources.map((s) => [s.source, new Set(s.file.columns.map((c) => c.field))]));
  /** Per file: the firms concerned and the figures they lack. */
  const perFile = new Map<string, { firms: Set<string>; figures: Set<InputFigureId> }>();
  const firms = new Set<string>();
  for (const gap of input.gaps) {
    const i = byCode.get(gap.creditCode);
    const given = fieldsOf.get(gap.source);
    if (i === undefined || given === undefined) continue;
    for (const need of input.neededFor(i)) {
      if (!need.fields.some((f) => given.has(f)) || has(input.records, i, need.figure)) continue;
      const entry = perFile.get(gap.source) ?? { firms: new Set(), figures: new Set() };
      entry.firms.add(gap.creditCode);
      entry.figures.add(need.figure);
      perFile.set(gap.source, entry);
      firms.add(gap.creditCode);
    }
  }
  if (firms.size === 0) return null;
  // Files by name, figures in FIGURES' order: the line does not depend on the order of the input.
  const files = [...perFile].sort((a, b) => compareText(a[0], b[0]));
  const named = (figures: Set<InputFigureId>, name: (f: InputFigureId) => string, sep: string): string =>
    (Object.keys(FIGURES) as InputFigureId[])
      .filter((f) => figures.has(f))
      .map(name)
      .join(sep);
  const list: Bilingual = {
    zh: files.map(([source, e]) => `${source} ${e.firms.size} 家缺${named(e.figures, (f) => FIGURES[f].name.zh, '、')}`).join('；'),
    en: files.map(([source, e]) => `${source} ${e.firms.size} without ${named(e.figures, (f) => FIGURES[f].name.en, ', ')}`).join('; '),
  };
  const n = firms.size;
  return {
    code: 'figure-missing',
    severity: 'warning',
    source: '',
    count: n,
    message: {
      zh: `比对：${n} 家企业在载有其评价所需数据的文件中未列出或其行被拒收（${list.zh}），相关指标按缺失规则计分（零分或平均分），缺用地的不能参评，类别可能因此不实；名单见 score validate，请补全该文件后重新计算`,
      en: `cross-check: ${n} firms are missing from a file that carries figures their group needs, absent or with every row rejected (${list.en}): those indicators are scored by the missing-data rule (0 or the pool average), and without land a firm is not scored, so their classes may be wrong; score validate lists them — complete the file and run again`,
    },
  };
}
