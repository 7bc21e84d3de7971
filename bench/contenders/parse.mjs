// @ts-check
/**
 * Floors under the whole job: how long it takes just to get the bytes, and to split them into rows.
 *
 *   node bench/contenders/parse.mjs read       <input.csv>   stream the file, count lines
 *   node bench/contenders/parse.mjs csv-parse  <input.csv>   csv-parse 7, array rows (no columns, no cast)
 *   node bench/contenders/parse.mjs hand-split <input.csv>   split on \n and , (valid only without quotes)
 *
 * csv-parse is resolved from @mujun/csv, the package that uses it, so this is the same copy.
 */
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HIGH_WATER_MARK = 1 << 20;

/** @param {string} input */
async function read(input) {
  let lines = 0;
  let bytes = 0;
  for await (const chunk of createReadStream(input, { highWaterMark: HIGH_WATER_MARK })) {
    const buf = /** @type {Buffer} */ (chunk);
    bytes += buf.length;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  }
  return { rows: lines - 1, bytes };
}

/** @param {string} input */
async function csvParse(input) {
  const require = createRequire(fileURLToPath(new URL('../../packages/csv/package.json', import.meta.url)));
  const moduleName = 'csv-parse'; // a variable, so the type checker does not look for it from bench/
  /** @type {{ parse: (options: object) => import('node:stream').Transform }} */
  const { parse } = require(moduleName);
  let rows = 0;
  let fields = 0;
  const parser = createReadStream(input, { highWaterMark: HIGH_WATER_MARK }).pipe(parse({}));
  for await (const record of parser) {
    rows++;
    fields += /** @type {string[]} */ (record).length;
  }
  return { rows: rows - 1, fields };
}

/** @param {string} input */
async function handSplit(input) {
  let rows = 0;
  let fields = 0;
  let rest = '';
  for await (const chunk of createReadStream(input, { highWaterMark: HIGH_WATER_MARK, encoding: 'utf8' })) {
    const text = rest + /** @type {string} */ (chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const row = text.slice(start, nl).split(',');
      rows++;
      fields += row.length;
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) {
    rows++;
    fields += rest.split(',').length;
  }
  return { rows: rows - 1, fields };
}

const MODES = { read, 'csv-parse': csvParse, 'hand-split': handSplit };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [mode, input] = process.argv.slice(2);
  const run = MODES[/** @type {keyof typeof MODES} */ (mode)];
  if (!run || !input) {
    console.error(`usage: node bench/contenders/parse.mjs ${Object.keys(MODES).join('|')} <input.csv>`);
    process.exit(2);
  }
  console.log(JSON.stringify(await run(input)));
}
