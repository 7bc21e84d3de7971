import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, isValidCreditCode } from './creditCode.js';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it('gives the published check character of 华为技术有限公司 914403001922038216', () => {
    // values:   9 1 4  4  0  3  0  0  1  9  2  2 0  3  8  2  1
    // weights:  1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
    // products: 9 3 36 108 0 78 0 0 20 261 50 26 0 72 80 60 28 → Σ = 831; 831 mod 31 = 25 (31 × 26 = 806); 31 − 25 = 6.
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
    expect(isValidCreditCode('914403001922038216')).toBe(true);
  });

  it('letters count by their place in the charset: 9144030071526726X → G', () => {
    // X is the 29th character (value 29) × weight 28 = 812; the other sixteen:
    // 9 + 3 + 36 + 108 + 0 + 78 + 0 + 0 + 140 + 29 + 125 + 26 + 48 + 168 + 20 + 180 = 970; Σ = 1 782;
    // 1 782 mod 31 = 15 (31 × 57 = 1 767); 31 − 15 = 16 → the 16th character (0-based) "G".
    expect(CREDIT_CODE_CHARSET.indexOf('X')).toBe(29);
    expect(CREDIT_CODE_CHARSET.charAt(16)).toBe('G');
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
    expect(isValidCreditCode('9144030071526726XG')).toBe(true);
    // 阿里巴巴(中国)有限公司
    expect(creditCodeCheckCharacter('91330100716105852')).toBe('F');
  });

  it('31 stands for "0": seventeen zeros sum to 0 → 31 − 0 = 31 → "0"', () => {
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
    expect(isValidCreditCode('000000000000000000')).toBe(true);
  });

  it('rejects a wrong check character, a wrong length, and characters the code never uses', () => {
    expect(isValidCreditCode('914403001922038217')).toBe(false);
    expect(isValidCreditCode('91440300192203821')).toBe(false);
    expect(isValidCreditCode('9144030019220382166')).toBe(false);
    expect(isValidCreditCode('91440300192203821I')).toBe(false);
    expect(isValidCreditCode('9144030071526726xg')).toBe(false);
    expect(() => creditCodeCheckCharacter('9144')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030019220382I')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('９１４４０３００１９２２０３８２１')).toThrow(RangeError);
  });

  it('law: a body with its check character is valid, with any other character it is not', () =>
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 }), (chars) => {
        const body = chars.join('');
        const check = creditCodeCheckCharacter(body);
        expect(isValidCreditCode(body + check)).toBe(true);
        for (const other of CREDIT_CODE_CHARSET) if (other !== check) expect(isValidCreditCode(body + other)).toBe(false);
      }),
    ));
});
