import { describe, expect, it } from 'vitest';
import { industryDivision, industryMatches } from './industry.js';

describe('industry codes (GB/T 4754-2017)', () => {
  it('matches a section letter against digit-only codes by the standard ranges', () => {
    // 制造业 C is divisions 13–43; 电力、热力、燃气及水 D is 44–46.
    expect(industryMatches('3311', 'C')).toBe(true);
    expect(industryMatches('1310', 'C')).toBe(true);
    expect(industryMatches('4311', 'C')).toBe(true);
    expect(industryMatches('4411', 'C')).toBe(false);
    expect(industryMatches('4411', 'D44')).toBe(true);
    expect(industryMatches('D4411', '44')).toBe(true);
    expect(industryMatches('c3311', 'C33')).toBe(true);
    expect(industryMatches('3311', 'C34')).toBe(false);
    // 98 is no division of the standard: no section letter is implied.
    expect(industryMatches('9801', 'S')).toBe(false);
    expect(industryMatches('9801', '98')).toBe(true);
    expect(industryMatches(null, 'C')).toBe(false);
    expect(industryMatches(' ', 'C')).toBe(false);
  });

  it('groups codes by division with their section letter', () => {
    expect(industryDivision('3311')).toBe('C33');
    expect(industryDivision('C3311')).toBe('C33');
    expect(industryDivision('0111')).toBe('A01');
    expect(industryDivision('9700')).toBe('T97');
    expect(industryDivision('9801')).toBe('98');
    expect(industryDivision('C')).toBe('C');
    expect(industryDivision(null)).toBe('(unknown)');
    expect(industryDivision('')).toBe('(unknown)');
  });
});
