/** The sheets of enterprises not scored: the excluded ones with their reasons, and the rejected rows. */
import { bilingualPart, EXCLUSION_LABELS } from '@mujun/core';
import type { TableLanguage } from '@mujun/csv';
import type { ScoreRun } from '../../run/scoreRun.js';
import { addListSheet, type ListCell } from './listSheet.js';
import { FORMATS } from './sheetStyle.js';
import type { Workbook } from './workbook.js';
import { SHEETS } from './workbookText.js';

/** Excluded enterprises (out of scope): code, name, county, group, reason, detail. */
export function addExcludedSheet(wb: Workbook, run: ScoreRun, language: TableLanguage): void {
  const zh = language === 'zh';
  const groups = new Map(run.columns.scheme.groups.map((g) => [g.id, zh ? g.name : g.nameEn]));
  const columns = zh
    ? [{ header: '统一社会信用代码' }, { header: '企业名称' }, { header: '区县' }, { header: '评价组' }, { header: '排除原因' }, { header: '说明' }]
    : [{ header: 'credit code' }, { header: 'name' }, { header: 'county' }, { header: 'group' }, { header: 'reason' }, { header: 'detail' }];
  const rows = run.columns.excluded.map((e) => [
    e.creditCode,
    e.name,
    run.columns.records.county[e.index] ?? '',
    e.group === undefined ? '' : (groups.get(e.group) ?? e.group),
    EXCLUSION_LABELS[e.reason][language],
    bilingualPart(e.detail, language),
  ]);
  addListSheet(wb, SHEETS.excluded[language], columns, rows, 2);
}

/**
 * Rows of the bureau files that could not be used (each rejected row once, with all its
 * problems), then single values that were dropped from rows that were kept.
 */
export function addRejectedSheet(wb: Workbook, run: ScoreRun, language: TableLanguage): void {
  const zh = language === 'zh';
  const columns = [
    { header: zh ? '文件' : 'file' },
    { header: zh ? '行号' : 'row', format: FORMATS.integer },
    { header: zh ? '列' : 'column' },
    { header: zh ? '原值' : 'value as written' },
    { header: zh ? '原因' : 'reason' },
    { header: zh ? '处理' : 'outcome' },
  ];
  const rowRejected = zh ? '整行拒收' : 'row rejected';
  const valueDropped = zh ? '仅此值按缺失处理' : 'value treated as missing';
  const rows: ListCell[][] = [];
  for (const r of run.rejected) {
    for (const p of r.problems ?? [r]) rows.push([r.source, r.row, p.column, p.value, p.message[language], rowRejected]);
  }
  for (const p of run.cellProblems) rows.push([p.source, p.row, p.column, p.value, p.message[language], valueDropped]);
  addListSheet(wb, SHEETS.rejected[language], columns, rows, 2);
}
