import { creditCodeCheckCharacter } from '@mujun/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCodeHalves } from '../fast/codeHalves.js';
import { numberCodes, numberOddHalf, type HalfJob } from './codeTable.js';
import { doLent, setLender } from './lentWork.js';

const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A valid credit code from 17 characters. */
const code = (body: string) => body + creditCodeCheckCharacter(body);

/** A list of codes as a reader gives it: the codes, and each one's pair of numbers as the reader writes it. */
function listOf(codes: string[]) {
  const codeHalves = new Float64Array(2 * codes.length);
  codes.forEach((c, k) => writeCodeHalves(c, 0, codeHalves, k));
  return { codes, codeHalves };
}

const inShared = (a: Float64Array) => {
  const c = new Float64Array(new SharedArrayBuffer(a.byteLength));
  c.set(a);
  return c;
};

/** What numberCodes must give, the obvious way: a Map of strings, first appearance. */
function reference(lists: string[][]) {
  const number = new Map<string, number>();
  const ids = lists.map((l) => l.map((c) => number.get(c) ?? (number.set(c, number.size), number.size - 1)));
  const repeated = lists.map((l) => {
    const rows = new Map<string, number[]>();
    l.forEach((c, row) => rows.set(c, [...(rows.get(c) ?? []), row]));
    return [...rows.values()].filter((g) => g.length > 1).sort((a, b) => a[1]! - b[1]!);
  });
  return { codes: [...number.keys()], ids, repeated };
}

describe('numberCodes', () => {
  it('law: the same numbers, codes and repeats as a Map of strings in order of first appearance', () => {
    // Codes that differ in one character only, in either half, so that the two halves both matter.
    const body = fc
      .tuple(fc.constantFrom('9132040', '91320400', '9144030'), fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{10}$/))
      .map(([a, b]) => (a + b).slice(0, 17));
    let repeats = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(body, { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(fc.nat(11), { maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        (pool, picks) => {
          const lists = picks.map((p) => p.map((k) => code(pool[k % pool.length]!)));
          const got = numberCodes(lists.map(listOf));
          const want = reference(lists);
          expect(got.codes).toEqual(want.codes);
          expect(got.ids.map((a) => [...a])).toEqual(want.ids);
          expect(got.repeated.map((m) => [...m.values()])).toEqual(want.repeated);
          runs++;
          if (want.repeated.some((g) => g.length > 0)) repeats++;
        },
      ),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
    expect(repeats).toBeGreaterThan(100);
  });

  it('numbers 83 000 rows in many partitions the same way', () => {
    const random = (i: number) => Array.from({ length: 10 }, (_, k) => CHARS[(i * 7919 + k * 104729 + ((i * k) % 31)) % 31]).join('');
    const pool = Array.from({ length: 40_000 }, (_, i) => code(`9132040${random(i)}`));
    const lists = [pool, [...pool].reverse().slice(0, 30_000), pool.filter((_, i) => i % 3 === 0).concat(pool.slice(0, 5))];
    const got = numberCodes(lists.map(listOf));
    const want = reference(lists);
    expect(got.codes).toEqual(want.codes);
    expect(got.ids.map((a) => [...a])).toEqual(want.ids);
    expect(got.repeated[2]!.size).toBe(want.repeated[2]!.length);
  });

  it('numbers the same when another thread numbers half the codes, or declines when asked', () => {
    const random = (i: number) => Array.from({ length: 10 }, (_, k) => CHARS[(i * 7919 + k * 104729 + ((i * k) % 31)) % 31]).join('');
    const pool = Array.from({ length: 50_000 }, (_, i) => code(`9144030${random(i)}`));
    // Over 65 536 rows (where a merge asks for help), repeats in a list and codes shared by lists.
    const lists = [pool.slice(0, 30_000).concat(pool.slice(100, 150)), [...pool].reverse(), pool.filter((_, i) => i % 7 === 0).concat(pool.slice(7, 9))];
    const want = reference(lists);
    let asked = 0;
    for (const helps of [true, false]) {
      // Another thread stood in for by this one: what it writes is what a worker writes.
      setLender((job) => {
        asked++;
        if (helps) doLent(job as HalfJob, numberOddHalf);
        return helps;
      });
      const got = numberCodes(lists.map(listOf).map((l) => ({ ...l, codeHalves: inShared(l.codeHalves) })));
      expect(got.codes).toEqual(want.codes);
      expect(got.ids.map((a) => [...a])).toEqual(want.ids);
      expect(got.repeated.map((m) => [...m.values()])).toEqual(want.repeated);
    }
    setLender(null);
    expect(asked).toBe(2);
    expect(want.repeated[0]!.length).toBeGreaterThan(20);
  });

  it('reads a code only as a reader hands it: 18 characters of its alphabet', () => {
    expect(() => listOf(['9132040400000000a1'])).toThrow(/not a credit code/);
    expect(() => listOf(['91320404000000O001'])).toThrow(/not a credit code/);
  });
});
