/**
 * Test data: a seeded messy bureau export in one file — BOM, a title line, CRLF, quoted cells
 * with commas, quotes and line breaks, blank lines, a summary row, invalid and missing codes,
 * identical and conflicting duplicates, units in a header (元), flags and violations, dates,
 * exempt industries, blanks, zero and negative figures, numbers with thousands separators.
 */
import { creditCodeCheckCharacter } from '@mujun/core';

/** A valid unified social credit code, the n-th of a made-up series. */
export function creditCode(n: number): string {
  const body = `913204${String(n).padStart(11, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

/** A messy CSV of about `n` data rows, the same bytes for the same seed. */
export function messyCsv(n: number, seed = 7): string {
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const fig = (scale: number, decimals: number) => (rnd() < 0.04 ? '' : (rnd() * scale).toFixed(decimals));
  const lines: string[] = [
    '\ufeff常州市工业企业资源利用情况表（2024 年度）',
    '',
    'credit_code,name,county,industry_code,scale,key_polluter,land_mu,tax_yuan,sales_wan,value_added_wan,energy_tce,emission_eq,employees,rd_wan,production_start_date,flags,violations',
  ];
  const rows: string[] = [];
  for (let k = 0; k < n; k++) {
    const r = rnd();
    const cc = r < 0.01 ? `${creditCode(k).slice(0, 17)}0` : r < 0.015 ? '' : creditCode(k);
    const name = pick([
      '常州精密机械有限公司',
      '"常州华光, 纺织有限公司"',
      '"常州""新材料""科技有限公司"',
      '"常州\r\n换行电子有限公司"',
      '常州甲乙化工有限公司',
    ]);
    const county = pick(['武进区', '天宁区', '钟楼区', '新北区', '']);
    const industry = pick(['C3311', 'C3484', '3921', 'C2614', 'D4411', 'C1610', '']);
    const scale = pick(['above', 'below', '规上', '规下', '']);
    const kp = pick(['false', 'true', '否', '', 'false', 'false']);
    const land = pick([fig(80, 2), fig(5, 2), '0', '-2', '2.9999', '3', fig(20, 4)]);
    const tax = rnd() < 0.3 ? `"${Math.floor(rnd() * 9e6).toLocaleString('en-US')}"` : fig(9e5, 0);
    const start = pick(['', '', '2001-05-01', '2023-09-01', '2024-04-15']);
    const flags = pick(['', '', '', '高新技术企业', '"专精特新;高企"', 'unknown-flag']);
    const violations = pick(['', '', '', '', '安全生产事故', '环境违法']);
    rows.push(
      [
        cc,
        name,
        county,
        industry,
        scale,
        kp,
        land,
        tax,
        fig(9000, 2),
        fig(2000, 2),
        fig(500, 3),
        fig(300, 4),
        String(1 + Math.floor(rnd() * 300)),
        fig(50, 2),
        start,
        flags,
        violations,
      ].join(','),
    );
    if (rnd() < 0.01) rows.push(rows[rows.length - 1]!); // an identical repeat
    if (rnd() < 0.01) rows.push(`${cc},${name},${county},${industry},${scale},${kp},1,1,1,1,1,1,1,1,,,`); // a conflicting duplicate
    if (rnd() < 0.005) rows.push('');
    if (rnd() < 0.005) rows.push(`${creditCode(k + 1e6)},常州文本有限公司,武进区,C3311,above,false,10,待核实,1,1,1,1,1,1,,,`);
  }
  rows.splice(Math.floor(rows.length / 2), 0, '合计,,,,,,,,,,,,,,,,');
  return [...lines, ...rows].join('\r\n') + '\r\n';
}
