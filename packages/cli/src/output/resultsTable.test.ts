/**
 * The results table written in bytes (@mujun/csv's scoreFiles: one thread, or the pools in two
 * threads and the file read in parallel parts; evaluationCsv, with the policy columns) is the
 * table of string cells (resultsTable, the workbook's) written by @mujun/csv's CSV writer of rows,
 * byte for byte: both follow @mujun/csv's resultsLayout. And those cells are what evaluate()'s
 * result objects say, shown as the layout shows them. On a messy generated file, with and without
 * adjustments, zh and en headers, GBK, and on figures whose values lie exactly halfway between two
 * six-digit values (the float cannot decide them: the exact value prints them). Workers run
 * compiled code, so scoreFiles comes from packages/csv/dist (run `npx pnpm@12.4.2 build` first).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnarFromRecords, evaluate, evaluateColumnar, getPreset, parseScheme, type Scheme } from '@mujun/core';
import type { ResultColumn } from '@mujun/csv';
import { toSignificant } from '@mujun/core';
import { evaluationCsv, readSources, writeResultsCsv } from '@mujun/csv/node';
import { applyPoliciesToColumns, getPolicyPreset, type PolicyOutcome } from '@mujun/policy';
import { describe, expect, test } from 'vitest';
import { creditCode, messyCsv } from '../../../csv/src/test/messyCsv.js';
import { resultsTable } from './resultsTable.js';
import type { ScoreRun } from '../run/scoreRun.js';

const DIST = new URL('../../../csv/dist/node.js', import.meta.url);

/** A run of `file` (the engine's columns, policies when given) as the table needs it. */
async function runOf(file: string, scheme: Scheme, policies?: (run: ScoreRun) => PolicyOutcome): Promise<ScoreRun> {
  const read = await readSources([file]);
  const records = read.records.map((m) => m.record);
  const run = {
    columns: evaluateColumnar(columnarFromRecords(records), scheme),
    rejected: [],
    cellProblems: [],
    summaryRows: 0,
  } as unknown as ScoreRun;
  if (policies) run.policies = policies(run);
  return run;
}

/** The table of string cells (the workbook's) written by @mujun/csv's CSV writer of rows. */
async function fromCells(file: string, scheme: Scheme, headers: 'zh' | 'en', encoding: 'utf8-bom' | 'gbk', run?: ScoreRun): Promise<Buffer> {
  const table = resultsTable(run ?? (await runOf(file, scheme)), headers);
  const columns: ResultColumn<string[]>[] = table.columns.map((c, i) => ({ id: c.en, zh: c.zh, en: c.en, kind: c.kind ?? 'text', value: (row) => row[i] }));
  return Buffer.concat(await writeResultsCsv(table.rows, columns, { encoding, headers }).toArray());
}

/** Figures whose indicator values are exactly halfway between two six-digit values, in several pools. */
function halfwayCsv(): string {
  const halves = ['1.234565', '98.76545', '0.1000005', '123456.5', '7.000005', '33.33335'];
  // c × 10^k, moving the decimal point in the text (exact; a float product would not be).
  const shift = (c: string, k: number) => {
    const [int, frac = ''] = c.split('.') as [string, string?];
    const digits = int + frac.padEnd(k, '0');
    const point = int.length + k;
    const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
    const rest = digits.slice(point).replace(/0+$/, '');
    return rest === '' ? whole : `${whole}.${rest}`;
  };
  const rows = ['credit_code,name,county,industry_code,scale,key_polluter,land_mu,tax_wan,sales_wan,value_added_wan,energy_tce,emission_eq,employees,rd_wan'];
  for (let k = 0; k < 600; k++) {
    const land = [1, 10, 100][k % 3]!;
    const c = halves[k % halves.length]!;
    const d = halves[(k + 1) % halves.length]!;
    const tax = shift(c, Math.log10(land));
    const county = ['天宁区', '钟楼区', '武进区', '新北区'][k % 4]!;
    rows.push(
      [
        creditCode(k),
        `企业${k}`,
        county,
        'C3311',
        k % 5 === 0 ? 'below' : 'above',
        'false',
        String(land),
        tax,
        shift(d, Math.log10(land) + 1),
        tax,
        '1',
        '1',
        '1',
        d,
      ].join(','),
    );
  }
  // rd_wan 0.04 over sales_wan 100000: an R&D intensity of 4 × 10⁻⁷, shown as a plain decimal.
  rows.push([creditCode(900), '企业900', '天宁区', 'C3311', 'above', 'false', '10', '5', '100000', '5', '1', '1', '1', '0.04'].join(','));
  return rows.join('\n') + '\n';
}

describe('results table: bytes from columns = the table of cells', async () => {
  if (!existsSync(fileURLToPath(DIST))) throw new Error('packages/csv/dist is missing: run `npx pnpm@12.4.2 build` first');
  const { scoreFiles } = (await import(DIST.href)) as typeof import('@mujun/csv/node');
  const dir = mkdtempSync(join(tmpdir(), 'mujun-table-'));
  const messy = join(dir, 'messy.csv');
  const halfway = join(dir, 'halfway.csv');
  writeFileSync(messy, messyCsv(1500));
  writeFileSync(halfway, halfwayCsv());
  // Rented floor at a plot ratio of 0.7: effective land of 40 significant digits (a wide cell).
  const floor = join(dir, 'floor.csv');
  const halfwayLines = halfwayCsv().trimEnd().split('\n');
  writeFileSync(floor, `${halfwayLines.map((l, k) => `${l},${k === 0 ? 'rented_floor_m2' : '1234.5'}`).join('\n')}\n`);
  const floorScheme = parseScheme({ ...getPreset('changzhou-wujin'), id: 'rented-floor', land: { includeRentedFloor: true, plotRatio: 0.7 } });
  const adjusted = parseScheme({
    ...getPreset('changzhou-wujin'),
    id: 'with-adjustments',
    adjustments: {
      bonuses: [
        { flag: 'high-tech', points: 2.5 },
        { flag: 'specialised-new', points: 1 },
      ],
      penalties: [{ flag: 'environmental-violation', points: 3 }],
      vetoes: [{ flag: 'safety-accident', effect: 'forceD' }],
    },
  });
  const cases: [string, string, Scheme, 'zh' | 'en', 'utf8' | 'gbk'][] = [
    ['messy file, default scheme', messy, getPreset(), 'zh', 'utf8'],
    ['messy file, bonuses, penalties and vetoes', messy, adjusted, 'zh', 'utf8'],
    ['messy file, English headers, GBK', messy, getPreset(), 'en', 'gbk'],
    ['messy file, bonuses, penalties and vetoes, English', messy, adjusted, 'en', 'utf8'],
    ['halfway values, default scheme', halfway, getPreset(), 'zh', 'utf8'],
    ['rented floor: land of 40 digits, every digit shown', floor, floorScheme, 'zh', 'utf8'],
  ];
  test.each(cases)('%s', async (_name, file, scheme, headers, encoding) => {
    const reference = await fromCells(file, scheme, headers, encoding === 'gbk' ? 'gbk' : 'utf8-bom');
    const oneThread = join(dir, 'one.csv');
    const twoThreads = join(dir, 'two.csv');
    const one = await scoreFiles([file], scheme, { out: oneThread, headers, encoding, minSplitBytes: Infinity, parallelFrom: Infinity });
    const stages: string[] = [];
    await scoreFiles([file], scheme, { out: twoThreads, headers, encoding, minSplitBytes: 1, parallelFrom: 1, onStage: (s) => stages.push(s) });
    expect(stages.some((s) => /scored \(worker\)/.test(s))).toBe(true);
    expect(readFileSync(oneThread).equals(reference)).toBe(true);
    expect(readFileSync(twoThreads).equals(reference)).toBe(true);
    expect(one.scored).toBeGreaterThan(300);
  });

  test("the cells are in the headers' language: no English in a Chinese table, no Chinese words in an English one", async () => {
    const small = join(dir, 'small.csv');
    writeFileSync(
      small,
      [
        'credit_code,name,county,industry_code,scale,key_polluter,land_mu,tax_wan,sales_wan,value_added_wan,energy_tce,emission_eq,employees,rd_wan,flags',
        '91320402367841025P,甲公司,天宁区,C3311,above,false,10,50,1000,200,10,5,20,30,高新技术企业',
        '91320402179938671P,乙公司,天宁区,C3311,above,false,20,40,800,100,10,5,20,,',
        '91320404007975855D,丙水务公司,天宁区,D4610,above,false,30,10,100,50,10,5,20,1,',
      ].join('\n'),
    );
    const classNames = {
      zh: { A: '优先发展类', B: '鼓励提升类', C: '帮扶转型类', D: '倒逼整治类' },
      en: { A: 'priority development', B: 'encouraged improvement', C: 'assisted transformation', D: 'forced rectification' },
    };
    const expected = {
      zh: {
        group: '规上工业企业',
        scored: '已评价',
        bonus: '高新技术企业 +2.50分', // the points at the scheme's two decimals
        imputed: '研发经费占比',
        excluded: '排除：免评行业',
        detail: '免评行业 D46：水的生产和供应业（含污水处理）',
      },
      en: {
        group: 'Above designated size',
        scored: 'scored',
        bonus: 'high-tech enterprise +2.50 points',
        imputed: 'R&D intensity',
        excluded: 'excluded: exempt industry',
        detail: 'exempt industry D46: water supply and sewage treatment (utility)',
      },
    };
    for (const headers of ['zh', 'en'] as const) {
      const out = join(dir, `small-${headers}.csv`);
      await scoreFiles([small], adjusted, { out, headers });
      const bytes = readFileSync(out);
      expect(bytes.equals(await fromCells(small, adjusted, headers, 'utf8-bom'))).toBe(true);
      const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      const header = lines[0]!.split(',');
      const rows = new Map(
        lines
          .slice(1)
          .map((l) => l.split(','))
          .map((cells) => [cells[2]!, cells]),
      );
      const at = (name: string, column: number) => rows.get(name)![column]!;
      const [group, status, klass, className, imputed, adjustments, detail] = [4, 5, 6, 7, header.length - 3, header.length - 2, header.length - 1];
      const e = expected[headers];
      for (const name of ['甲公司', '乙公司']) {
        expect([at(name, group), at(name, status)]).toEqual([e.group, e.scored]);
        expect(at(name, className)).toBe(classNames[headers][at(name, klass) as 'A' | 'B' | 'C' | 'D']);
      }
      expect(at('甲公司', adjustments)).toBe(e.bonus);
      expect(at('乙公司', imputed)).toBe(e.imputed);
      expect([at('丙水务公司', status), at('丙水务公司', detail)]).toEqual([e.excluded, e.detail]);
    }
  });

  test('a score out of range is the CoreError naming the firm, from this thread and from the worker', async () => {
    // Three counties of four firms; one firm's land is 10⁻¹⁵ 亩 (its per-mu scores, about 10¹⁶ points,
    // cannot be held exactly). In 天宁区 (first pool) this thread meets it; in 钟楼区 (last pool) the worker does.
    const csv = (county: string) => {
      const rows = ['credit_code,name,county,industry_code,scale,land_mu,tax_wan,sales_wan,value_added_wan,energy_tce,employees'];
      ['天宁区', '武进区', '钟楼区'].forEach((c, p) => {
        for (let k = 0; k < 4; k++) {
          const land = c === county && k === 0 ? `0.${'0'.repeat(14)}1` : String(8 + k);
          rows.push([creditCode(100 * p + k), `企业${p}${k}`, c, 'C3311', 'above', land, 20 + k, 300 + k, 90 + k, 15 + k, 40 + k].join(','));
        }
      });
      return `${rows.join('\n')}\n`;
    };
    for (const [county, tiny, thread] of [
      ['天宁区', creditCode(0), 'this thread'],
      ['钟楼区', creditCode(200), 'worker'],
    ] as const) {
      const file = join(dir, `tiny-land-${thread}.csv`);
      writeFileSync(file, csv(county));
      const stages: string[] = [];
      const run = scoreFiles([file], getPreset('zhejiang-huangyan-2022'), { out: join(dir, 'never.csv'), parallelFrom: 1, onStage: (s) => stages.push(s) });
      await expect(run, thread).rejects.toMatchObject({ name: 'CoreError', code: 'score-out-of-range', message: expect.stringContaining(tiny) });
      // The worker's refusal comes after this thread scored its own pools.
      expect(
        stages.some((s) => /scored \(this thread\)/.test(s)),
        thread,
      ).toBe(thread === 'worker');
      expect(existsSync(join(dir, 'never.csv'))).toBe(false);
    }
  });

  test('a reader that stops early: the run fails as the pipe did, and leaves nothing in the temporary folder', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mujun-tmp-'));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = tmp;
    try {
      // Takes the first chunk, then fails as a closed pipe does (`score … | head -c 100`).
      const closed = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('closed'), { code: 'EPIPE' })) });
      await expect(scoreFiles([messy], getPreset(), { out: closed, parallelFrom: 1 })).rejects.toMatchObject({ code: 'EPIPE' });
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
    expect(readdirSync(tmp)).toEqual([]);
  });

  test.each([
    ['messy file', messy, 'zh'],
    ['messy file, English', messy, 'en'],
    ['halfway values', halfway, 'zh'],
  ] as const)('with the policy columns, %s: evaluationCsv = the table of cells', async (_name, file, headers) => {
    const catalog = getPolicyPreset('zhejiang-2019-land-tax');
    const run = await runOf(file, getPreset(), (r) => applyPoliciesToColumns(r.columns, catalog, { settings: { 'land-use-tax-rate': '4' } }));
    const firms = run.policies!.firms;
    expect(firms.filter((f) => f.measures.length > 0).length).toBeGreaterThan(50);
    const byCode = new Map(firms.map((f) => [f.creditCode, f]));
    const policies = (i: number) => {
      const f = byCode.get(run.columns.records.creditCode[i]!);
      return f && { surcharge: f.surcharge, relief: f.relief, measures: f.measures.map((m) => m.name[headers]).join(headers === 'zh' ? '；' : ';') };
    };
    const reference = await fromCells(file, getPreset(), headers, 'utf8-bom', run);
    // In this thread (the sources), and with a worker thread writing the last pools' lines (the build's worker).
    const { evaluationCsv: compiled } = (await import(DIST.href)) as typeof import('@mujun/csv/node');
    for (const [write, parallelFrom] of [
      [evaluationCsv, Infinity],
      [compiled, 1],
    ] as const) {
      const chunks: Buffer[] = [];
      for await (const chunk of write(run.columns, { headers, policies, parallelFrom })) chunks.push(Buffer.from(chunk));
      expect(Buffer.concat(chunks).equals(reference)).toBe(true);
    }
  });

  test.each([
    ['messy file', messy, getPreset()],
    ['messy file, bonuses, penalties and vetoes', messy, adjusted],
    ['halfway values', halfway, getPreset()],
  ] as const)("the table's cells are evaluate()'s results as the layout shows them: %s", async (_name, file, scheme) => {
    const run = await runOf(file, scheme);
    const rows = new Map([...resultsTable(run, 'en').rows].map((r) => [r[1]!, r]));
    const header = resultsTable(run, 'en').columns.map((c) => c.en);
    const evaluation = evaluate(
      (await readSources([file])).records.map((m) => m.record),
      scheme,
    );
    let values = 0;
    for (const r of evaluation.results) {
      const row = rows.get(r.creditCode)!;
      const cell = (id: string) => row[header.indexOf(id)];
      expect([cell('total'), cell('class'), cell('rank'), cell('pool_size'), cell('land_mu')]).toEqual([
        r.total,
        r.class,
        String(r.rank),
        String(r.poolSize),
        r.landMu,
      ]);
      for (const i of r.indicators) {
        expect([cell(i.id), cell(`${i.id}_score`)]).toEqual([i.value === null ? '' : toSignificant(i.value, 6), i.score]);
        values++;
      }
    }
    expect(values).toBeGreaterThan(1000);
    expect(rows.size).toBe(evaluation.results.length + evaluation.excluded.length);
  });

  test('halfway values round half-up, and a tiny value is a plain decimal', async () => {
    const out = join(dir, 'h.csv');
    await scoreFiles([halfway], getPreset(), { out });
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(',1.23457,');
    expect(text).toContain(',0.0000004,');
    expect(text).not.toMatch(/\de-\d/);
  });
});
