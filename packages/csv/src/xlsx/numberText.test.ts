import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCreditCode } from '../uscc/creditCode.js';
import { numberText } from './numberText.js';

/** A decimal with up to 15 significant digits, as a digit string and a power of ten. */
const decimal = fc.record({
  negative: fc.boolean(),
  digits: fc.stringMatching(/^[1-9]\d{0,14}$/),
  exponent: fc.integer({ min: -12, max: 2 }),
});

/** The same number written plainly, the reference for every form. */
function plain({ negative, digits, exponent }: { negative: boolean; digits: string; exponent: number }): string {
  let s: string;
  if (exponent >= 0) s = digits + '0'.repeat(exponent);
  else {
    const padded = digits.padStart(-exponent + 1, '0');
    const cut = padded.length + exponent;
    s = `${padded.slice(0, cut)}.${padded.slice(cut)}`.replace(/\.?0+$/, '').replace(/^0+(?=\d)/, '');
  }
  return negative ? `-${s}` : s;
}

describe('numberText: a stored number as the text a CSV would hold', () => {
  it('law: every way a file may write a number of at most 15 significant digits reads as the same plain decimal', () => {
    let belowOne = 0;
    let fractions = 0;
    fc.assert(
      fc.property(decimal, (d) => {
        const expected = plain(d);
        fc.pre(expected.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length <= 15);
        const sign = d.negative ? '-' : '';
        const mantissa = d.digits.length > 1 ? `${d.digits[0]}.${d.digits.slice(1)}` : d.digits;
        const scientific = `${sign}${mantissa}E${d.exponent + d.digits.length - 1}`;
        if (expected.includes('.')) fractions++;
        if (scientific.includes('E-')) belowOne++;
        expect(numberText(expected)).toBe(expected);
        expect(numberText(scientific)).toBe(expected);
        expect(numberText(`${sign}${d.digits}e${d.exponent}`)).toBe(expected);
      }),
      { numRuns: 500 },
    );
    // Plain fractions (342–383 over 62 seeds), and scientific forms below one, 1.5E-3 (177–238: mean
    // 209, sd 12). (A count of every run, as this once had, cannot fail: fast-check's numRuns
    // counts only the runs fc.pre kept.)
    expect(fractions).toBeGreaterThan(200);
    expect(belowOne).toBeGreaterThan(100);
  });

  it('rounds float noise beyond 15 significant digits, as Excel shows the number', () => {
    expect(numberText('0.30000000000000004')).toBe('0.3');
    expect(numberText('1234.5678000000001')).toBe('1234.5678');
    expect(numberText('-2.9999999999999996')).toBe('-3');
  });

  it('restores an 18-digit code stored whole; gives a cut one as Excel shows it, which the code check rejects as such', () => {
    expect(numberText('913204041889899482')).toBe('913204041889899482');
    expect(checkCreditCode(numberText('913204041889899482')).ok).toBe(true);
    for (const cut of ['913204041889899000', '9.13204041889899E+17', '9.132040418898995e17']) {
      const text = numberText(cut);
      expect(text).toMatch(/^9\.\d+E\+17$/);
      const check = checkCreditCode(text);
      expect(check.ok).toBe(false);
      if (!check.ok && check.reason === 'invalid') expect(check.why.zh).toContain('科学计数法');
    }
  });
});
