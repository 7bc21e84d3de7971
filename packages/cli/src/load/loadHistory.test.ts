import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { Io } from '../io.js';
import { tempDir } from '../test/spawnScore.js';
import { loadHistory } from './loadHistory.js';

const io = (cwd: string): Io => ({ stdout: new PassThrough(), stderr: () => undefined, stderrIsTTY: false, progress: () => undefined, cwd });

describe('--history', () => {
  test('reads the CSV score wrote: BOM, Chinese headers, an all-digit code written as ="…" for Excel, excluded rows skipped', async () => {
    const dir = tempDir();
    const csv = '\uFEFF评价年度,统一社会信用代码,企业名称,类别\r\n2023,"=""913204049672267986""",甲,D\r\n2023,91320404MAJAW4TB0F,乙,\r\n';
    writeFileSync(join(dir, 'r2023.csv'), csv);
    const history = await loadHistory(io(dir), ['r2023.csv']);
    expect(history?.latestYear).toBe(2023);
    expect(history?.firms['913204049672267986']).toEqual({ '2023': 'D' });
    expect(history?.firms['91320404MAJAW4TB0F']).toBeUndefined();
  });
  test('reads score’s JSON (year from "year" or the reference date) and several years', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ year: 2022, results: [{ creditCode: 'X', class: 'C' }] }));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ referenceDate: '2023-12-31', results: [{ creditCode: 'X', class: 'D' }] }));
    const history = await loadHistory(io(dir), ['a.json', 'b.json']);
    expect(history?.firms['X']).toEqual({ '2022': 'C', '2023': 'D' });
  });
  test('a CSV without the class column is unusable input (exit 1)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.csv'), 'year,credit_code\n2023,X\n');
    await expect(loadHistory(io(dir), ['bad.csv'])).rejects.toMatchObject({ exitCode: 1 });
  });
});
