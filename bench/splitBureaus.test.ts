import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../packages/csv/src/node.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFile } from './generate.ts';
import { splitBureaus } from './splitBureaus.ts';

const dir = mkdtempSync(join(tmpdir(), 'mujun-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench: the five bureau exports', () => {
  const canonical = join(dir, 'firms.csv');
  generateFile({ n: 400, seed: 3, out: canonical });
  const files = splitBureaus(canonical, join(dir, 'five'), 3);

  it('merge back into the canonical records, with nothing rejected, in conflict or missing', async () => {
    const one = await readSources([canonical]);
    const five = await readSources(files);
    const byCode = (r: typeof one) => new Map(r.records.map((m) => [m.record.creditCode, m.record]));
    expect(byCode(five)).toEqual(byCode(one));
    expect(five.records).toHaveLength(400);
    expect([five.rejected, five.conflicts, five.gaps]).toEqual([[], [], []]);
  });

  it('list the firms each in its own order, the statistics bureau with Chinese headers', () => {
    const firstCodes = files.map((f) => readFileSync(f, 'utf8').split('\n')[1]!.split(',')[0]);
    expect(new Set(firstCodes).size).toBe(5);
    expect(readFileSync(files[4]!, 'utf8').split('\n')[0]).toMatch(/^统一社会信用代码,企业名称,区县/);
  });
});
