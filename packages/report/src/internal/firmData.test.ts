import { describe, expect, it } from 'vitest';
import { dictionary } from '../i18n/strings.js';
import { explain } from '@mujun/core';
import { sampleReportInput } from '../../test/sample.js';
import { poolExplainer } from './explainer.js';
import { sourceLabel } from './firmData.js';

describe('sourceLabel', () => {
  const zh = dictionary('zh');
  it('names the bureau of a bureau id or a file named after it, with file and row', () => {
    expect(sourceLabel('tax', zh)).toBe('税务局');
    expect(sourceLabel('fixtures/zhonglou/tax.csv', zh)).toBe('税务局 (tax.csv)');
    expect(sourceLabel({ source: 'C:\\data\\land.csv', row: 14 }, zh)).toBe('自然资源局 (land.csv:14)');
    expect(sourceLabel({ source: 'export-2024.csv', row: 3 }, zh)).toBe('export-2024.csv:3');
    expect(sourceLabel(undefined, zh)).toBe('');
  });
  it('is English with the English dictionary', () => {
    expect(sourceLabel('power', dictionary('en'))).toBe('Power company');
  });
});

describe('poolExplainer', () => {
  it('explains every firm exactly as explain on the whole evaluation does', () => {
    const { evaluation } = sampleReportInput();
    const explainer = poolExplainer(evaluation);
    for (const r of evaluation.results) expect(explainer(r)).toEqual(explain(evaluation, r.creditCode));
  });
});
