import { describe, expect, it } from 'vitest';
import { didYouMean } from './didYouMean.js';

describe('didYouMean', () => {
  const fields = ['salesWan', 'taxWan', 'valueAddedWan', 'landOwnedMu', 'employees'];
  it('finds the closest known name within a few edits, case aside', () => {
    expect(didYouMean('saleWan', fields)).toBe('salesWan');
    expect(didYouMean('TAXWAN', fields)).toBe('taxWan');
    expect(didYouMean('employes', fields)).toBe('employees');
  });
  it('suggests nothing for a name far from all of them', () => {
    expect(didYouMean('electricity', fields)).toBeUndefined();
    expect(didYouMean('x', fields)).toBeUndefined();
  });
  it('takes the closer of two candidates', () => {
    // saxWan: 1 edit from taxWan, 2 from salesWan; listed first or not, the closer wins.
    expect(didYouMean('saxWan', ['salesWan', 'taxWan'])).toBe('taxWan');
    expect(didYouMean('saxWan', ['taxWan', 'salesWan'])).toBe('taxWan');
  });
});
