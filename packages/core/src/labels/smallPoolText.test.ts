import { describe, expect, it } from 'vitest';
import { smallPoolText } from './labels.js';

describe('smallPoolText', () => {
  it('says the fallback class and the group the benchmarks were computed over, in each language', () => {
    expect(smallPoolText({ minPoolSize: 5, fallbackClass: 'B', benchmarkOn: 'group', scoredWith: 36 })).toEqual({
      zh: '评价池不足 5 家：类别按 B 类，基准按全组 36 家企业计算',
      en: "pool under 5 firms: class B, benchmarks over the whole group's 36 firms",
    });
  });

  it('leaves the class out in threshold mode (classes go by score) and says when the pool is its own benchmark', () => {
    expect(smallPoolText({ minPoolSize: 3, fallbackClass: null, benchmarkOn: 'pool', scoredWith: 2 })).toEqual({
      zh: '评价池不足 3 家：基准按本池计算',
      en: 'pool under 3 firms: benchmarks of the pool itself',
    });
  });
});
