import { describe, expect, it } from 'vitest';
import { compare } from '@mujun/core';
import { historyFromResults } from '@mujun/policy';
import { sampleReportInput } from '../test/sample.js';
import { comparisonFromHistory, renderReport } from './index.js';

const input = sampleReportInput();
const ev = input.evaluation;

describe('comparisonFromHistory', () => {
  it('counts every firm once: last year’s class → this year’s', () => {
    const [first, second, ...rest] = ev.results;
    if (!first || !second) throw new Error('sample has firms');
    // Last year: the first firm was in D, the second absent, the rest as now; one firm has gone since.
    const rows = [
      { year: '2023', creditCode: first.creditCode, class: 'D' },
      ...rest.map((r) => ({ year: '2023', creditCode: r.creditCode, class: r.class })),
      { year: '2023', creditCode: '91320400099999999X', class: 'B' },
    ];
    const c = comparisonFromHistory(ev, historyFromResults(rows));
    if (!c) throw new Error('history is not empty');
    expect(c.fromLabel).toBe('2023');
    expect(c.toLabel).toBe(ev.referenceDate?.slice(0, 4));
    expect(c.matrix['D']?.[first.class]).toBe(first.class === 'D' ? 1 + rest.filter((r) => r.class === 'D').length : 1);
    expect(c.matrix['new']?.[second.class]).toBeGreaterThanOrEqual(1);
    expect(c.matrix['B']?.['gone']).toBeGreaterThanOrEqual(1);
    const total = Object.values(c.matrix)
      .flatMap((row) => Object.values(row))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(ev.results.length + ev.excluded.length + 1);
  });

  it('labels an earlier run of the same year as such, not as last year (a review, 复核)', () => {
    const year = ev.referenceDate?.slice(0, 4) ?? '';
    const c = comparisonFromHistory(ev, historyFromResults(ev.results.map((r) => ({ year, creditCode: r.creditCode, class: r.class }))));
    expect([c?.fromLabel, c?.toLabel, c?.review]).toEqual([year, year, true]);
    // The firm sheets name the earlier side by that label too (zh: "{from} 类别", en: "Class in {from}").
    const html = renderReport({ ...input, comparison: c });
    expect(html).toContain(`"previousLabel":"${year} 前次"`);
    expect(renderReport({ ...input, lang: 'en', comparison: c })).toContain(`"previousLabel":"${year} earlier run"`);
    expect(html).not.toContain(`${year} → ${year}`);
  });

  it('is undefined for an empty history', () => {
    expect(comparisonFromHistory(ev, historyFromResults([]))).toBeUndefined();
  });
});

describe('core compare results are accepted as the comparison', () => {
  it('shows compare(a, b)’s matrix cells with its row and column labels', () => {
    const comparison = compare(ev, ev);
    const html = renderReport({ evaluation: ev, comparison: { ...comparison, fromLabel: '2023', toLabel: '2024' } });
    for (const [from, row] of Object.entries(comparison.matrix)) {
      for (const [to, n] of Object.entries(row)) expect(html).toContain(`data-from="${from}" data-to="${to}">${n}<`);
    }
    expect(html).toContain('2023 → 2024');
  });
});

describe('the migration lead', () => {
  it('counts a firm from a class the scheme no longer has (C-) as moved down, not as entering the evaluation', () => {
    const first = ev.results.find((r) => r.class === 'D');
    if (!first) throw new Error('sample has a firm in D');
    // Last year (a five-class scheme): the first D firm was in C-, every other firm as now.
    const before = ev.results.map((r) => ({ creditCode: r.creditCode, name: r.name, class: r === first ? ('C-' as const) : r.class }));
    const html = renderReport({ ...input, comparison: { ...compare(before, ev), fromLabel: '2023', toLabel: '2024' } });
    expect(html).toMatch(/data-up="0" data-down="1" data-same="\d+"/);
    expect(html).toContain(`data-same="${ev.results.length - 1}"`);
  });
});
