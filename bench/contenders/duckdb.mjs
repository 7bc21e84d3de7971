// @ts-check
/**
 * Baseline: the whole `score` job for the default scheme `changzhou-wujin`, in DuckDB SQL.
 *
 *   node bench/contenders/duckdb.mjs <input.csv> <results.csv> [--threads 2] [--wide]
 *   node bench/contenders/duckdb.mjs <dir> <results.csv> --five   (the five bureau exports in dir, joined by credit code)
 *
 * Read the CSV (explicit column types, credit_code VARCHAR), scope, pool benchmarks
 * (Σ numerator / Σ denominator per group × county), indicator scores w × x / B capped at 2w,
 * total rounded half-up to 2 dp, rank per pool (total desc, taxPerMu desc, credit_code asc),
 * quota classes (⌊share × n⌋; pools under 5 firms all B),
 * COPY the results to CSV. Arithmetic is DOUBLE (DuckDB's DECIMAL division yields DOUBLE anyway),
 * which is why this is a speed baseline and not a reference: the cross-check test shows it agrees
 * with `score` on the bench data.
 *
 * Plain JavaScript on purpose: each contender runs under plain `node`, like `score`, with no
 * TypeScript loader in its start-up time or memory.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAP_MULTIPLE, CLASS_CUTS, GROUPS, LAND_THRESHOLD_MU, MIN_POOL_SIZE, SMALL_POOL_CLASS } from './scheme.mjs';

/** @param {string} s */
const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;

const COLUMN_TYPES = {
  credit_code: 'VARCHAR',
  name: 'VARCHAR',
  county: 'VARCHAR',
  industry_code: 'VARCHAR',
  scale: 'VARCHAR',
  key_polluter: 'BOOLEAN',
  land_mu: 'DOUBLE',
  tax_wan: 'DOUBLE',
  sales_wan: 'DOUBLE',
  value_added_wan: 'DOUBLE',
  energy_tce: 'DOUBLE',
  electricity_wan_kwh: 'DOUBLE',
  emission_eq: 'DOUBLE',
  rd_wan: 'DOUBLE',
  employees: 'DOUBLE',
};

/** @type {Record<string, [string, string]>} indicator id → [numerator, denominator] columns */
const FORMULAS = {
  taxPerMu: ['tax_wan', 'land_mu'],
  salesPerMu: ['sales_wan', 'land_mu'],
  taxPerEnergy: ['tax_wan', 'energy_tce'],
  taxPerEmission: ['tax_wan', 'emission_eq'],
  laborProductivity: ['value_added_wan', 'employees'],
  rdIntensity: ['rd_wan', 'sales_wan'],
};
const IDS = Object.keys(FORMULAS);

/**
 * The SQL of the whole job. `wide` writes what `score`'s results CSV holds besides the six
 * columns: name, status, pool size, land, each indicator's value (6 significant digits) and
 * score (2 places, plain rounding rather than score's largest-remainder split), and one row per
 * out-of-scope firm with its reason, in group, county, rank order.
 * @param {string} input
 * @param {string} output
 * @param {{ wide?: boolean, five?: boolean }} [options]
 */
export function jobSql(input, output, options = {}) {
  const wide = options.wide === true;
  const columns = `{${Object.entries(COLUMN_TYPES)
    .map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`)
    .join(', ')}}`;
  // Indicator value; NULL when its denominator is zero (scores 0, the bench data has none).
  const value = (/** @type {string} */ id) => {
    const [num, den] = /** @type {[string, string]} */ (FORMULAS[id]);
    return `${num} / NULLIF(${den}, 0)`;
  };
  const bench = (/** @type {string} */ id) => {
    const [num, den] = /** @type {[string, string]} */ (FORMULAS[id]);
    return `SUM(${num}) / NULLIF(SUM(${den}), 0)`;
  };
  // Indicator score per group: weight × value / benchmark in [0, cap × weight]; NULL outside the group.
  const score = (/** @type {string} */ id) => {
    const arms = Object.entries(GROUPS)
      .filter(([, weights]) => id in weights)
      .map(([group, weights]) => {
        const w = /** @type {Record<string, number>} */ (weights)[id] ?? 0;
        return `WHEN ${sqlString(group)} THEN COALESCE(GREATEST(LEAST(${w} * v_${id} / NULLIF(b_${id}, 0), ${CAP_MULTIPLE * w}), 0), 0)`;
      });
    return `CASE grp ${arms.join(' ')} END`;
  };
  const [a, b, c] = CLASS_CUTS;
  // Cumulative class counts = ⌊share × n⌋ (the core's 'literal' counting), in integers so it is exact.
  const cut = (/** @type {number} */ pct) => `((${pct} * n) // 100)`;
  const classOf = `CASE WHEN n < ${MIN_POOL_SIZE} THEN ${sqlString(SMALL_POOL_CLASS)}
              WHEN rnk <= ${cut(a)} THEN 'A' WHEN rnk <= ${cut(b)} THEN 'B'
              WHEN rnk <= ${cut(c)} THEN 'C' ELSE 'D' END`;
  return `
COPY (
  WITH raw AS (${
    options.five
      ? fiveFilesSql(input)
      : `SELECT * FROM read_csv(${sqlString(input)}, header = true, auto_detect = false, delim = ',', quote = '"',
                  columns = ${columns})`
  }),
  src AS (
    SELECT credit_code, ${wide ? 'name, scale, ' : ''}county, land_mu, tax_wan, sales_wan, value_added_wan, energy_tce,
           emission_eq, rd_wan, employees,
           CASE WHEN key_polluter THEN 'key-polluter'
                WHEN scale = 'above' THEN 'above-scale'
                WHEN scale = 'below' AND land_mu >= ${LAND_THRESHOLD_MU} THEN 'below-scale'
           END AS grp
    FROM raw
  ),
  scoped AS (SELECT * FROM src WHERE grp IS NOT NULL),
  benchmarks AS (
    SELECT grp, county, ${IDS.map((id) => `${bench(id)} AS b_${id}`).join(', ')}
    FROM scoped GROUP BY grp, county
  ),
  scored AS (
    SELECT s.credit_code, ${wide ? 's.name, s.land_mu, ' : ''}s.grp, s.county, ${IDS.map((id) => `${value(id)} AS v_${id}`).join(', ')},
           ${IDS.map((id) => `b_${id}`).join(', ')}
    FROM scoped s JOIN benchmarks USING (grp, county)
  ),
  scores AS (
    SELECT *, ${IDS.map((id) => `${score(id)} AS s_${id}`).join(', ')} FROM scored
  ),
  totals AS (
    SELECT *, ROUND(${IDS.map((id) => `COALESCE(s_${id}, 0)`).join(' + ')}, 2) AS total
    FROM scores
  ),
  ranked AS (
    SELECT *,
           ROW_NUMBER() OVER (PARTITION BY grp, county
                              ORDER BY total DESC, v_taxPerMu DESC NULLS LAST, credit_code ASC) AS rnk,
           COUNT(*) OVER (PARTITION BY grp, county) AS n
    FROM totals
  )
  ${
    wide
      ? wideSelect(classOf)
      : `SELECT credit_code, grp AS "group", county, CAST(total AS DECIMAL(18, 2)) AS total,
         ${classOf} AS class, rnk AS rank
  FROM ranked`
  }
) TO ${sqlString(output)} (FORMAT csv, HEADER true);`;
}

/**
 * The five bureau exports of bench/splitBureaus.ts in directory `dir`, joined by credit code into
 * the canonical columns (the statistics bureau's Chinese headers renamed). A full outer join, as a
 * merge that has to notice firms missing from a file would do.
 * @param {string} dir
 */
function fiveFilesSql(dir) {
  const file = (/** @type {string} */ name, /** @type {Record<string, string>} */ types) =>
    `read_csv(${sqlString(resolve(dir, name))}, header = true, auto_detect = false, delim = ',', quote = '"', columns = {${Object.entries(types)
      .map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`)
      .join(', ')}})`;
  return `
    SELECT credit_code, l.name, s."区县" AS county, s."行业代码" AS industry_code, s."规模" AS scale, e.key_polluter,
           l.land_mu, t.tax_wan, t.sales_wan, s."工业增加值(万元)" AS value_added_wan, s."综合能耗(吨标准煤)" AS energy_tce,
           p.electricity_wan_kwh, e.emission_eq, s."研发经费支出(万元)" AS rd_wan, s."从业人员年平均人数" AS employees
    FROM ${file('land.csv', { credit_code: 'VARCHAR', name: 'VARCHAR', land_mu: 'DOUBLE' })} l
    FULL OUTER JOIN ${file('tax.csv', { credit_code: 'VARCHAR', name: 'VARCHAR', tax_wan: 'DOUBLE', sales_wan: 'DOUBLE' })} t USING (credit_code)
    FULL OUTER JOIN ${file('power.csv', { credit_code: 'VARCHAR', name: 'VARCHAR', electricity_wan_kwh: 'DOUBLE' })} p USING (credit_code)
    FULL OUTER JOIN ${file('environment.csv', { credit_code: 'VARCHAR', name: 'VARCHAR', key_polluter: 'BOOLEAN', emission_eq: 'DOUBLE' })} e USING (credit_code)
    FULL OUTER JOIN (SELECT "统一社会信用代码" AS credit_code, * EXCLUDE ("统一社会信用代码") FROM ${file('statistics.csv', {
      统一社会信用代码: 'VARCHAR',
      企业名称: 'VARCHAR',
      区县: 'VARCHAR',
      行业代码: 'VARCHAR',
      规模: 'VARCHAR',
      '工业增加值(万元)': 'DOUBLE',
      '综合能耗(吨标准煤)': 'DOUBLE',
      '研发经费支出(万元)': 'DOUBLE',
      从业人员年平均人数: 'DOUBLE',
    })}) s USING (credit_code)`;
}

/**
 * The final SELECT of the wide output: scored firms, then out-of-scope ones.
 * @param {string} classOf
 */
function wideSelect(classOf) {
  const perIndicator = IDS.map((id) => `printf('%.6g', v_${id}) AS value_${id}, printf('%.2f', s_${id}) AS score_${id}`).join(', ');
  const blanks = IDS.map((id) => `NULL AS value_${id}, NULL AS score_${id}`).join(', ');
  return `SELECT * FROM (
    SELECT 0 AS part, credit_code, name, county, CASE grp WHEN 'above-scale' THEN '规上工业企业' WHEN 'below-scale' THEN '规下工业企业（用地 3 亩及以上）' ELSE '重点排污企业' END AS "group",
           '已评价' AS status, ${classOf} AS class,
           CAST(total AS DECIMAL(18, 2)) AS total, rnk AS rank, n AS pool_size, land_mu, ${perIndicator}, NULL AS note
    FROM ranked
    UNION ALL
    SELECT 1, credit_code, name, county, '规下工业企业（用地 3 亩及以上）', '排除：规下且用地低于门槛', NULL, NULL, NULL, NULL, land_mu,
           ${blanks}, '规下企业用地 ' || CAST(land_mu AS VARCHAR) || ' 亩低于 ${LAND_THRESHOLD_MU} 亩'
    FROM src WHERE grp IS NULL
  ) ORDER BY part, "group", county, rank, credit_code`;
}

/**
 * Runs the job; returns the number of results written.
 * @param {string} input
 * @param {string} output
 * @param {{ threads?: number, wide?: boolean, five?: boolean }} [options]
 */
export async function runDuckdb(input, output, options = {}) {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(options.threads ?? 2) });
  const connection = await instance.connect();
  try {
    const result = await connection.run(jobSql(resolve(input), resolve(output), { wide: options.wide === true, five: options.five === true }));
    return Number(result.rowsChanged);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node bench/contenders/duckdb.mjs <input.csv | five-file dir --five> <results.csv> [--threads 2] [--wide]');
    process.exit(2);
  }
  const t = process.argv.indexOf('--threads');
  const n = await runDuckdb(input, output, {
    threads: t > 0 ? Number(process.argv[t + 1]) : 2,
    wide: process.argv.includes('--wide'),
    five: process.argv.includes('--five'),
  });
  console.log(JSON.stringify({ rows: n }));
}
