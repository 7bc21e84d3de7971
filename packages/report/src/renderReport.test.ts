import { describe, expect, it } from 'vitest';
import { evaluate } from '@mujun/core';
import { EVIL_NAME, sampleReportInput, sampleScheme } from '../test/sample.js';
import { PAGE_SCRIPT } from './client/script.js';
import { renderReport } from './index.js';
import type { ReportInput } from './index.js';

const input = sampleReportInput();
const html = renderReport(input);

/** The JSON the page script reads, with its table columns as rows. */
function embedded(page: string): {
  lang: string;
  head: { title: string; year: string; issuer: string };
  firms: { code: string; name: string; total: string; class: string }[];
  x: string[][];
} {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page);
  if (!m?.[1]) throw new Error('no embedded data');
  const data = JSON.parse(m[1]);
  const t = data.t as { code: string[]; name: string[]; total: string[]; cls: string[] };
  return { ...data, firms: t.code.map((code, i) => ({ code, name: t.name[i] ?? '', total: t.total[i] ?? '', class: t.cls[i] ?? '' })) };
}

describe('renderReport: self-contained', () => {
  it('references nothing outside the file', () => {
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/|file:)/i);
    expect(html).not.toMatch(/<link\b|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('has exactly two script elements: the data and the page script', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(PAGE_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });

  it('is deterministic', () => {
    expect(renderReport(sampleReportInput())).toBe(html);
  });
});

describe('renderReport: user data is text, never markup', () => {
  it('embeds the hostile name only in escaped form, and it parses back intact', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('\u2028');
    const data = embedded(html);
    expect(data.firms.map((f) => f.name)).toContain(EVIL_NAME);
  });

  it('escapes names shown in server-rendered tables (exclusions)', () => {
    const evil = sampleReportInput();
    const first = evil.evaluation.excluded[0];
    if (!first) throw new Error('sample has exclusions');
    first.name = '<img src=x onerror=alert(1)>';
    const page = renderReport(evil);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('renderReport: content', () => {
  const ev = input.evaluation;

  it('embeds every scored enterprise with its total and class', () => {
    const data = embedded(html);
    expect(data.firms).toHaveLength(ev.results.length);
    for (const r of ev.results) expect(data.firms).toContainEqual(expect.objectContaining({ code: r.creditCode, total: r.total, class: r.class }));
  });

  it('shows the accounting with rejected rows added to the evaluation’s records', () => {
    const count = (key: string): number => Number(new RegExp(`data-count="${key}"><div class="card-n">(\\d+)<`).exec(html)?.[1]);
    const rejected = input.rejected?.length ?? 0;
    expect(count('scored')).toBe(ev.accounting.scored);
    expect(count('excluded')).toBe(ev.accounting.excluded);
    expect(count('rejected')).toBe(rejected);
    expect(count('rows')).toBe(ev.accounting.records + rejected);
  });

  it('draws one histogram per pool whose bars count every firm of the pool', () => {
    for (const pool of ev.pools) {
      const fig = new RegExp(`<figure class="hist" data-pool="${pool.pool}">([\\s\\S]*?)</figure>`).exec(html)?.[1] ?? '';
      const counts = [...fig.matchAll(/<title>[^<]*? (\d+)<\/title>/g)].map((m) => Number(m[1]));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(pool.size);
    }
  });

  it('puts the leaders’ page first and the analyst’s accounting after it', () => {
    const summary = html.indexOf('id="summary"');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(html.indexOf('id="accounting"'));
  });

  it('titles the report with the district and year from the data, and embeds every excluded firm for its sheet', () => {
    const data = embedded(renderReport({ ...input, title: undefined, issuer: '示例区工业和信息化局' }));
    // The sample's firms are split 9 : 9 between two districts, so both are named (by code point on a tie).
    expect(data.head.title).toBe('天宁区、钟楼区 2024 年度亩均效益综合评价报告');
    expect(data.head.issuer).toBe('示例区工业和信息化局');
    expect(data.x.map((x) => x[0]).sort()).toEqual(ev.excluded.map((e) => e.creditCode).sort());
  });

  it('keeps firm names out of the sheets’ shared strings and detail: a sheet can only show its own firm', () => {
    const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
    const data = JSON.parse(m?.[1] ?? '{}') as { S: string[]; t: { detail: string[] } };
    const shared = data.S.join('\n') + data.t.detail.join('\n');
    for (const r of ev.results) expect(shared).not.toContain(r.name);
  });

  it('shows the migration matrix cells of the comparison', () => {
    const cmp = input.comparison;
    if (!cmp) throw new Error('sample has a comparison');
    for (const [from, row] of Object.entries(cmp.matrix)) {
      for (const [to, n] of Object.entries(row)) expect(html).toContain(`data-from="${from}" data-to="${to}">${n}<`);
    }
  });

  it('leaves out the sections whose inputs are absent', () => {
    const bare: ReportInput = { evaluation: ev };
    const page = renderReport(bare);
    expect(page).not.toContain('id="fiscal"');
    expect(page).not.toContain('id="migration"');
    expect(page).not.toContain('id="rejected-rows"');
  });
});

describe('renderReport: language', () => {
  it('is 中文 by default and English with lang "en"', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('数据核算');
    const en = renderReport({ ...input, lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Accounting');
    expect(en).not.toContain('数据核算');
    expect(embedded(en).lang).toBe('en');
  });
});

describe('renderReport: an evaluation with nobody in scope', () => {
  it('renders the accounting and an empty table', () => {
    const ev = evaluate([], sampleScheme());
    const page = renderReport({ evaluation: ev });
    expect(page).toContain('data-count="scored"><div class="card-n">0<');
    expect(embedded(page).firms).toEqual([]);
    expect(page).not.toContain('<figure');
  });
});
