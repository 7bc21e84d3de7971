/**
 * Seeded generator of synthetic enterprises in the canonical input columns of @mujun/csv.
 *
 *   npx tsx bench/generate.ts --n 1e6 --seed 1 --out bench/data/firms-1e6-s1.csv
 *
 * Same (n, seed) → byte-identical file. Every firm has every figure (no blanks, no zeros in a
 * denominator), so every baseline can treat "missing" as impossible; every 统一社会信用代码 is
 * valid (GB 32100-2015 check character, and a GB 11714 organisation code inside it) and unique.
 * The mix: about 28 % above-scale, 47 % below-scale on ≥ 3 亩, 17 % below-scale on < 3 亩 (out of
 * scope), 8 % key polluters (mostly above-scale, some below-scale, a few below-scale on < 3 亩),
 * spread over six counties of 常州, so there are 18 pools.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// A relative import: the workspace root does not depend on @mujun/core, so tsx could not resolve the name.
import { creditCodeCheckCharacter, isValidCreditCode } from '../packages/core/src/creditCode/creditCode.js';

/** The canonical columns, in order. */
export const COLUMNS = [
  'credit_code',
  'name',
  'county',
  'industry_code',
  'scale',
  'key_polluter',
  'land_mu',
  'tax_wan',
  'sales_wan',
  'value_added_wan',
  'energy_tce',
  'electricity_wan_kwh',
  'emission_eq',
  'rd_wan',
  'employees',
] as const;

/** Counties of 常州 with their administrative division codes (positions 3–8 of the USCC). */
export const COUNTIES: readonly { name: string; code: string; weight: number }[] = [
  { name: '武进区', code: '320412', weight: 30 },
  { name: '新北区', code: '320411', weight: 22 },
  { name: '天宁区', code: '320402', weight: 12 },
  { name: '钟楼区', code: '320404', weight: 12 },
  { name: '金坛区', code: '320413', weight: 12 },
  { name: '溧阳市', code: '320481', weight: 12 },
];

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 32100-2015 check character of the first 17 characters of a USCC (core's). */
export const usccCheckChar = creditCodeCheckCharacter;

/** GB 11714 check character of an 8-digit organisation code body. */
function orgCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (body8.charCodeAt(i) - 48) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** True when `code` is an 18-character USCC whose check character is right (core's). */
export const isValidUscc = isValidCreditCode;

/** mulberry32: small, fast, good enough for synthetic data; seeded so files are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POW10 = [1, 10, 100, 1000, 10000];

/** Formats `x` with exactly `dp` decimals (dp ≤ 4), at least one unit in the last place. */
function dec(x: number, dp: number): string {
  const p = POW10[dp]!;
  const units = Math.max(1, Math.round(x * p));
  if (dp === 0) return String(units);
  const int = Math.floor(units / p);
  const frac = String(units - int * p);
  return `${int}.${'0000'.slice(0, dp - frac.length)}${frac}`;
}

export interface GenerateOptions {
  n: number;
  seed: number;
  out: string;
}

/** Writes `n` enterprises to `out` (UTF-8, LF, header row); returns the byte count. */
export function generateFile({ n, seed, out }: GenerateOptions): number {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const random = rng(seed);
  const normal = (): number => {
    // Box–Muller; one of the pair is enough here.
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const logNormal = (median: number, sigma: number): number => median * Math.exp(sigma * normal());
  const countyTotal = COUNTIES.reduce((s, c) => s + c.weight, 0);
  const pickCounty = (): { name: string; code: string } => {
    let r = random() * countyTotal;
    for (const c of COUNTIES) if ((r -= c.weight) < 0) return c;
    return COUNTIES[0]!;
  };
  // Organisation-code bodies from an affine permutation of 0 … 10⁸−1: unique for any n ≤ 10⁸.
  const mult = 48_271_957; // odd, not a multiple of 5: coprime with 10⁸
  const offset = Math.floor(random() * 1e8);

  const fd = openSync(out, 'w');
  let bytes = 0;
  const flush = (s: string): void => {
    const buf = Buffer.from(s, 'utf8');
    writeSync(fd, buf);
    bytes += buf.length;
  };
  let rows: string[] = [`${COLUMNS.join(',')}\n`];
  for (let i = 0; i < n; i++) {
    const county = pickCounty();
    const body = String((((i * mult) % 100_000_000) + offset) % 100_000_000).padStart(8, '0');
    const first17 = `91${county.code}${body}${orgCheckChar(body)}`;
    const code = first17 + usccCheckChar(first17);

    const kind = random();
    // above 28 %, below ≥ 3 亩 47 %, below < 3 亩 17 %, key polluter 8 % (of which 70 % above).
    let scale: 'above' | 'below';
    let keyPolluter = false;
    let land: number;
    if (kind < 0.28) {
      scale = 'above';
      land = logNormal(45, 0.9) + 3;
    } else if (kind < 0.75) {
      scale = 'below';
      land = 3 + logNormal(8, 0.8);
    } else if (kind < 0.92) {
      scale = 'below';
      land = 0.3 + random() * 2.69;
    } else {
      keyPolluter = true;
      const k = random();
      scale = k < 0.7 ? 'above' : 'below';
      land = k < 0.7 ? logNormal(60, 0.9) + 3 : k < 0.95 ? 3 + logNormal(10, 0.8) : 0.5 + random() * 2.4;
    }
    const above = scale === 'above';
    const industry = random() < 0.5 ? 30 + Math.floor(random() * 10) : 13 + Math.floor(random() * 30);
    const industryCode = `C${industry === 16 ? 17 : industry}${String(10 + Math.floor(random() * 90))}`;

    const landDp = random() < 0.8 ? 2 : 4;
    const landS = dec(land, landDp);
    const landV = Number(landS);
    const tax = landV * logNormal(above ? 18 : 6, 0.8);
    const sales = tax * logNormal(above ? 18 : 25, 0.5);
    const valueAdded = sales * (0.15 + 0.2 * random());
    const energy = sales * logNormal(keyPolluter ? 0.12 : 0.04, 0.7);
    const electricity = energy * logNormal(0.9, 0.3);
    const emission = keyPolluter ? logNormal(20_000, 1) : logNormal(above ? 800 : 120, 1.1);
    const rd = sales * logNormal(above ? 0.025 : 0.008, 0.6);
    const employees = Math.max(3, Math.round(logNormal(above ? 220 : 35, 0.8)));

    rows.push(
      `${code},企业${i + 1},${county.name},${industryCode},${scale},${keyPolluter},${landS},` +
        `${dec(tax, 2)},${dec(sales, 2)},${dec(valueAdded, 2)},${dec(energy, 3)},${dec(electricity, 2)},` +
        `${dec(emission, 4)},${dec(rd, 2)},${employees}\n`,
    );
    if (rows.length >= 4096) {
      flush(rows.join(''));
      rows = [];
    }
  }
  flush(rows.join(''));
  closeSync(fd);
  return bytes;
}

/** Parses sizes such as "1e5", "100000", "100k", "1m". */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km])?$/i.exec(s.trim());
  const v = m ? Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1) : Number(s);
  if (!Number.isFinite(v) || v < 1 || !Number.isInteger(v)) throw new Error(`not a row count: ${s}`);
  return v;
}

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const n = parseSize(arg('n') ?? '1e5');
  const seed = Number(arg('seed') ?? '1');
  const out = arg('out') ?? `bench/data/firms-${n}-s${seed}.csv`;
  const t0 = performance.now();
  const bytes = generateFile({ n, seed, out });
  const s = (performance.now() - t0) / 1000;
  console.log(`${out}: ${n} rows, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
