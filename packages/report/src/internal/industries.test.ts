import { describe, expect, it } from 'vitest';
import { industryDivision } from './industries.js';

describe('industryDivision (GB/T 4754-2017)', () => {
  it.each([
    ['3311', 'C33', '金属制品业'],
    ['C3311', 'C33', '金属制品业'],
    [' c13 ', 'C13', '农副食品加工业'],
    ['4411', 'D44', '电力、热力生产和供应业'],
    ['0111', 'A01', '农业'],
    ['4311', 'C43', '金属制品、机械和设备修理业'],
    ['7011', 'K70', '房地产业'],
    ['9700', 'T97', '国际组织'],
  ])('%s is division %s %s', (code, division, name) => {
    expect(industryDivision(code, 'zh')).toEqual({ code: division, name });
  });

  it('names the section in English, and counts unknown codes together under ""', () => {
    expect(industryDivision('3311', 'en')).toEqual({ code: 'C33', name: 'Manufacturing' });
    for (const code of ['98', '00', '3', 'X', '', null, undefined]) expect(industryDivision(code, 'zh')).toEqual({ code: '', name: '' });
  });
});
