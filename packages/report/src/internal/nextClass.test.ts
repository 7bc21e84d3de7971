import { describe, expect, it } from 'vitest';
import type { NextClass } from '@mujun/core';
import { nextClassSections } from './nextClass.js';

const path = (over: Partial<NextClass['byFigure'][number]>): NextClass['byFigure'][number] => ({
  field: 'taxWan',
  label: { zh: '税收', en: 'tax' },
  unit: { zh: '万元', en: '10k yuan' },
  direction: 'raise',
  current: '1.4639',
  needed: '2.23',
  change: '0.7661',
  total: '75.14',
  class: 'B',
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
    byFigure: [
      path({}),
      path({
        field: 'landOwnedMu',
        label: { zh: '土地使用权面积', en: 'land held' },
        unit: { zh: '亩', en: 'mu' },
        direction: 'lower',
        needed: '5.49',
        change: '-2.49882',
        total: '75.10',
      }),
    ],
  };
  const strings: string[] = [];
  const text = (b: { zh: string }) => (strings.includes(b.zh) ? strings.indexOf(b.zh) : strings.push(b.zh) - 1);
  const [head, paths] = nextClassSections(next, text);

  it('keeps the figures, never core’s sentence with another firm’s name', () => {
    expect(head).toBe('reachable|B|75.28|12.53|quota|');
    expect(head + paths + strings.join()).not.toContain('嘉丰');
  });

  it('carries each verified figure: label, the figure stated, the change, the way, unit, total and class after', () => {
    expect(paths.split(';')).toEqual(['0|2.23|0.7661|r|1|75.14|B', '2|5.49|-2.49882|l|3|75.10|B']);
    expect(strings).toEqual(['税收', '万元', '土地使用权面积', '亩']);
  });

  it('marks a class no single figure reaches', () => {
    expect(nextClassSections({ ...next, byFigure: [] }, text)).toEqual(['reachable|B|75.28|12.53|quota|n', '']);
  });
});
