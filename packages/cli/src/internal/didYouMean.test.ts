import { describe, expect, it } from 'vitest';
import { nearestName } from './didYouMean.js';

describe('nearestName', () => {
  const fields = ['salesWan', 'taxWan', 'valueAddedWan', 'landOwnedMu', 'employees'];
  it('finds the closest known name within a few edits, case aside', () => {
    expect(nearestName('saleWan', fields)).toBe('salesWan');
    expect(nearestName('TAXWAN', fields)).toBe('taxWan');
    expect(nearestName('employes', fields)).toBe('employees');
  });
  it('suggests nothing for a name far from all of them', () => {
    expect(nearestName('electricity', fields)).toBeUndefined();
    expect(nearestName('x', fields)).toBeUndefined();
  });
  it('takes the closer of two candidates', () => {
    // saxWan: 1 edit from taxWan, 2 from salesWan; listed first or not, the closer wins.
    expect(nearestName('saxWan', ['salesWan', 'taxWan'])).toBe('taxWan');
    expect(nearestName('saxWan', ['taxWan', 'salesWan'])).toBe('taxWan');
  });
});
