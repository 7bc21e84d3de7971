/**
 * The leaders' page figures against a small district counted by hand: eight firms in two groups
 * and three industries, one without an industry code, one town missing.
 */
import { describe, expect, it } from 'vitest';
import type { EnterpriseRecord, EnterpriseResult, Evaluation } from '@mujun/core';
import { dictionary } from '../i18n/strings.js';
import { countByKey, share } from './classShares.js';
import { leadersSection } from './leaders.js';

const CLASSES = ['A', 'B', 'C', 'D'];
/** code, class, group, industry, town */
const FIRMS: [string, string, string, string | null, string | undefined][] = [
  ['F1', 'A', 'above-scale', 'C3311', '邹区镇'],
  ['F2', 'A', 'above-scale', 'C3412', '邹区镇'],
  ['F3', 'B', 'above-scale', 'C3412', '西林街道'],
  ['F4', 'B', 'below-scale', 'C3311', '西林街道'],
  ['F5', 'B', 'below-scale', 'C3990', '西林街道'],
  ['F6', 'C', 'below-scale', 'C3412', undefined],
  ['F7', 'D', 'above-scale', null, '邹区镇'],
  ['F8', 'D', 'below-scale', 'C3412', '邹区镇'],
];
const results = FIRMS.map(
  ([creditCode, cls, group, industryCode]) => ({ creditCode, name: creditCode, class: cls, group, industryCode, county: null }) as unknown as EnterpriseResult,
);
const records = FIRMS.map(([creditCode, , , , town]) => ({ creditCode, name: creditCode, scale: 'above', ...(town ? { town } : {}) }) as EnterpriseRecord);
const evaluation = { results, excluded: [], pools: [] } as unknown as Evaluation;

describe('share', () => {
  it.each([
    [1, 3, '33.3%'],
    [2, 3, '66.7%'],
    [1, 8, '12.5%'],
    [1, 16, '6.3%'], // 6.25 → half-up
    [3, 8, '37.5%'],
    [8, 8, '100.0%'],
    [0, 0, '—'],
  ])('%i of %i is %s', (n, total, want) => expect(share(n, total)).toBe(want));
});

describe('countByKey', () => {
  it('counts by group: above-scale A2 B1 D1, below-scale B2 C1 D1', () => {
    expect(countByKey(results, CLASSES, (r) => r.group)).toEqual([
      { key: 'above-scale', counts: { A: 2, B: 1, C: 0, D: 1 }, total: 4 },
      { key: 'below-scale', counts: { A: 0, B: 2, C: 1, D: 1 }, total: 4 },
    ]);
  });
});

describe('leadersSection', () => {
  const html = leadersSection(
    { input: { evaluation, records }, classes: CLASSES, accounting: { rows: 10, scored: 8, excluded: 1, rejected: 1 }, migration: undefined, year: 2024 },
    dictionary('zh'),
  );
  const row = (table: string, name: string): string => new RegExp(`id="${table}"[\\s\\S]*?<td>${name}</td>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
  const numbers = (cells: string): string[] => [...cells.matchAll(/<span class="num">(\d+)<\/span><span class="pct">([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`);

  it('states the class counts and shares: A 2 (25.0%), B 3 (37.5%), C 1 (12.5%), D 2 (25.0%)', () => {
    expect(html).toContain('2024 年度共评价企业 8 家：A 类 2 家（25.0%），B 类 3 家（37.5%），C 类 1 家（12.5%），D 类 2 家（25.0%）。');
    expect(html).toContain('另有 1 家企业不参评、1 条记录数据有误');
    expect([...html.matchAll(/data-share="(\w)">([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['A 25.0%', 'B 37.5%', 'C 12.5%', 'D 25.0%']);
  });

  it('breaks down by industry division with GB/T 4754-2017 names, the firm without a code last', () => {
    const table = /id="by-industry"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect([...table.matchAll(/<tr><td>([^<]*)<\/td>/g)].map((m) => m[1])).toEqual([
      'C34 通用设备制造业',
      'C33 金属制品业',
      'C39 计算机、通信和其他电子设备制造业',
      '行业代码缺失或无效',
    ]);
    // C34: F2 A, F3 B, F6 C, F8 D.
    expect(numbers(row('by-industry', 'C34 通用设备制造业'))).toEqual(['1 25.0%', '1 25.0%', '1 25.0%', '1 25.0%']);
    // C33: F1 A, F4 B.
    expect(numbers(row('by-industry', 'C33 金属制品业'))).toEqual(['1 50.0%', '1 50.0%', '0 0.0%', '0 0.0%']);
  });

  it('breaks down by town where the records carry one, the firm without one counted as 未填写', () => {
    // 邹区镇: F1 A, F2 A, F7 D, F8 D; 西林街道: F3 B, F4 B, F5 B; none: F6 C.
    expect(numbers(row('by-town', '邹区镇'))).toEqual(['2 50.0%', '0 0.0%', '0 0.0%', '2 50.0%']);
    expect(numbers(row('by-town', '西林街道'))).toEqual(['0 0.0%', '3 100.0%', '0 0.0%', '0 0.0%']);
    expect(numbers(row('by-town', '未填写'))).toEqual(['0 0.0%', '0 0.0%', '1 100.0%', '0 0.0%']);
    expect(html).not.toContain('id="by-park"');
  });
});
