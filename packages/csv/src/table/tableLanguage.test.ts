import { describe, expect, it } from 'vitest';
import { adjustmentText } from './tableLanguage.js';

describe('adjustmentText', () => {
  it('writes a bonus, a penalty and a veto in each language', () => {
    expect(adjustmentText({ kind: 'bonus', flag: 'high-tech', points: '3' }, 'zh')).toBe('高新技术企业 +3分');
    expect(adjustmentText({ kind: 'bonus', flag: 'high-tech', points: '3' }, 'en')).toBe('high-tech enterprise +3 points');
    expect(adjustmentText({ kind: 'veto', flag: 'high-tech', points: '0', effect: 'forceD' }, 'zh')).toBe('高新技术企业 否决（定为最末类）');
  });
});
