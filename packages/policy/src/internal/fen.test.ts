import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Dec } from './decimal.js';
import { fenToYuan, toFen } from './fen.js';

describe('fen', () => {
  test.prop([fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n })])('fenToYuan and toFen are inverse, and agree with decimal.js', (fen) => {
    const yuan = fenToYuan(fen);
    expect(toFen(yuan)).toBe(fen);
    expect(yuan).toBe(new Dec(fen.toString()).div(100).toFixed(2));
  });
});
