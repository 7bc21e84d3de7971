import { describe, expect, it } from 'vitest';
import { compare } from '@mujun/core';
import { consecutiveYearsInClass } from './history.js';
import { historyFromResults } from './historyFromResults.js';

describe('historyFromResults', () => {
  const history = historyFromResults([
    { year: '2021', creditCode: 'X', class: 'D' },
    { year: 2023, creditCode: 'X', class: 'D' },
    { year: 2022, creditCode: 'X', class: 'D' },
    { year: 2023, creditCode: 'X', class: 'D' }, // a repeated identical row is harmless
    { year: 2023, creditCode: 'Y', class: 'C−' }, // the typographic minus of printed tables
    { year: 2021, creditCode: 'Z', class: 'D' },
    { year: 2022, creditCode: 'Z', class: '' }, // excluded that year
    { year: 2023, creditCode: 'Z', class: 'D' },
  ]);

  it("keeps the latest year and each firm's class by year", () => {
    expect(history.latestYear).toBe(2023);
    expect(history.firms['Y']).toEqual({ '2023': 'C-' });
  });

  it('counts consecutive years in a class, this year included, broken by a gap', () => {
    expect(consecutiveYearsInClass(history, 'X', 'D', 2024)).toBe(4); // 2021–2024
    expect(consecutiveYearsInClass(history, 'X', 'C', 2024)).toBe(1);
    expect(consecutiveYearsInClass(history, 'Z', 'D', 2024)).toBe(2); // 2022 was not classed
    expect(consecutiveYearsInClass(history, 'new', 'D', 2024)).toBe(1);
    expect(consecutiveYearsInClass(undefined, 'X', 'D', 2024)).toBe(1);
  });

  it('refuses contradictions and malformed rows, naming each row', () => {
    expect(() =>
      historyFromResults([
        { year: 2023, creditCode: 'X', class: 'D' },
        { year: 2023, creditCode: 'X', class: 'A' },
        { year: 'last year', creditCode: 'X', class: 'A' },
        { year: 2023, creditCode: 'W', class: 'E' },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-history',
        details: [
          '第 2 行：X 在 2023 年同时为 D 类和 A 类 / row 2: X has class D and A in 2023',
          '第 3 行：年份 "last year" 无效 / row 3: year "last year" is not a calendar year',
          '第 4 行：类别 "E" 无效（应为 A、B、C、C-、D） / row 4: class "E" is not one of A, B, C, C-, D',
        ],
      }),
    );
  });
});

describe('classesInYear with compare', () => {
  it('compares two years of results', async () => {
    const { classesInYear } = await import('./history.js');
    const h = historyFromResults([
      { year: 2023, creditCode: 'P', class: 'A' },
      { year: 2024, creditCode: 'P', class: 'B' },
      { year: 2023, creditCode: 'Q', class: 'D' },
      { year: 2024, creditCode: 'Q', class: 'D' },
      { year: 2024, creditCode: 'R', class: 'C' }, // new in 2024
      { year: 2023, creditCode: 'S', class: 'C-' }, // gone in 2024
    ]);
    const m = compare(classesInYear(h, 2023), classesInYear(h, 2024));
    expect(m.rows).toEqual(['A', 'C-', 'D', 'excluded', 'new']);
    expect(m.columns).toEqual(['B', 'C', 'D', 'excluded', 'gone']);
    expect(m.moved.map(({ creditCode, from, to, direction }) => ({ creditCode, from, to, direction }))).toEqual([
      { creditCode: 'P', from: 'A', to: 'B', direction: 'down' },
      { creditCode: 'R', from: 'new', to: 'C', direction: 'entered' },
      { creditCode: 'S', from: 'C-', to: 'gone', direction: 'left' },
    ]);
    expect(m.matrix['D']?.['D']).toBe(1);
    expect(m.counts.firms).toBe(4);
  });
});
