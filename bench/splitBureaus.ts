/**
 * The bench data as a district receives it: the canonical file split into the five bureau exports
 * (land, tax, power, environment, statistics), each in its own seeded row order, the statistics
 * bureau's with Chinese headers. Every firm is in every file, so the merge gives back the
 * canonical records: `score` on the five files does the same job as on the one.
 *
 *   npx tsx bench/splitBureaus.ts --in bench/data/firms-100000-s1.csv --out bench/data/firms-100000-s1-five
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { COLUMNS } from './generate.ts';

/** The five exports: file name, and each column's header there ← the canonical column it holds. */
export const BUREAUS: readonly { file: string; columns: readonly [string, (typeof COLUMNS)[number]][] }[] = [
  {
    file: 'land.csv',
    columns: [
      ['credit_code', 'credit_code'],
      ['name', 'name'],
      ['land_mu', 'land_mu'],
    ],
  },
  {
    file: 'tax.csv',
    columns: [
      ['credit_code', 'credit_code'],
      ['name', 'name'],
      ['tax_wan', 'tax_wan'],
      ['sales_wan', 'sales_wan'],
    ],
  },
  {
    file: 'power.csv',
    columns: [
      ['credit_code', 'credit_code'],
      ['name', 'name'],
      ['electricity_wan_kwh', 'electricity_wan_kwh'],
    ],
  },
  {
    file: 'environment.csv',
    columns: [
      ['credit_code', 'credit_code'],
      ['name', 'name'],
      ['key_polluter', 'key_polluter'],
      ['emission_eq', 'emission_eq'],
    ],
  },
  {
    file: 'statistics.csv',
    columns: [
      ['统一社会信用代码', 'credit_code'],
      ['企业名称', 'name'],
      ['区县', 'county'],
      ['行业代码', 'industry_code'],
      ['规模', 'scale'],
      ['工业增加值(万元)', 'value_added_wan'],
      ['综合能耗(吨标准煤)', 'energy_tce'],
      ['研发经费支出(万元)', 'rd_wan'],
      ['从业人员年平均人数', 'employees'],
    ],
  },
];

/** Splits the canonical file `input` (no quoted cells: the generator writes none) into the five exports in `dir`. */
export function splitBureaus(input: string, dir: string, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(input, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = (lines.shift() ?? '').split(',');
  const rows = lines.map((l) => l.split(','));
  const paths: string[] = [];
  for (const [k, bureau] of BUREAUS.entries()) {
    const at = bureau.columns.map(([, c]) => header.indexOf(c));
    // Each bureau lists the firms in its own order: a seeded Fisher–Yates shuffle.
    const order = Int32Array.from({ length: rows.length }, (_, i) => i);
    let s = (seed * 1_000_003 + k * 7919) >>> 0;
    for (let i = order.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const j = Math.floor((s / 2 ** 32) * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const out: string[] = [bureau.columns.map(([h]) => h).join(',')];
    for (const i of order) {
      const r = rows[i]!;
      out.push(at.map((c) => r[c]).join(','));
    }
    const path = join(dir, bureau.file);
    writeFileSync(path, `${out.join('\n')}\n`);
    paths.push(path);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const input = arg('in');
  const out = arg('out');
  if (!input || !out) throw new Error('usage: npx tsx bench/splitBureaus.ts --in <canonical.csv> --out <dir> [--seed 1]');
  console.log(splitBureaus(input, out, Number(arg('seed') ?? '1')).join('\n'));
}
