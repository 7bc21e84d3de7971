import { type Bilingual, type IndicatorId, INDICATOR_LABELS, type Scheme } from '@mujun/core';

/**
 * How a cell of the results table shows its value — the one statement of it that every writer
 * follows (the CSV byte writer, the CSV writer of object rows, an .xlsx writer):
 * - `text`: as it is (a CSV writer neutralises formula characters);
 * - `code`: an identifier that must stay text in Excel (an all-digit credit code);
 * - `count`: a whole number;
 * - `decimal`: an exact figure as a plain decimal, every digit (land in 亩);
 * - `score`: fixed point to the scheme's `rounding.decimals`, as the engine rounded it;
 * - `six-digits`: an indicator value to six significant digits, half-up, as a plain decimal —
 *   never exponent notation (0.04 / 100000 shows as 0.0000004); JSON keeps every digit;
 * - `money`: yuan to the fen, as the policy engine rounded it.
 */
export type ShownAs = 'text' | 'code' | 'count' | 'decimal' | 'score' | 'six-digits' | 'money';

/** One column of the results table: id (also its English header), Chinese header, unit, and how its cells are shown. */
export interface ResultsColumn {
  id: string;
  zh: string;
  en: string;
  /** The unit of its figures, when it has one. */
  unit: Bilingual | null;
  /** For a CSV writer: figures stay numbers, codes stay text in Excel. */
  kind: 'text' | 'number' | 'code';
  shown: ShownAs;
}

/** The indicators that have columns, in the scheme's order (first group first). */
export function indicatorColumnsOf(scheme: Scheme): IndicatorId[] {
  return [...new Set(scheme.groups.flatMap((g) => g.indicators.map((i) => i.id)))] as IndicatorId[];
}

const column = (id: string, zh: string, shown: ShownAs, unit: ResultsColumn['unit'] = null): ResultsColumn => ({
  id,
  zh,
  en: id,
  unit,
  kind: shown === 'code' ? 'code' : shown === 'text' ? 'text' : 'number',
  shown,
});

/**
 * The columns of the results table of a run with `scheme`: every scored enterprise (by pool and
 * rank), then every excluded one with its reason, one row each. With `policies`, the amounts and
 * measures of a policy catalog come before the last column.
 */
export function resultsLayout(scheme: Scheme, options: { policies?: boolean } = {}): ResultsColumn[] {
  const yuan = { zh: '元', en: 'yuan' };
  const points = { zh: '分', en: 'points' };
  return [
    column('year', '评价年度', 'text'),
    column('credit_code', '统一社会信用代码', 'code'),
    column('name', '企业名称', 'text'),
    column('county', '区县', 'text'),
    column('group', '评价组', 'text'),
    column('status', '状态', 'text'),
    column('class', '类别', 'text'),
    column('class_name', '类别名称', 'text'),
    column('total', '总得分', 'score', points),
    column('rank', '组内排名', 'count', { zh: '名', en: 'place' }),
    column('pool_size', '组内企业数', 'count', { zh: '家', en: 'firms' }),
    column('land_mu', '用地面积(亩)', 'decimal', { zh: '亩', en: 'mu' }),
    ...indicatorColumnsOf(scheme).flatMap((id) => {
      const { name, unit } = INDICATOR_LABELS[id];
      return [column(id, name.zh, 'six-digits', unit), column(`${id}_score`, `${name.zh}得分`, 'score', points)];
    }),
    column('imputed', '缺失补分指标', 'text'),
    column('adjustments', '加减分及否决', 'text'),
    ...(options.policies
      ? [column('surcharge_yuan', '加价金额(元)', 'money', yuan), column('relief_yuan', '减免金额(元)', 'money', yuan), column('measures', '适用政策', 'text')]
      : []),
    column('detail', '说明', 'text'),
  ];
}
