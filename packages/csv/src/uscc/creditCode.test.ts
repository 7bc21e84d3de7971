import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { CREDIT_CODE_CHARSET, checkCreditCode, creditCodeCheckChar, isValidCreditCode } from './creditCode.js';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it('accepts a real code: 华为技术有限公司 914403001922038216', () => {
    // Positions 1–17: 9 1 4 4 0 3 0 0 1 9 2 2 0 3 8 2 1
    // weights:        1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
    // products:       9 3 36 108 0 78 0 0 20 261 50 26 0 72 80 60 28   Σ = 831
    // 831 mod 31 = 25 (31 × 26 = 806); 31 − 25 = 6 → check character "6".
    expect(creditCodeCheckChar('91440300192203821')).toBe('6');
    expect(isValidCreditCode('914403001922038216')).toBe(true);
  });

  it('accepts real codes whose check character is a letter', () => {
    // 深圳市腾讯计算机系统有限公司, 阿里巴巴(中国)有限公司
    expect(isValidCreditCode('9144030071526726XG')).toBe(true);
    expect(isValidCreditCode('91330100716105852F')).toBe(true);
  });

  it('maps 31 to 0', () => {
    // Find a body whose weighted sum is a multiple of 31 by fixing the last position.
    const body16 = '9132040000000000';
    for (const ch of CREDIT_CODE_CHARSET) {
      const body = body16 + ch;
      let sum = 0;
      const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
      for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(body[i]!) * w[i]!;
      if (sum % 31 === 0) {
        expect(creditCodeCheckChar(body)).toBe('0');
        return;
      }
    }
    throw new Error('no body found');
  });

  it('normalises: trims, upper-cases, folds full-width, strips Excel ="…"', () => {
    expect(checkCreditCode(' 9144030071526726xg ')).toEqual({ ok: true, code: '9144030071526726XG' });
    expect(checkCreditCode('９１４４０３００１９２２０３８２１６')).toEqual({ ok: true, code: '914403001922038216' });
    expect(checkCreditCode('="914403001922038216"')).toEqual({ ok: true, code: '914403001922038216' });
  });

  it('says why a code is invalid', () => {
    expect(checkCreditCode('')).toEqual({ ok: false, reason: 'missing' });
    const wrong = checkCreditCode('914403001922038217');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.reason === 'invalid' && wrong.why.en).toContain('should be 6');
    const short = checkCreditCode('91440300192203821');
    expect(!short.ok && short.reason === 'invalid' && short.why.en).toContain('18 characters');
    const letterI = checkCreditCode('91440300192203821I');
    expect(!letterI.ok && letterI.reason === 'invalid' && letterI.why.en).toContain('"I"');
    const sci = checkCreditCode('9.14403E+17');
    expect(!sci.ok && sci.reason === 'invalid' && sci.why.en).toContain('scientific notation');
  });

  test('law: every body with its computed check character is valid, and any other check character is not', () =>
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 }), (chars) => {
        const body = chars.join('');
        const check = creditCodeCheckChar(body)!;
        expect(isValidCreditCode(body + check)).toBe(true);
        for (const other of CREDIT_CODE_CHARSET) if (other !== check) expect(isValidCreditCode(body + other)).toBe(false);
      }),
    ));
});
