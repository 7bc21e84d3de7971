import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Dec } from '@mujun/core/engine';
import { fenToYuan, toFen } from './fen.js';

describe('fen', () => {
  test('fenToYuan and toFen are inverse, and agree with decimal.js', () =>
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (fen) => {
        const yuan = fenToYuan(fen);
        expect(toFen(yuan)).toBe(fen);
        expect(yuan).toBe(new Dec(fen.toString()).div(100).toFixed(2));
      }),
    ));
});
