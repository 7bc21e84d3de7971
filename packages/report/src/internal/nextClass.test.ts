import { describe, expect, it } from 'vitest';
import type { NextClass } from '@mujun/core';
import { nextClassSections } from './nextClass.js';

const path = (over: Partial<NextClass['byIndicator'][number]>): NextClass['byIndicator'][number] => ({
  id: 'taxPerMu',
  label: { zh: '', en: '' },
  reachable: true,
  neededScore: '40',
  currentValue: '0.1832',
  neededValue: '0.28563912',
  comparator: '>=',
  change: '0.10243912',
  text: { zh: '', en: '' },
  ...over,
});

describe('nextClassSections', () => {
  const next: NextClass = {
    status: 'reachable',
    targetClass: 'B',
    targetTotal: '75.28',
    pointsNeeded: '12.53',
    basis: 'quota',
    // core's sentence names the firm in the last B place: the sheet must not carry it.
    text: { zh: '依据名额：……其中排名最后的 常州市嘉丰仪表有限公司 现总分 75.28……', en: '' },
    byIndicator: [
      path({ neededAmount: { field: 'taxWan', value: '2.281912' } }),
      path({ id: 'taxPerEnergy', comparator: '<=', neededValue: '0.01296789', change: '-0.0150421' }),
      path({ id: 'laborProductivity', reachable: false, neededValue: null, comparator: null, change: null, blockedBy: 'cap' }),
    ],
  };
  const [head, paths] = nextClassSections(next);

  it('keeps the figures, never core’s sentence with another firm’s name', () => {
    expect(head).toBe('reachable|B|75.28|12.53|quota');
    expect(head + paths).not.toContain('嘉丰');
  });

  it('rounds a needed value toward the safe side to six significant digits: up for at least, down for at most', () => {
    expect(paths.split(';')).toEqual(['0|1|0.285640|g|0.102439|taxWan|2.28192|', '3|1|0.0129678|l|-0.0150421|||', '8|0||||||cap']);
  });
});
