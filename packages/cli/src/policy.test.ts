/**
 * `--policy`, `--setting` and `--history` on the fixture district, with amounts worked by hand
 * for the reference firms.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readPlanted } from './test/planted.js';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES, ROOT, tempDir } from './test/spawnScore.js';

const planted = readPlanted();
const champion = planted.reference['champion']!.creditCode;
const laggard = planted.reference['laggard']!.creditCode;

interface FirmPolicy {
  creditCode: string;
  class: string;
  surcharge: string;
  relief: string;
  consecutiveYears: number;
}
async function policies(args: string[]): Promise<{ firms: FirmPolicy[]; stderr: string }> {
  const r = await runScore([...FIXTURE_FILES, '--format', 'json', ...args], ROOT);
  expect(r.code).toBe(0);
  return { firms: JSON.parse(r.stdout).policies.firms as FirmPolicy[], stderr: r.stderr };
}

describe('zhejiang-2019-land-tax with the local rate set', () => {
  let firms: FirmPolicy[] = [];
  let stderr = '';
  beforeAll(async () => {
    ({ firms, stderr } = await policies(['--policy', 'zhejiang-2019-land-tax', '--setting', 'land-use-tax-rate=6']));
  });
  test('the class-A champion gets 100 % of its land-use tax back', () => {
    // Land: 26 666.67 m² (40 亩 planted, m² × 100 = round(40 × 10⁶ / 15) = 2 666 667). 26 666.67 × 6 元 = 160 000.02 元.
    expect(firms.find((f) => f.creditCode === champion)).toMatchObject({ class: 'A', relief: '160000.02', surcharge: '0.00' });
  });
  test('the class-D laggard gets none', () => {
    expect(firms.find((f) => f.creditCode === laggard)).toMatchObject({ class: 'D', relief: '0.00' });
  });
  test('the district total is printed on stderr', () => {
    expect(stderr).toMatch(/政策 policy zhejiang-2019-land-tax: .*减免让利 relief forgone [\d.]+ 元/);
  });
});

describe('shandong-2022-electricity escalates with consecutive years in D', () => {
  // The laggard uses 400 万kWh = 4 000 000 kWh (planted).
  test('first year in D: 0.05 元/kWh → 200 000.00 元', async () => {
    const { firms } = await policies(['--policy', 'shandong-2022-electricity']);
    expect(firms.find((f) => f.creditCode === laggard)).toMatchObject({ consecutiveYears: 1, surcharge: '200000.00' });
  });
  test('D last year too (--history): second year, 0.10 元/kWh → 400 000.00 元', async () => {
    const dir = tempDir();
    const prior = join(dir, 'results-2023.json');
    writeFileSync(prior, JSON.stringify({ year: 2023, results: [{ creditCode: laggard, class: 'D' }] }));
    const { firms } = await policies(['--policy', 'shandong-2022-electricity', '--history', prior]);
    expect(firms.find((f) => f.creditCode === laggard)).toMatchObject({ consecutiveYears: 2, surcharge: '400000.00' });
  });
  test('a results CSV that score wrote serves as history too', async () => {
    const dir = tempDir();
    const prior = join(dir, 'results-2024.csv');
    const r = await runScore([...FIXTURE_FILES, '--out', prior], ROOT);
    expect(r.code).toBe(0);
    // The 2024 results as history for a 2025 run (reference date moved a year on): the laggard is D again.
    const { firms } = await policies(['--policy', 'shandong-2022-electricity', '--history', prior, '--reference-date', '2025-12-31']);
    expect(firms.find((f) => f.creditCode === laggard)).toMatchObject({ consecutiveYears: 2, surcharge: '400000.00' });
  });
});
