import * as fc from 'fast-check';
import { CREDIT_CODE_CHARSET as USCC_CHARSET, creditCodeCheckCharacter } from '../creditCode/creditCode.js';

// 登记管理部门码 + 机构类别码 pairs seen on industrial firms: 91 enterprise (工商), 92 individual
// business, 93 farmers' cooperative, 12 public institution, 52 private non-enterprise unit.
const PREFIXES = ['91', '91', '91', '92', '93', '12', '52'] as const;

/**
 * A valid 18-character 统一社会信用代码 (GB 32100-2015): a registration prefix such as "91", a
 * six-digit administrative-division code, a nine-character organisation code over the code's
 * alphabet (0-9 and A-Y without I, O, S, V, Z), and the check character (weights 1, 3, 9, 27, 19,
 * 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28; check = 31 − (Σ mod 31), 31 → 0).
 *
 * @example
 * fc.assert(fc.property(arbCreditCode(), (code) => code.length === 18));
 */
export function arbCreditCode(): fc.Arbitrary<string> {
  const char = fc.constantFrom(...USCC_CHARSET.split(''));
  const digit = fc.constantFrom(...'0123456789'.split(''));
  return fc
    .tuple(fc.constantFrom(...PREFIXES), fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(char, { minLength: 9, maxLength: 9 }))
    .map(([prefix, division, organisation]) => {
      const body = prefix + division.join('') + organisation.join('');
      return body + creditCodeCheckCharacter(body);
    });
}
