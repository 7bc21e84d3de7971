/** The accounting sheet: where every input row went, the class counts of each pool, the fiscal effect. */
import { accountingOf } from '../accounting.js';
import { EXCLUSION_LABELS } from '@mujun/core';
import { poolSummariesOf, type TableLanguage } from '@mujun/csv';
import type { ScoreRun } from '../../run/scoreRun.js';
import { addSectionSheet, type Section } from './sectionSheet.js';
import { FORMATS } from './sheetStyle.js';
import type { Workbook } from './workbook.js';
import { SHEETS } from './workbookText.js';

const int = (value: number) => ({ number: String(value), format: FORMATS.integer });
const money = (text: string) => ({ number: text, format: FORMATS.money });

export function addAccountingSheet(wb: Workbook, run: ScoreRun, language: TableLanguage): void {
  const zh = language === 'zh';
  const a = accountingOf(run);
  const { scheme, excluded } = run.columns;
  const pools = poolSummariesOf(run.columns);
  const byReason = new Map<string, number>();
  for (const e of excluded) byReason.set(e.reason, (byReason.get(e.reason) ?? 0) + 1);
  const sections: Section[] = [
    {
      title: zh ? '行数核算：行数 = 已评价 + 排除 + 拒收' : 'Accounting: rows = scored + excluded + rejected',
      header: zh ? ['项目', '数量(行)'] : ['item', 'count (rows)'],
      rows: [
        [zh ? '行数（归集后企业数 + 拒收行数）' : 'rows (enterprises after the merge + rejected rows)', int(a.rows)],
        [zh ? '已评价' : 'scored', int(a.scored)],
        [zh ? '排除' : 'excluded', int(a.excluded)],
        ...[...byReason.entries()].sort().map(([reason, n]) => [`  ${EXCLUSION_LABELS[reason as keyof typeof EXCLUSION_LABELS][language]}`, int(n)]),
        [zh ? '拒收' : 'rejected', int(a.rejected)],
        [zh ? '跳过的合计行（不计入行数）' : 'summary rows skipped (not counted in rows)', int(a.summaryRows)],
      ],
    },
  ];
  const tiers = scheme.classes.tiers;
  const groups = new Map(scheme.groups.map((g) => [g.id, zh ? g.name : g.nameEn]));
  sections.push({
    title: zh ? '各评价组的分类结果' : 'Classes by pool',
    header: [
      zh ? '评价组' : 'group',
      zh ? '区县' : 'county',
      zh ? '企业数(家)' : 'firms',
      ...tiers.map((t) => (zh ? `${t.id}类(家)` : `class ${t.id} (firms)`)),
      ...tiers.map((t) => (zh ? `${t.id}类最低分(分)` : `lowest total in ${t.id} (points)`)),
    ],
    rows: pools.map((p) => [
      groups.get(p.group) ?? p.group,
      p.county ?? '',
      int(p.size),
      ...tiers.map((t) => int(p.counts[t.id] ?? 0)),
      ...tiers.map((t) => {
        const low = p.lowestTotal[t.id];
        return low === undefined ? null : { number: low, format: FORMATS.points(scheme.rounding.decimals) };
      }),
    ]),
  });
  const fiscal = run.policies?.fiscal.total;
  if (fiscal) {
    sections.push({
      title: zh ? '差别化政策的财政影响' : 'Fiscal effect of the policies',
      header: zh ? ['项目', '金额(元)', '企业数(家)'] : ['item', 'amount (yuan)', 'firms'],
      rows: [
        [zh ? '加价收入' : 'surcharge revenue', money(fiscal.surchargeRevenue), int(fiscal.firmsCharged)],
        [zh ? '减免让利' : 'relief forgone', money(fiscal.reliefForgone), int(fiscal.firmsRelieved)],
        [zh ? '净额' : 'net', money(fiscal.net), int(fiscal.firms)],
      ],
    });
  }
  addSectionSheet(wb, SHEETS.accounting[language], sections);
}
