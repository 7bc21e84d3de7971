import { describe, expect, it } from 'vitest';
import { englishWords } from '../test/englishWords.js';

describe('englishWords', () => {
  it('lets credit codes, industry codes, class letters, file names and tce/kWh pass', () => {
    expect(
      englishWords('9132040236830618XC · C3821 电气机械和器材制造业 · C33 · A 类 ≥ 109.12；C- 类 · 税务局 (tax.csv:8) · 2024数据.xlsx · 吨 tce · 万 kWh'),
    ).toEqual([]);
  });
  it('finds English words, ids and Latin units', () => {
    expect(englishWords('规上 above-scale；COD (吨)；75,509.85 m2 × 1；方案 (changzhou-wujin)；来源 user setting。')).toEqual([
      'above-scale',
      'COD',
      'm2',
      'changzhou-wujin',
      'user',
      'setting',
    ]);
  });
});
