import { describe, expect, it } from 'vitest';
import { CellProblem } from './cellProblem.js';
import { parseBoolean } from './parseBoolean.js';
import { parseDate } from './parseDate.js';
import { parseDecimal } from './parseDecimal.js';
import { parseFlagList } from './parseFlagList.js';
import { parseIndustryCode } from './parseIndustryCode.js';
import { parseScale } from './parseScale.js';

const problem = (x: unknown) => (x instanceof CellProblem ? x.code : x);

describe('parseDecimal', () => {
  it.each([
    ['1234.5', '1234.5'],
    ['1,234.5', '1234.5'],
    ['1,234,567', '1234567'],
    ['１２３．４', '123.4'],
    ['  12.50  ', '12.5'],
    ['+7', '7'],
    ['-0.0', '0'],
    ['007.10', '7.1'],
    ['－12', '-12'],
    ['−3', '-3'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['１，２３４．５０', '1234.5'],
  ])('reads %j as %j', (raw, want) => expect(parseDecimal(raw)).toBe(want));

  it.each(['', '  ', '—', '——', '-', '--', '/', '－', '无'])('reads %j as missing', (raw) => expect(parseDecimal(raw)).toBeUndefined());

  it.each([
    ['NaN', 'non-finite-number'],
    ['Infinity', 'non-finite-number'],
    ['-inf', 'non-finite-number'],
    ['abc', 'invalid-number'],
    ['12a', 'invalid-number'],
    ['#DIV/0!', 'invalid-number'],
    ['1,23', 'invalid-number'],
    ['1.2.3', 'invalid-number'],
    ['1.2E+05', 'scientific-notation'],
    ['3e2', 'scientific-notation'],
    ['3.5%', 'unexpected-percent'],
  ])('rejects %j as %s', (raw, code) => expect(problem(parseDecimal(raw))).toBe(code));

  it('reads a percentage where a ratio is expected', () => {
    expect(parseDecimal('3.5%', { percent: true })).toBe('0.035');
    expect(parseDecimal('１２％', { percent: true })).toBe('0.12');
  });
});

describe('parseBoolean, parseScale, parseDate, parseIndustryCode, parseFlagList', () => {
  it('booleans', () => {
    for (const t of ['true', 'TRUE', '是', 'Y', 'y', '1', 'yes', '√', '有']) expect(parseBoolean(t)).toBe(true);
    for (const f of ['false', '否', 'N', '0', 'no', '×', '无']) expect(parseBoolean(f)).toBe(false);
    for (const m of ['', '-', '—', '/']) expect(parseBoolean(m)).toBeUndefined();
    expect(problem(parseBoolean('maybe'))).toBe('invalid-boolean');
  });
  it('scale', () => {
    for (const a of ['above', 'ABOVE', '规上', '规模以上', '规上企业', '规模以上工业']) expect(parseScale(a)).toBe('above');
    for (const b of ['below', '规下', '规模以下', '规下企业']) expect(parseScale(b)).toBe('below');
    expect(parseScale('')).toBeUndefined();
    expect(problem(parseScale('大型'))).toBe('invalid-scale');
  });
  it('dates', () => {
    expect(parseDate('2020-01-05')).toBe('2020-01-05');
    expect(parseDate('2020/1/5')).toBe('2020-01-05');
    expect(parseDate('2020.1.5')).toBe('2020-01-05');
    expect(parseDate('2020年1月5日')).toBe('2020-01-05');
    expect(parseDate('20200105')).toBe('2020-01-05');
    expect(parseDate('2020/1/5 0:00')).toBe('2020-01-05');
    expect(problem(parseDate('2023-02-29'))).toBe('invalid-date');
    expect(problem(parseDate('2020-13-01'))).toBe('invalid-date');
    expect(problem(parseDate('去年'))).toBe('invalid-date');
  });
  it('industry codes', () => {
    expect(parseIndustryCode('c3311')).toBe('C3311');
    expect(parseIndustryCode('3311')).toBe('3311');
    expect(parseIndustryCode('C3311 金属结构制造')).toBe('C3311');
    expect(problem(parseIndustryCode('金属结构'))).toBe('invalid-industry-code');
  });
  it('flag lists', () => {
    expect(parseFlagList('高新技术企业;专精特新；安全生产事故')).toEqual({
      flags: ['high-tech', 'specialised-new'],
      violations: ['safety-accident'],
      unknown: [],
    });
    expect(parseFlagList('high-tech、小巨人、省级技术先进')).toEqual({ flags: ['high-tech', 'little-giant'], violations: [], unknown: ['省级技术先进'] });
    expect(parseFlagList('')).toBeUndefined();
    expect(parseFlagList('无')).toEqual({ flags: [], violations: [], unknown: [] });
  });
});
