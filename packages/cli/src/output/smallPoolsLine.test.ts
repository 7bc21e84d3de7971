import { describe, expect, it } from 'vitest';
import { smallPoolsLine } from './smallPoolsLine.js';

const scheme = { groups: [{ id: 'key-polluter', name: '重点排污企业' }] } as Parameters<typeof smallPoolsLine>[1];
const pool = (county: string, size: number, benchmarkOn: 'group' | 'pool' = 'group', fallbackClass: 'B' | null = 'B') => ({
  pool: `key-polluter/${county}`,
  group: 'key-polluter',
  county,
  size,
  smallPool: { minPoolSize: 5, fallbackClass, benchmarkOn, scoredWith: benchmarkOn === 'group' ? 40 : size },
});

describe('smallPoolsLine', () => {
  it('names every small pool with its size, the class and the benchmarks, in both languages', () => {
    const line = smallPoolsLine(
      [pool('天宁区', 1), { pool: 'above-scale/武进区', group: 'above-scale', county: '武进区', size: 300 }, pool('新北区', 3)],
      scheme,
    );
    expect(line).toBe(
      'score: 注意 / note: 2 个评价池不足 5 家企业（重点排污企业·天宁区（1 家）、重点排污企业·新北区（3 家）），其 4 家企业类别一律按 B 类，以所在组全部企业为基准评分（方案 classes.smallPool） / ' +
        '2 pool(s) under 5 firms (key-polluter/天宁区 (1), key-polluter/新北区 (3)): their 4 firms are all classed B, scored on the benchmarks of their whole group (scheme classes.smallPool)',
    );
  });

  it('says nothing when no pool is small; says no class in threshold mode, and the pool’s own benchmarks when the scheme says so', () => {
    expect(smallPoolsLine([{ pool: 'all', group: 'all', county: null, size: 3 }], scheme)).toBeNull();
    const own = smallPoolsLine([pool('天宁区', 1, 'pool', null)], scheme) ?? '';
    expect(own).toContain('其 1 家企业以本池为基准评分');
    expect(own).toContain('their 1 firms are scored on the pool’s own benchmarks');
  });
});
