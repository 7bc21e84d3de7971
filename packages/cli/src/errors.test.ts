import { describe, expect, test } from 'vitest';
import { EXIT, InputUnusableError, reportError, SchemeError, UsageError } from './errors.js';

function report(error: unknown): { code: number; lines: string[] } {
  const lines: string[] = [];
  return { code: reportError(error, (l) => lines.push(l)), lines };
}

describe('the one top-level catch', () => {
  test('maps each error class to its exit code with one line and no stack', () => {
    const text = { zh: '错', en: 'wrong' };
    expect(report(new UsageError(text))).toEqual({ code: EXIT.usage, lines: ['score: 错 / wrong'] });
    expect(report(new SchemeError(text, 'a; b'))).toEqual({ code: EXIT.usage, lines: ['score: 错 / wrong: a; b'] });
    expect(report(new InputUnusableError(text))).toEqual({ code: EXIT.input, lines: ['score: 错 / wrong'] });
  });
  test('recognises @mujun/csv InputError (exit 1) and core/policy errors (exit 2) by name', () => {
    const input = Object.assign(new Error('空文件 / empty'), { name: 'InputError', code: 'empty-file' });
    expect(report(input).code).toBe(EXIT.input);
    const core = Object.assign(new Error('方案无效 / invalid\n  - detail'), { name: 'CoreError', code: 'invalid-scheme' });
    expect(report(core)).toEqual({ code: EXIT.usage, lines: ['score: 方案无效 / invalid - detail'] });
    const history = Object.assign(new Error('历史无效 / bad history'), { name: 'PolicyError', code: 'invalid-history' });
    expect(report(history).code).toBe(EXIT.input);
  });
  test('a file the system cannot open is unusable input (exit 1), named, whichever layer opened it', () => {
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open '/x/a.csv'"), { code: 'ENOENT', path: '/x/a.csv', syscall: 'open' });
    expect(report(enoent)).toEqual({
      code: EXIT.input,
      lines: ['score: 无法读取 /x/a.csv：文件不存在（ENOENT） / cannot read /x/a.csv: no such file (ENOENT)'],
    });
  });
  test('anything else is an internal error: says so, and prints the stack', () => {
    const r = report(new TypeError('x is undefined'));
    expect(r.code).toBe(EXIT.internal);
    expect(r.lines[0]).toContain('内部错误');
    expect(r.lines[0]).toContain('internal error');
    expect(r.lines[1]).toMatch(/TypeError: x is undefined\n\s+at /);
    expect(report('a thrown string').code).toBe(EXIT.internal);
  });
});
