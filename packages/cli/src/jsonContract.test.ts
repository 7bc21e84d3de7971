/**
 * The `--format json` contract, checked on the fixture district: one object with scheme,
 * results[], excluded[], rejected[] and accounting; decimals as strings; rows = scored +
 * excluded + rejected.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES } from './test/spawnScore.js';

const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const ScoreJsonContract = z.object({
  scheme: z.object({ id: z.string().min(1), name: z.string().min(1) }),
  results: z.array(
    z.object({
      creditCode: z.string().length(18),
      name: z.string().min(1),
      group: z.string().min(1),
      county: z.string().nullable(),
      total: Decimal,
      class: z.enum(['A', 'B', 'C', 'C-', 'D']),
      rank: z.number().int().positive(),
      indicators: z.array(z.object({ id: z.string(), value: Decimal.nullable(), score: Decimal, imputed: z.boolean() })).min(1),
    }),
  ),
  excluded: z.array(z.object({ row: z.number().int().positive(), creditCode: z.string(), name: z.string(), reason: z.string().min(1) })),
  // @mujun/core's RejectedRow: one message in each language, as the report and @mujun/csv's row errors have it.
  rejected: z.array(
    z.object({
      source: z.string().min(1),
      row: z.number().int().positive(),
      column: z.string(),
      code: z.string().min(1),
      message: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
      value: z.string(),
    }),
  ),
  accounting: z.object({
    rows: z.number().int(),
    scored: z.number().int(),
    excluded: z.number().int(),
    rejected: z.number().int(),
  }),
});

let doc: z.infer<typeof ScoreJsonContract>;
let raw: unknown;
beforeAll(async () => {
  const r = await runScore([...FIXTURE_FILES, '--format', 'json']);
  expect(r.code).toBe(0);
  raw = JSON.parse(r.stdout);
  doc = ScoreJsonContract.parse(raw);
});

describe('the JSON output contract', () => {
  test('validates against the contract schema', () => {
    expect(ScoreJsonContract.safeParse(raw).success).toBe(true);
  });
  test('rows = scored + excluded + rejected, and each count matches its list', () => {
    const a = doc.accounting;
    expect(a.rows).toBe(a.scored + a.excluded + a.rejected);
    expect(a.scored).toBe(doc.results.length);
    expect(a.excluded).toBe(doc.excluded.length);
    expect(a.rejected).toBe(doc.rejected.length);
  });
  test('every enterprise is either a result or an exclusion, never both', () => {
    const scored = new Set(doc.results.map((r) => r.creditCode));
    expect(scored.size).toBe(doc.results.length);
    for (const e of doc.excluded) expect(scored.has(e.creditCode)).toBe(false);
  });
  test('shown indicator scores add up exactly to the total (integer arithmetic in hundredths)', () => {
    const cents = (s: string) => Math.round(Number(s) * 100);
    for (const r of doc.results) expect(r.indicators.reduce((sum, i) => sum + cents(i.score), 0)).toBe(cents(r.total));
  });
  test('an imputed indicator has no value', () => {
    for (const r of doc.results) for (const i of r.indicators) if (i.value === null) expect(i.imputed).toBe(true);
  });
});
