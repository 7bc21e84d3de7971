import { describe, expect, it } from 'vitest';
import { Dec } from '../arithmetic/decimal.js';
import { IndicatorSpec } from '../schema/scheme.js';
import { invert } from './internal/invert.js';

const spec = (weight: number, normalisation: unknown) => IndicatorSpec.parse({ id: 'taxPerMu', weight, normalisation });
const d = (x: string | number) => new Dec(String(x));
const none = { benchmark: null, min: null, max: null, others: [] };

describe('invert: the value that gives a needed score', () => {
  it('ratio: x = B × s / w, not reachable above the cap or without a positive benchmark', () => {
    // w 40, B 10, s 80 → x = 10 × 80 / 40 = 20; the cap 2 × 40 = 80 allows exactly 80, not 80.01.
    const ratio = spec(40, { method: 'ratio', capMultiple: 2 });
    expect(invert({ ...none, spec: ratio, neededScore: d(80), benchmark: d(10) })).toEqual({ reachable: true, value: d(20), comparator: '>=' });
    expect(invert({ ...none, spec: ratio, neededScore: d('80.01'), benchmark: d(10) })).toEqual({ reachable: false, blockedBy: 'cap' });
    expect(invert({ ...none, spec: ratio, neededScore: d(1), benchmark: d(0) })).toEqual({ reachable: false, blockedBy: 'no-benchmark' });
    // w 30, B 24.097, s 1 → x = 24.097 / 30 = 0.80323333…, rounded up to 10 digits: 0.8032333334.
    const r = invert({ ...none, spec: spec(30, { method: 'ratio' }), neededScore: d(1), benchmark: d('24.097') });
    expect(r.reachable && r.value?.toFixed()).toBe('0.8032333334');
  });

  it('lowerIsBetter: x = B × (2 − 2s/w), at most; 0 for the full weight; nothing above it', () => {
    // w 10, B 4, s 7.5 → 4 × (2 − 1.5) = 2.
    const lower = spec(10, { method: 'lowerIsBetter' });
    expect(invert({ ...none, spec: lower, neededScore: d('7.5'), benchmark: d(4) })).toEqual({ reachable: true, value: d(2), comparator: '<=' });
    expect(invert({ ...none, spec: lower, neededScore: d(10), benchmark: d(4) })).toEqual({ reachable: true, value: d(0), comparator: '<=' });
    expect(invert({ ...none, spec: lower, neededScore: d('10.5'), benchmark: d(4) })).toEqual({ reachable: false, blockedBy: 'max-score' });
  });

  it('minMax: x = min + (100 s / w − band) / (100 − band) × (max − min)', () => {
    // w 20, band 20, min 10, max 50, s 14: (70 − 20)/80 = 0.625 → 10 + 0.625 × 40 = 35.
    const mm = spec(20, { method: 'minMax', floorBand: 20 });
    expect(invert({ ...none, spec: mm, neededScore: d(14), min: d(10), max: d(50) })).toEqual({ reachable: true, value: d(35), comparator: '>=' });
    expect(invert({ ...none, spec: mm, neededScore: d('20.01'), min: d(10), max: d(50) })).toEqual({ reachable: false, blockedBy: 'max-score' });
    // All values equal: any observed value scores the full weight.
    expect(invert({ ...none, spec: mm, neededScore: d(20), min: d(5), max: d(5) })).toEqual({ reachable: true, value: null, comparator: null });
  });

  it('percentile: strictly above the ⌈s × others / w⌉-th smallest other value', () => {
    // w 10, others 1, 2, 3, 4 (n = 5), s 6 → mid-rank 6 × 4 / 10 = 2.4 → 3 values below → more than 3 (score 10 × 3/4 = 7.5 ≥ 6).
    const pc = spec(10, { method: 'percentile' });
    const others = [d(1), d(2), d(3), d(4)];
    expect(invert({ ...none, spec: pc, neededScore: d(6), others })).toEqual({ reachable: true, value: d(3), comparator: '>' });
    // s = w: above all four.
    expect(invert({ ...none, spec: pc, neededScore: d(10), others })).toEqual({ reachable: true, value: d(4), comparator: '>' });
    expect(invert({ ...none, spec: pc, neededScore: d('10.01'), others })).toEqual({ reachable: false, blockedBy: 'max-score' });
  });
});
