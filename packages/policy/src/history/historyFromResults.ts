import { CLASS_IDS, type ClassId } from '@mujun/core';
import { PolicyError } from '../errors.js';
import type { ClassHistory } from './history.js';

const CLASSES: readonly string[] = CLASS_IDS;

/** One prior-year result row as `score` writes it (JSON, or CSV with these columns). */
export interface HistoryRow {
  /** Evaluation year, e.g. 2023 or "2023". */
  year: number | string;
  /** 统一社会信用代码. */
  creditCode: string;
  /** Class that year: A, B, C, C- (C−) or D. */
  class: string;
}

/**
 * Builds each firm's class by year from prior years' results, for escalation by consecutive
 * years (e.g. 连续 2 年 D 类). Rows may come in any order; a firm listed twice in one year with
 * the same class is fine, with different classes it is an error. Rows of excluded firms
 * (empty class) are skipped, and so break a run. Throws PolicyError `invalid-history`.
 */
export function historyFromResults(rows: readonly HistoryRow[]): ClassHistory {
  const problems: string[] = [];
  const firms: Record<string, Record<string, ClassId>> = {};
  let latestYear: number | null = null;
  // A history holds a few years and five classes: each text is read once.
  const years = new Map<unknown, number>();
  const classes = new Map<unknown, string>();
  rows.forEach((row, index) => {
    let year = years.get(row.year);
    if (year === undefined) years.set(row.year, (year = typeof row.year === 'number' ? row.year : Number(String(row.year).trim())));
    let cls = classes.get(row.class);
    if (cls === undefined)
      classes.set(
        row.class,
        (cls = String(row.class ?? '')
          .trim()
          .replace('−', '-')),
      );
    const code = String(row.creditCode ?? '').trim();
    if (!Number.isInteger(year) || year < 1900 || year > 9999) {
      problems.push(`第 ${index + 1} 行：年份 "${String(row.year)}" 无效 / row ${index + 1}: year "${String(row.year)}" is not a calendar year`);
      return;
    }
    if (code === '') {
      problems.push(`第 ${index + 1} 行：缺少统一社会信用代码 / row ${index + 1}: missing creditCode`);
      return;
    }
    if (cls === '') return;
    if (!CLASSES.includes(cls)) {
      problems.push(`第 ${index + 1} 行：类别 "${cls}" 无效（应为 A、B、C、C-、D） / row ${index + 1}: class "${cls}" is not one of A, B, C, C-, D`);
      return;
    }
    const byYear = (firms[code] ??= {});
    const prior = byYear[String(year)];
    if (prior !== undefined && prior !== cls) {
      problems.push(
        `第 ${index + 1} 行：${code} 在 ${year} 年同时为 ${prior} 类和 ${cls} 类 / row ${index + 1}: ${code} has class ${prior} and ${cls} in ${year}`,
      );
      return;
    }
    byYear[String(year)] = cls as ClassId;
    latestYear = latestYear === null ? year : Math.max(latestYear, year);
  });
  if (problems.length > 0) throw new PolicyError('invalid-history', '往年评价结果有误 / prior-year results are invalid', problems);
  return { latestYear, firms };
}
