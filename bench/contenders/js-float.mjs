// @ts-check
/**
 * A probe, not a product: the whole `score` job in plain JavaScript with float64 arithmetic and a
 * columnar layout, to show what a fast path in Node can reach and where its time goes. It is NOT
 * exact (no decimal fallback near rounding or class boundaries), so it is not a contender for
 * correctness — only a floor for `score`'s fast path. Phase timings go to stderr.
 *
 *   node bench/contenders/js-float.mjs <input.csv> <results.csv> [--parser csv-parse|hand-split] [--workers N]
 *
 * With --workers N (N ≥ 2) the file is cut at N − 1 newlines and each part parsed in a worker
 * thread into typed arrays (transferred back without copying). Cutting at a newline is only
 * safe when the file has no quote character, which is checked first; otherwise one worker.
 */
import { closeSync, createReadStream, openSync, readSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CAP_MULTIPLE, CLASS_CUTS, GROUPS, LAND_THRESHOLD_MU, MIN_POOL_SIZE, SMALL_POOL_CLASS } from './scheme.mjs';

const NUMERIC = ['land_mu', 'tax_wan', 'sales_wan', 'value_added_wan', 'energy_tce', 'emission_eq', 'rd_wan', 'employees'];
const [LAND, TAX, SALES, VA, ENERGY, EMISSION, RD, EMP] = NUMERIC.map((_, i) => i);
const FORMULAS = {
  taxPerMu: [TAX, LAND],
  salesPerMu: [SALES, LAND],
  taxPerEnergy: [TAX, ENERGY],
  taxPerEmission: [TAX, EMISSION],
  laborProductivity: [VA, EMP],
  rdIntensity: [RD, SALES],
};
const CODE_LEN = 18;

/**
 * @typedef {{ n: number, codes: Uint8Array, county: Uint16Array, counties: string[], above: Uint8Array,
 *   key: Uint8Array, nums: Float64Array[] }} Part
 */

/**
 * Parses bytes [start, end) of the file into columns.
 * @param {{ file: string, start: number, end: number, parser: string, index: Record<string, number> }} job
 * @returns {Promise<Part>}
 */
async function parsePart({ file, start, end, parser, index }) {
  let cap = Math.max(1024, Math.ceil((end - start) / 100));
  let n = 0;
  let codes = new Uint8Array(cap * CODE_LEN);
  let county = new Uint16Array(cap);
  let above = new Uint8Array(cap);
  let key = new Uint8Array(cap);
  let nums = NUMERIC.map(() => new Float64Array(cap));
  /** @type {Map<string, number>} */
  const countyIds = new Map();
  const ci = NUMERIC.map((c) => /** @type {number} */ (index[c]));
  const [iCode, iCounty, iScale, iKey] = ['credit_code', 'county', 'scale', 'key_polluter'].map((c) => /** @type {number} */ (index[c]));
  const grow = () => {
    cap *= 2;
    const g = (/** @type {any} */ a) => {
      const b = new a.constructor(a.length * 2);
      b.set(a);
      return b;
    };
    codes = g(codes);
    county = g(county);
    above = g(above);
    key = g(key);
    nums = nums.map(g);
  };
  /** @param {string[]} r */
  const add = (r) => {
    if (n === cap) grow();
    const code = /** @type {string} */ (r[iCode]);
    for (let k = 0; k < CODE_LEN; k++) codes[n * CODE_LEN + k] = code.charCodeAt(k);
    const c = /** @type {string} */ (r[iCounty]);
    let id = countyIds.get(c);
    if (id === undefined) countyIds.set(c, (id = countyIds.size));
    county[n] = id;
    above[n] = r[iScale] === 'above' ? 1 : 0;
    key[n] = r[iKey] === 'true' ? 1 : 0;
    for (let k = 0; k < ci.length; k++) /** @type {Float64Array} */ (nums[k])[n] = Number(r[/** @type {number} */ (ci[k])]);
    n++;
  };
  const stream = createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 });
  if (parser === 'csv-parse') {
    const require = createRequire(fileURLToPath(new URL('../../packages/csv/package.json', import.meta.url)));
    const moduleName = 'csv-parse';
    /** @type {{ parse: (o: object) => import('node:stream').Transform }} */
    const { parse } = require(moduleName);
    for await (const r of stream.pipe(parse({}))) add(r);
  } else {
    let rest = '';
    stream.setEncoding('utf8');
    for await (const chunk of stream) {
      const text = rest + chunk;
      let s = 0;
      for (let nl = text.indexOf('\n', s); nl !== -1; nl = text.indexOf('\n', s)) {
        if (nl > s) add(text.slice(s, nl).split(','));
        s = nl + 1;
      }
      rest = text.slice(s);
    }
    if (rest) add(rest.split(','));
  }
  const cut = (/** @type {any} */ a, /** @type {number} */ per = 1) => a.slice(0, n * per);
  return {
    n,
    codes: cut(codes, CODE_LEN),
    county: cut(county),
    counties: [...countyIds.keys()],
    above: cut(above),
    key: cut(key),
    nums: nums.map((a) => cut(a)),
  };
}

/** @param {string} file */
function headerOf(file) {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(64 * 1024);
  const len = readSync(fd, buf, 0, buf.length, 0);
  const probe = Buffer.alloc(1 << 20);
  let hasQuote = false;
  // A quote anywhere means newline cuts are unsafe; scan the whole file in 1 MiB reads.
  for (let pos = 0, got; (got = readSync(fd, probe, 0, probe.length, pos)) > 0; pos += got) {
    if (probe.subarray(0, got).indexOf(34) !== -1) {
      hasQuote = true;
      break;
    }
  }
  closeSync(fd);
  const nl = buf.subarray(0, len).indexOf(10);
  const header = buf
    .subarray(0, nl)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '')
    .split(',');
  return { header, bodyStart: nl + 1, hasQuote };
}

/** @param {string} file @param {number} from */
function nextLineStart(file, from) {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(64 * 1024);
  const len = readSync(fd, buf, 0, buf.length, from);
  closeSync(fd);
  const i = buf.subarray(0, len).indexOf(10);
  return i === -1 ? from + len : from + i + 1;
}

/**
 * @param {string} input
 * @param {string} output
 * @param {{ parser?: string, workers?: number }} options
 */
export async function runJsFloat(input, output, options = {}) {
  const parser = options.parser ?? 'csv-parse';
  const t = [performance.now()];
  const phase = (/** @type {string} */ name) => {
    t.push(performance.now());
    process.stderr.write(`${name} ${(t[t.length - 1] - t[t.length - 2]).toFixed(0)} ms; `);
  };
  const { header, bodyStart, hasQuote } = headerOf(input);
  const index = Object.fromEntries(header.map((h, i) => [h, i]));
  const size = statSync(input).size;
  const workers = hasQuote ? 1 : Math.max(1, options.workers ?? 1);
  const cuts = [bodyStart];
  for (let w = 1; w < workers; w++) cuts.push(nextLineStart(input, bodyStart + Math.floor(((size - bodyStart) * w) / workers)));
  cuts.push(size);
  /** @type {Part[]} */
  let parts;
  if (workers === 1) parts = [await parsePart({ file: input, start: bodyStart, end: size, parser, index })];
  else {
    parts = await Promise.all(
      cuts.slice(0, -1).map(
        (start, w) =>
          new Promise((res, rej) => {
            const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { file: input, start, end: cuts[w + 1], parser, index } });
            worker.once('message', res);
            worker.once('error', rej);
          }),
      ),
    );
  }
  phase('parse');

  // Merge: global county ids, groups, pools, benchmark sums in one pass.
  const n = parts.reduce((s, p) => s + p.n, 0);
  /** @type {Map<string, number>} */
  const countyIds = new Map();
  const groupNames = Object.keys(GROUPS);
  const grp = new Int8Array(n);
  const pool = new Int32Array(n);
  const cols = NUMERIC.map(() => new Float64Array(n));
  const codes = new Uint8Array(n * CODE_LEN);
  let off = 0;
  for (const p of parts) {
    const remap = p.counties.map((c) => {
      let id = countyIds.get(c);
      if (id === undefined) countyIds.set(c, (id = countyIds.size));
      return id;
    });
    codes.set(p.codes, off * CODE_LEN);
    p.nums.forEach((a, k) => /** @type {Float64Array} */ (cols[k]).set(a, off));
    for (let i = 0; i < p.n; i++) {
      const land = /** @type {Float64Array} */ (p.nums[LAND])[i];
      const g = p.key[i] ? 2 : p.above[i] ? 0 : /** @type {number} */ (land) >= LAND_THRESHOLD_MU ? 1 : -1;
      grp[off + i] = g;
      pool[off + i] = g < 0 ? -1 : g * 65536 + /** @type {number} */ (remap[/** @type {number} */ (p.county[i])]);
    }
    off += p.n;
  }
  const poolIds = new Map();
  const poolOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (pool[i] < 0) {
      poolOf[i] = -1;
      continue;
    }
    let id = poolIds.get(pool[i]);
    if (id === undefined) poolIds.set(pool[i], (id = poolIds.size));
    poolOf[i] = id;
  }
  const P = poolIds.size;
  const sums = NUMERIC.map(() => new Float64Array(P));
  for (let i = 0; i < n; i++) {
    const q = poolOf[i];
    if (q < 0) continue;
    for (let k = 0; k < NUMERIC.length; k++) /** @type {Float64Array} */ (sums[k])[q] += /** @type {Float64Array} */ (cols[k])[i];
  }
  phase('merge+benchmarks');

  const total = new Float64Array(n);
  const tpm = new Float64Array(n);
  const plan = groupNames.map((g) =>
    Object.entries(/** @type {Record<string, number>} */ (GROUPS[/** @type {keyof typeof GROUPS} */ (g)])).map(([id, w]) => [
      w,
      ...FORMULAS[/** @type {keyof typeof FORMULAS} */ (id)],
    ]),
  );
  for (let i = 0; i < n; i++) {
    const g = grp[i];
    if (g < 0) continue;
    const q = poolOf[i];
    let s = 0;
    for (const [w, a, b] of /** @type {number[][]} */ (plan[g])) {
      const A = /** @type {Float64Array} */ (cols[/** @type {number} */ (a)]);
      const B = /** @type {Float64Array} */ (cols[/** @type {number} */ (b)]);
      const bench = /** @type {Float64Array} */ (sums[/** @type {number} */ (a)])[q] / /** @type {Float64Array} */ (sums[/** @type {number} */ (b)])[q];
      const v = A[i] / B[i];
      const x = Math.max(0, Math.min((w * v) / bench, CAP_MULTIPLE * w));
      if (Number.isFinite(x)) s += x;
    }
    total[i] = Math.floor(s * 100 + 0.5) / 100;
    tpm[i] = /** @type {number} */ (cols[TAX][i]) / /** @type {number} */ (cols[LAND][i]);
  }
  phase('score');

  // Rank per pool: a native Float64Array sort of keys (−cents) × 2²¹ + local index (exact while a pool has
  // < 2²¹ firms and |cents| < 2³¹), then the comparator only inside runs of equal totals.
  const cmpCode = (/** @type {number} */ a, /** @type {number} */ b) => {
    for (let k = 0; k < CODE_LEN; k++) {
      const d = /** @type {number} */ (codes[a * CODE_LEN + k]) - /** @type {number} */ (codes[b * CODE_LEN + k]);
      if (d) return d;
    }
    return 0;
  };
  const tieBreak = (/** @type {number} */ a, /** @type {number} */ b) => /** @type {number} */ (tpm[b]) - /** @type {number} */ (tpm[a]) || cmpCode(a, b);
  const poolSize = new Int32Array(P);
  for (let i = 0; i < n; i++) if (poolOf[i] >= 0) poolSize[/** @type {number} */ (poolOf[i])]++;
  const members = Array.from(poolSize, (m) => new Int32Array(m));
  const fill = new Int32Array(P);
  for (let i = 0; i < n; i++) {
    const q = /** @type {number} */ (poolOf[i]);
    if (q >= 0) /** @type {Int32Array} */ (members[q])[fill[q]++] = i;
  }
  const idx = new Int32Array(members.reduce((s, m) => s + m.length, 0));
  let at = 0;
  for (const m of members) {
    const keys = new Float64Array(m.length);
    for (let j = 0; j < m.length; j++) keys[j] = -Math.round(/** @type {number} */ (total[/** @type {number} */ (m[j])]) * 100) * 2097152 + j;
    keys.sort();
    const sorted = new Int32Array(m.length);
    for (let j = 0; j < m.length; j++)
      sorted[j] = /** @type {number} */ (m[/** @type {number} */ (keys[j]) - Math.floor(/** @type {number} */ (keys[j]) / 2097152) * 2097152]);
    for (let j = 0; j < m.length; ) {
      let e = j + 1;
      while (e < m.length && total[/** @type {number} */ (sorted[e])] === total[/** @type {number} */ (sorted[j])]) e++;
      if (e - j > 1) sorted.subarray(j, e).sort(tieBreak);
      j = e;
    }
    idx.set(sorted, at);
    at += m.length;
  }
  phase('rank');

  const countyNames = [...countyIds.keys()];
  const codeText = Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength);
  const groupCounty = new Map();
  const fd = openSync(output, 'w');
  let out = ['credit_code,group,county,total,class,rank\n'];
  let r = 0;
  let prevPool = -1;
  let a = 0;
  let b = 0;
  let c = 0;
  let small = false;
  for (const i of idx) {
    const q = poolOf[i];
    if (q !== prevPool) {
      r = 0;
      prevPool = q;
      const m = /** @type {number} */ (poolSize[q]);
      small = m < MIN_POOL_SIZE;
      [a, b, c] = CLASS_CUTS.map((p) => Math.floor((p * m) / 100));
    }
    r++;
    const cls = small
      ? SMALL_POOL_CLASS
      : r <= /** @type {number} */ (a)
        ? 'A'
        : r <= /** @type {number} */ (b)
          ? 'B'
          : r <= /** @type {number} */ (c)
            ? 'C'
            : 'D';
    const code = codeText.toString('latin1', i * CODE_LEN, (i + 1) * CODE_LEN);
    let gc = groupCounty.get(pool[i]);
    if (gc === undefined) groupCounty.set(pool[i], (gc = `${groupNames[grp[i]]},${countyNames[pool[i] & 0xffff]},`));
    const cents = Math.round(total[i] * 100);
    const frac = cents % 100;
    out.push(`${code},${gc}${(cents - frac) / 100}.${frac < 10 ? '0' : ''}${frac},${cls},${r}\n`);
    if (out.length >= 8192) {
      writeSync(fd, out.join(''));
      out = [];
    }
  }
  writeSync(fd, out.join(''));
  closeSync(fd);
  phase('write');
  process.stderr.write(`total ${(performance.now() - /** @type {number} */ (t[0])).toFixed(0)} ms (${workers} parse worker(s), ${parser})\n`);
  return idx.length;
}

if (!isMainThread && parentPort) {
  const part = await parsePart(workerData);
  const buffers = [part.codes, part.county, part.above, part.key, ...part.nums].map((a) => /** @type {ArrayBuffer} */ (a.buffer));
  parentPort.postMessage(part, buffers);
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  const opt = (/** @type {string} */ k) => {
    const i = process.argv.indexOf(`--${k}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  if (!input || !output) {
    console.error('usage: node bench/contenders/js-float.mjs <input.csv> <results.csv> [--parser csv-parse|hand-split] [--workers N]');
    process.exit(2);
  }
  const rows = await runJsFloat(input, output, { parser: opt('parser') ?? 'csv-parse', workers: Number(opt('workers') ?? '1') });
  console.log(JSON.stringify({ rows }));
}
