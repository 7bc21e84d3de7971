import { describe, expect, it } from 'vitest';
import { checkCreditCode } from './creditCode.js';

describe('checkCreditCode: a credit code as exported', () => {
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
});
