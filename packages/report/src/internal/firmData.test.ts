import { describe, expect, it } from 'vitest';
import { dictionary } from '../i18n/strings.js';
import { explain } from '@mujun/core';
import { sampleReportInput } from '../../test/sample.js';
import { poolExplainer, SHEET_FIGURES } from './explainer.js';
import { dataSection, sourceOf, Strings } from './firmData.js';

describe('sourceOf', () => {
  const zh = dictionary('zh');
  it('names the bureau of a bureau id or a file named after it, with file and row', () => {
    expect(sourceOf('tax', zh)).toEqual({ bureau: '税务局', file: '', row: null });
    expect(sourceOf('fixtures/zhonglou/tax.csv', zh)).toEqual({ bureau: '税务局', file: 'tax.csv', row: null });
    expect(sourceOf({ source: 'C:\\data\\land.csv', row: 14 }, zh)).toEqual({ bureau: '自然资源局', file: 'land.csv', row: 14 });
    expect(sourceOf({ source: 'export-2024.csv', row: 3 }, zh)).toEqual({ bureau: '', file: 'export-2024.csv', row: 3 });
    expect(sourceOf(undefined, zh)).toBeNull();
  });
  it('is English with the English dictionary', () => {
    expect(sourceOf('power', dictionary('en'))?.bureau).toBe('Power company');
  });
});

describe('dataSection', () => {
  it('shows a small figure with its digits, not as 0, and shares one source between the rows from it', () => {
    const S = new Strings();
    const record = { creditCode: 'X', name: 'X', scale: 'above' as const, taxWan: '0.0000312', salesWan: '1234.50000' };
    const { data, sources } = dataSection(
      '2.5',
      record,
      { taxWan: { source: 'tax.csv', row: 7 }, salesWan: { source: 'tax.csv', row: 7 } },
      dictionary('zh'),
      S,
    );
    const rows = data.split(';').map((r) => r.split('|'));
    expect(rows.map(([field, value, source]) => [S.list[Number(field)], value, source])).toEqual([
      ['税收 (万元)', '0.0000312', '0'],
      ['销售收入 (万元)', '1,234.5', '0'],
      ['计算用地 (亩)', '2.5', 'c'],
    ]);
    expect(sources.split('|').map((x, i) => (i < 2 ? S.list[Number(x)] : x))).toEqual(['税务局', 'tax.csv', '7']);
  });
});

describe('poolExplainer', () => {
  it('explains every firm as explain does, given the records evaluated; without them, not at all', () => {
    const { evaluation, records } = sampleReportInput();
    const explainer = poolExplainer(evaluation, records);
    for (const r of evaluation.results) expect(explainer(r)).toEqual(explain(evaluation, r.creditCode, records ?? [], { figures: SHEET_FIGURES }));
    expect(poolExplainer(evaluation, undefined)(evaluation.results[0]!)).toBeUndefined();
  });
});
