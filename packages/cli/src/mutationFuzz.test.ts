/**
 * A seeded mutation fuzzer of the fixture district's bureau files: each variant is one fixture
 * file with a few byte-level edits a real export can suffer (a stray quote, a lost or extra line
 * break, a NUL, a truncated end, a broken or absurd number, a doubled or lost line …), scored
 * in-process through `run(argv, io)`. The oracle, for every variant:
 *  - exit 0, 1 or 2 only, never a stack trace or an internal error; exit 1 names the file;
 *  - JSON out: every physical line that holds a valid credit code is accounted for — the code is
 *    scored or excluded, or the line is a rejected row (or inside a rejected line range), or a
 *    rejection names the code: no firm vanishes;
 *  - CSV out (the fast reader): the table has one line per scored or excluded firm of the accounting.
 * MUJUN_FUZZ_RUNS sets the number of variants (default 300), MUJUN_FUZZ_SEED the seed (fixed by
 * default, so a failure replays; another seed explores further).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidCreditCode } from '@mujun/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsvText } from './internal/parseCsvText.js';
import { hasStackTrace, runScore } from './test/memoryIo.js';
import { ROOT, withFiles } from './test/spawnScore.js';

const FILES = ['land', 'tax', 'power', 'environment', 'statistics'].map((n) => ({
  name: `${n}.csv`,
  bytes: readFileSync(join(ROOT, `fixtures/zhonglou/${n}.csv`)),
}));
const RUNS = Number(process.env['MUJUN_FUZZ_RUNS'] ?? 300);

/** One edit of a file's bytes, at a position given as a fraction of its length. */
type Mutation =
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'line'; at: number; op: 'double' | 'drop' | 'blank' | 'swap' }
  | { kind: 'number'; at: number; value: string }
  /** A quote opened at a cell's start and closed before a comma some lines later: csv-parse reads the lines as one cell. */
  | { kind: 'quoteSpan'; at: number; lines: number };

const INSERTS = ['"', ',', '\n', '\r', '\r\n', '\t', ';', '\0', '\xff', ' ', '="', '"\n"', ',,,,'].map((s) => [...Buffer.from(s, 'latin1')]);
const NUMBERS = ['x', '1.2E+05', '9'.repeat(5000), '-3', '', '#DIV/0!', '1,2,3', '3.5%', '１２３．４', 'NaN', '0', '--'];

/** A position in a file, uniform over its length (fast-check's doubles lean to 0: every edit hit the header). */
const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1e6);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position.map((x) => 0.05 + 0.95 * x) }),
  fc.record({ kind: fc.constant('line' as const), at: position, op: fc.constantFrom('double' as const, 'drop' as const, 'blank' as const, 'swap' as const) }),
  fc.record({ kind: fc.constant('number' as const), at: position, value: fc.constantFrom(...NUMBERS) }),
  fc.record({ kind: fc.constant('quoteSpan' as const), at: position, lines: fc.integer({ min: 0, max: 4 }) }),
);

/** The bytes with one mutation applied. */
function apply(bytes: Buffer, m: Mutation): Buffer {
  const at = Math.min(bytes.length, Math.floor(m.at * bytes.length));
  const lineStart = (i: number) => bytes.lastIndexOf(10, i - 1) + 1;
  const lineEnd = (i: number) => (bytes.indexOf(10, i) < 0 ? bytes.length : bytes.indexOf(10, i) + 1);
  switch (m.kind) {
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    case 'truncate':
      return bytes.subarray(0, at);
    case 'line': {
      const [s, e] = [lineStart(at), lineEnd(at)];
      const line = bytes.subarray(s, e);
      if (m.op === 'double') return Buffer.concat([bytes.subarray(0, e), line, bytes.subarray(e)]);
      if (m.op === 'drop') return Buffer.concat([bytes.subarray(0, s), bytes.subarray(e)]);
      if (m.op === 'blank') return Buffer.concat([bytes.subarray(0, s), Buffer.from('\r\n'), bytes.subarray(s)]);
      const e2 = lineEnd(e);
      return Buffer.concat([bytes.subarray(0, s), bytes.subarray(e, e2), line, bytes.subarray(e2)]);
    }
    case 'quoteSpan': {
      const open = bytes.indexOf(44, at) + 1; // after a comma: a cell's start
      if (open <= 0) return bytes;
      let from = open;
      for (let k = 0; k < m.lines && from > 0; k++) from = bytes.indexOf(10, from) + 1;
      const close = from > 0 ? bytes.indexOf(44, Math.max(from, open + 1)) : -1;
      if (close < 0) return bytes;
      return Buffer.concat([bytes.subarray(0, open), Buffer.from('"'), bytes.subarray(open, close), Buffer.from('"'), bytes.subarray(close)]);
    }
    case 'number': {
      // The first figure with a decimal point from here on gets another value.
      const text = bytes.toString('latin1');
      const found = /\d+\.\d+/g;
      found.lastIndex = at;
      const hit = found.exec(text);
      if (!hit) return bytes;
      return Buffer.concat([bytes.subarray(0, hit.index), Buffer.from(m.value, 'utf8'), bytes.subarray(hit.index + hit[0].length)]);
    }
  }
}

/** The file's physical lines (CRLF, CR and LF each end one), decoded as its bureau wrote it. */
function physicalLines(name: string, bytes: Buffer): string[] {
  return new TextDecoder(name === 'land.csv' ? 'gbk' : 'utf-8').decode(bytes).split(/\r\n|\r|\n/);
}

function validCodes(line: string): string[] {
  return (line.toUpperCase().match(/[0-9A-HJ-NPQRTUWXY]{18}/g) ?? []).filter((c) => isValidCreditCode(c));
}

interface ScoreJson {
  results: { creditCode: string }[];
  excluded: { creditCode: string }[];
  rejected: { row: number; source: string; code: string; message: { zh: string; en: string }; value: string }[];
}

/** The physical lines holding a valid credit code that the JSON results do not account for. */
function unaccounted(name: string, bytes: Buffer, json: ScoreJson): string[] {
  const kept = new Set([...json.results, ...json.excluded].map((r) => r.creditCode));
  const rejectedLines = new Set<number>();
  let messages = '';
  for (const r of json.rejected) {
    if (r.source !== name) continue;
    rejectedLines.add(r.row);
    const range = /^(\d+)–(\d+)$/.exec(r.value);
    if (r.code === 'swallowed-lines' && range) for (let l = Number(range[1]); l <= Number(range[2]); l++) rejectedLines.add(l);
    messages += `${r.message.zh} ${r.message.en}`;
  }
  const missing: string[] = [];
  physicalLines(name, bytes).forEach((line, i) => {
    const codes = validCodes(line);
    if (codes.length === 0 || rejectedLines.has(i + 1)) return;
    if (codes.some((c) => kept.has(c) || messages.includes(c))) return;
    missing.push(`line ${i + 1}: ${line.slice(0, 80)}`);
  });
  return missing;
}

describe('mutation fuzzer of the fixture files', () => {
  test(`${RUNS} variants: exit 0/1/2, no stack trace, every line accounted for`, async () => {
    const seen = { ok: 0, input: 0, usage: 0, rejectedRows: 0, json: 0, csv: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: FILES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (k, mutations, asJson) => {
          const file = FILES[k]!;
          const bytes = mutations.reduce(apply, file.bytes);
          // The district's five files, one of them mutated: a bureau file is scored with the others (alone, it lacks the land area, and the run stops before reading its rows).
          const dir = withFiles({ ...Object.fromEntries(FILES.map((f) => [f.name, f.bytes])), [file.name]: bytes });
          const r = await runScore([...FILES.map((f) => f.name), ...(asJson ? ['--format', 'json'] : [])], dir);
          expect([0, 1, 2]).toContain(r.code);
          expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
          if (r.code === 1) {
            seen.input++;
            expect(r.stderr).toContain(file.name);
            return;
          }
          if (r.code === 2) {
            seen.usage++;
            return;
          }
          seen.ok++;
          const accounting = /rows (\d+) = 已评价 scored (\d+) \+ 排除 excluded (\d+) \+ 拒收 rejected (\d+)/.exec(r.stderr);
          expect(accounting, r.stderr).not.toBeNull();
          const [rows, scored, excluded, rejected] = (accounting as RegExpExecArray).slice(1).map(Number) as [number, number, number, number];
          expect(rows).toBe(scored + excluded + rejected);
          if (rejected > 0) seen.rejectedRows++;
          if (asJson) {
            seen.json++;
            const json = JSON.parse(r.stdout.toString('utf8')) as ScoreJson;
            expect(json.results.length + json.excluded.length).toBe(scored + excluded);
            expect(json.rejected.length).toBe(rejected);
            expect(unaccounted(file.name, bytes, json)).toEqual([]);
          } else {
            seen.csv++;
            const table = parseCsvText(r.stdout.toString('utf8').replace(/^\uFEFF/, '')).filter((row) => row.some((c) => c !== ''));
            expect(table.length - 1).toBe(scored + excluded);
          }
        },
      ),
      { seed: Number(process.env['MUJUN_FUZZ_SEED'] ?? 20241206), numRuns: RUNS, endOnFailure: true },
    );
    // The law proves something only if the variants reached every outcome.
    expect(seen.ok).toBeGreaterThan(RUNS / 4);
    expect(seen.input).toBeGreaterThan(RUNS / 20);
    expect(seen.rejectedRows).toBeGreaterThan(RUNS / 10);
    expect(Math.min(seen.json, seen.csv)).toBeGreaterThan(RUNS / 10);
  }, 600_000);
});
