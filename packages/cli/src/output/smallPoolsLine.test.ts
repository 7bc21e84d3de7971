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
      'score: 注意 / note: 评价池不足 5 家：类别按 B 类，基准按全组 40 家企业计算（重点排污企业·天宁区 1 家、重点排污企业·新北区 3 家），见方案 classes.smallPool / ' +
        "pool under 5 firms: class B, benchmarks over the whole group's 40 firms (key-polluter/天宁区: 1, key-polluter/新北区: 3); see the scheme's classes.smallPool",
    );
  });

  it('says nothing when no pool is small; says no class in threshold mode, and the pool’s own benchmarks when the scheme says so', () => {
    expect(smallPoolsLine([{ pool: 'all', group: 'all', county: null, size: 3 }], scheme)).toBeNull();
    const own = smallPoolsLine([pool('天宁区', 1, 'pool', null)], scheme) ?? '';
    expect(own).toContain('评价池不足 5 家：基准按本池计算（重点排污企业·天宁区 1 家）');
    expect(own).toContain('pool under 5 firms: benchmarks of the pool itself (key-polluter/天宁区: 1)');
  });

  it('says each text once, for the pools it fits: groups of other sizes get their own', () => {
    const other = { ...pool('武进区', 2), pool: 'above-scale/武进区', group: 'above-scale' };
    const line = smallPoolsLine([pool('天宁区', 1), { ...other, smallPool: { ...other.smallPool, scoredWith: 300 } }, pool('新北区', 3)], scheme) ?? '';
    expect(line).toContain(
      '基准按全组 40 家企业计算（重点排污企业·天宁区 1 家、重点排污企业·新北区 3 家）；评价池不足 5 家：类别按 B 类，基准按全组 300 家企业计算（above-scale·武进区 2 家）',
    );
  });
});
