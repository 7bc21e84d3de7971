import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { arbRecords, arbScheme } from '../arbitraries/index.js';
import { evaluate } from '../evaluate/evaluate.js';
import { getPreset } from '../presets/getPreset.js';
import type { ClassId, EnterpriseResult, Evaluation, Exclusion, ExclusionReason } from '../types/evaluation.js';
import { compare } from './compare.js';

const scheme = getPreset('huaian-2024');
/** A stand-in evaluation: compare reads only the scheme, the results' codes, names, classes, totals and the exclusions. */
function evaluation(id: string, scored: [string, ClassId, string][], excluded: [string, ExclusionReason][] = []): Evaluation {
  return {
    schemeId: id,
    scheme,
    referenceDate: null,
    results: scored.map(([code, cls, total]) => ({ creditCode: code, name: `企业${code}`, class: cls, total }) as EnterpriseResult),
    excluded: excluded.map(([code, reason], index) => ({ creditCode: code, name: `企业${code}`, reason, detail: '', index }) as Exclusion),
    benchmarks: [],
    pools: [],
    accounting: { records: scored.length + excluded.length, scored: scored.length, excluded: excluded.length },
  };
}

describe('compare', () => {
  // 2023: 1 A, 2 B, 3 C, 4 D, 5 excluded (new enterprise), 6 C.   2024: 1 B, 2 B, 3 A, 5 C, 6 excluded, 7 D (new); 4 gone.
  const a = evaluation(
    'y2023',
    [
      ['1', 'A', '101.00'],
      ['2', 'B', '70.00'],
      ['3', 'C', '40.50'],
      ['4', 'D', '12.00'],
      ['6', 'C', '45.00'],
    ],
    [['5', 'new-enterprise']],
  );
  const b = evaluation(
    'y2024',
    [
      ['1', 'B', '88.25'],
      ['2', 'B', '71.00'],
      ['3', 'A', '99.99'],
      ['5', 'C', '44.00'],
      ['7', 'D', '10.00'],
    ],
    [['6', 'invalid-land']],
  );
  const c = compare(a, b);

  it('builds the migration matrix with excluded, new and gone', () => {
    expect(c.rows).toEqual(['A', 'B', 'C', 'D', 'excluded', 'new']);
    expect(c.columns).toEqual(['A', 'B', 'C', 'D', 'excluded', 'gone']);
    const nonZero = Object.entries(c.matrix).flatMap(([r, cols]) =>
      Object.entries(cols)
        .filter(([, n]) => n > 0)
        .map(([col, n]) => `${r}→${col}:${n}`),
    );
    expect(nonZero.sort()).toEqual(['A→B:1', 'B→B:1', 'C→A:1', 'C→excluded:1', 'D→gone:1', 'excluded→C:1', 'new→D:1'].sort());
    expect(c.matrix['D']?.['D']).toBe(0);
  });

  it('lists the firms that moved, by code, with both totals and the change', () => {
    expect(c.moved.map((m) => [m.creditCode, m.from, m.to, m.totalA, m.totalB, m.totalChange, m.direction])).toEqual([
      ['1', 'A', 'B', '101.00', '88.25', '-12.75', 'down'], // 88.25 − 101.00
      ['3', 'C', 'A', '40.50', '99.99', '59.49', 'up'], // 99.99 − 40.50
      ['4', 'D', 'gone', '12.00', null, null, 'left'],
      ['5', 'excluded', 'C', null, '44.00', null, 'entered'],
      ['6', 'C', 'excluded', '45.00', null, null, 'left'],
      ['7', 'new', 'D', null, '10.00', null, 'entered'],
    ]);
    expect(c.moved.find((m) => m.creditCode === '5')?.excludedA).toBe('new-enterprise');
    expect(c.moved.find((m) => m.creditCode === '6')?.excludedB).toBe('invalid-land');
    expect(c.counts).toEqual({ firms: 7, stayed: 1, up: 1, down: 1, entered: 2, left: 2, other: 0 });
  });

  it('an evaluation compared with itself: nobody moves, the diagonal holds every firm', () => {
    const self = compare(a, a);
    expect(self.moved).toEqual([]);
    expect([self.matrix['A']?.['A'], self.matrix['C']?.['C'], self.matrix['excluded']?.['excluded']]).toEqual([1, 2, 1]);
  });

  it('a year of results given as rows compares as the evaluation it came from', () => {
    // Rows carry what a results file keeps: code, class (null when excluded), name and total.
    const rows = [
      ...a.results.map((r) => ({ creditCode: r.creditCode, class: r.class, name: r.name, total: r.total })),
      ...a.excluded.map((x) => ({ creditCode: x.creditCode, class: null, name: x.name })),
    ];
    const fromRows = compare(rows, b);
    const fromEvaluation = compare(a, b);
    // The rows keep no exclusion reasons and no scheme; everything else is the same.
    const bare = (m: (typeof fromRows.moved)[number]) => ({ ...m, excludedA: undefined });
    expect(fromRows.moved.map(bare)).toEqual(fromEvaluation.moved.map(bare));
    expect(fromRows.schemeA).toBeNull();
    // A list side's classes are those it holds or the other side's scheme has, best first.
    expect(fromRows.rows).toEqual(['A', 'B', 'C', 'D', 'excluded', 'new']);
    expect(fromRows.matrix).toEqual(fromEvaluation.matrix);
  });

  test('the matrix accounts for every firm, rows sum to a, columns to b, and record order does not matter', () =>
    fc.assert(
      fc.property(
        arbScheme({ groups: { min: 1, max: 2 } }),
        arbRecords({ maxLength: 25 }),
        arbRecords({ maxLength: 25 }),
        fc.nat(),
        (s, recordsA, recordsB, seed) => {
          const ea = evaluate(recordsA, s);
          const eb = evaluate(recordsB, s);
          const c = compare(ea, eb);
          const codesA = new Set([...ea.results, ...ea.excluded].map((r) => r.creditCode));
          const codesB = new Set([...eb.results, ...eb.excluded].map((r) => r.creditCode));
          const sum = (cells: Record<string, number> | undefined) => Object.values(cells ?? {}).reduce((x, y) => x + y, 0);
          expect(c.rows.reduce((n, r) => n + sum(c.matrix[r]), 0)).toBe(new Set([...codesA, ...codesB]).size);
          for (const t of s.classes.tiers) expect(sum(c.matrix[t.id])).toBe(ea.results.filter((r) => r.class === t.id).length);
          expect(c.rows.reduce((n, r) => n + (c.matrix[r]?.['gone'] ?? 0), 0)).toBe([...codesA].filter((x) => !codesB.has(x)).length);
          const shuffled = [...recordsB].sort((x, y) => ((x.creditCode.charCodeAt(seed % 18) ^ seed) & 7) - ((y.creditCode.charCodeAt(seed % 18) ^ seed) & 7));
          expect(compare(ea, evaluate(shuffled, s))).toEqual(c);
        },
      ),
      { numRuns: 50 },
    ));
});
