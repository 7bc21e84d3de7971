/** The scheme sheets: what the results were computed with — documents, weights, classes, benchmarks. */
import { benchmarkMethodText, FIGURES, INDICATOR_LABELS, MISSING_RULE_LABELS } from '@mujun/core';
import { benchmarksOf, indicatorFigures, poolSummariesOf, type TableLanguage } from '@mujun/csv';
import type { ScoreRun } from '../../run/scoreRun.js';
import { addListSheet } from './listSheet.js';
import { addSectionSheet } from './sectionSheet.js';
import { FORMATS } from './sheetStyle.js';
import type { Workbook } from './workbook.js';
import { SHEETS } from './workbookText.js';

const PERCENT = '0%';

/** The scheme: name, reference date, rounding, source documents, classes, and each group's indicators and weights. */
export function addSchemeSheet(wb: Workbook, run: ScoreRun, language: TableLanguage): void {
  const zh = language === 'zh';
  const { scheme, referenceDate } = run.columns;
  addSectionSheet(wb, SHEETS.scheme[language], [
    {
      title: zh ? '评价方案' : 'Scheme',
      header: zh ? ['项目', '内容'] : ['item', 'value'],
      rows: [
        [zh ? '方案名称' : 'scheme', zh ? scheme.name : scheme.nameEn],
        [zh ? '评价基准日' : 'reference date', referenceDate ?? ''],
        [zh ? '总分保留小数位数' : 'decimals of the total', { number: String(scheme.rounding.decimals), format: FORMATS.integer }],
      ],
    },
    {
      title: zh ? '依据文件' : 'Source documents',
      header: zh ? ['文件', '年份', '说明'] : ['document', 'year', 'note', 'where found'],
      rows: scheme.sources.map((s) => [s.title, { number: String(s.year), format: FORMATS.integer }, s.note ?? '', ...(zh ? [] : [s.url ?? ''])]),
    },
    {
      title: zh ? '分类规则' : 'Classes',
      header: zh ? ['类别', '名称', '累计比例', '最低总分(分)'] : ['class', 'name', 'cumulative share', 'lowest total (points)'],
      rows: scheme.classes.tiers.map((t) => [
        t.id,
        zh ? t.name : t.nameEn,
        t.cumulativeShare === undefined ? null : { number: String(t.cumulativeShare), format: PERCENT },
        t.minTotal === undefined ? null : { number: String(t.minTotal), format: FORMATS.points(scheme.rounding.decimals) },
      ]),
    },
    {
      title: zh ? '指标与权重' : 'Indicators and weights',
      header: zh ? ['评价组', '指标', '单位', '权重(分)', '缺失数据'] : ['group', 'indicator', 'unit', 'weight (points)', 'missing data'],
      rows: scheme.groups.flatMap((g) =>
        g.indicators.map((i) => [
          zh ? g.name : g.nameEn,
          INDICATOR_LABELS[i.id].name[language],
          INDICATOR_LABELS[i.id].unit[language],
          { number: String(i.weight), format: FORMATS.general },
          missingRulesText(g, i, language),
        ]),
      ),
    },
  ]);
}

/** Every benchmark the run used, per pool (group × county), industry and indicator, with how it was computed. */
export function addBenchmarkSheet(wb: Workbook, run: ScoreRun, language: TableLanguage): void {
  const zh = language === 'zh';
  const { scheme } = run.columns;
  const pools = poolSummariesOf(run.columns);
  const benchmarks = benchmarksOf(run.columns);
  const groups = new Map(scheme.groups.map((g) => [g.id, zh ? g.name : g.nameEn]));
  const counties = new Map(pools.map((p) => [p.pool, p.county ?? '']));
  const columns = zh
    ? [
        { header: '评价组' },
        { header: '区县' },
        { header: '行业' },
        { header: '指标' },
        { header: '基准值', format: FORMATS.general },
        { header: '单位' },
        { header: '计算方法' },
        { header: '参与企业数(家)', format: FORMATS.integer },
      ]
    : [
        { header: 'group' },
        { header: 'county' },
        { header: 'industry' },
        { header: 'indicator' },
        { header: 'benchmark', format: FORMATS.general },
        { header: 'unit' },
        { header: 'method' },
        { header: 'firms observed', format: FORMATS.integer },
      ];
  const rows = benchmarks.map((b) => [
    groups.get(b.group) ?? b.group,
    counties.get(b.pool) ?? '',
    b.industry ?? (zh ? '全部' : 'all'),
    INDICATOR_LABELS[b.indicator].name[language],
    { number: b.value },
    INDICATOR_LABELS[b.indicator].unit[language],
    benchmarkMethodText(b.method, language),
    b.observed ?? null,
  ]);
  addListSheet(wb, SHEETS.benchmarks[language], columns, rows, 1);
}

/** The missing-data rule of each figure an indicator uses (rules are by figure: DOMAIN.md §4), e.g. "税收 按 0 分；能耗 按组内平均分". */
function missingRulesText(
  group: ScoreRun['evaluation']['scheme']['groups'][number],
  indicator: Parameters<typeof indicatorFigures>[0],
  language: TableLanguage,
): string {
  return indicatorFigures(indicator)
    .filter((f) => f !== 'land' && f !== 'scale')
    .map((f) => {
      const rule = group.missing[f as keyof typeof group.missing] ?? 'zero';
      return `${FIGURES[f].name[language]} ${MISSING_RULE_LABELS[rule][language]}`;
    })
    .join(language === 'zh' ? '；' : '; ');
}
