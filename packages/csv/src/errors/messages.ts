import type { Bilingual } from '@mujun/core';
import type { RowErrorCode } from './rowError.js';

const q = (s: string) => JSON.stringify(s);

/**
 * The bilingual message for a row error in column `c` with the cell's text `value` (and `why`, an
 * explanation already bilingual): what was wrong, what was expected and what was found.
 */
export function messageFor(code: RowErrorCode, c: string, value: string, why?: Bilingual): Bilingual {
  // A cell may hold up to 1 MiB: a message shows its start, so it stays one readable line.
  const v = value.length > 80 ? `${value.slice(0, 40)}…` : value;
  switch (code) {
    case 'missing-credit-code':
      return { zh: `统一社会信用代码（列“${c}”）为空`, en: `the credit code (column ${q(c)}) is empty` };
    case 'invalid-credit-code':
      return {
        zh: `统一社会信用代码“${v}”无效：${why?.zh ?? ''}`,
        en: `credit code ${q(v)} is invalid: ${why?.en ?? ''}`,
      };
    case 'duplicate-credit-code':
      return {
        zh: `统一社会信用代码 ${v} 在本文件中重复出现且内容不一致${why ? `（${why.zh}）` : ''}`,
        en: `credit code ${v} appears on several rows of this file with different values${why ? ` (${why.en})` : ''}`,
      };
    case 'missing-name':
      return { zh: `企业名称（列“${c}”）为空`, en: `the enterprise name (column ${q(c)}) is empty` };
    case 'invalid-number':
      return {
        zh: `列“${c}”应为数字，实为“${v}”${why ? `（${why.zh}）` : ''}`,
        en: `column ${q(c)} expects a number, found ${q(v)}${why ? ` (${why.en})` : ''}`,
      };
    case 'non-finite-number':
      return { zh: `列“${c}”应为有限数值，实为“${v}”`, en: `column ${q(c)} expects a finite number, found ${q(v)}` };
    case 'scientific-notation':
      return {
        zh: `列“${c}”的值“${v}”为科学计数法，Excel 导出时可能已舍入；请设为数值或文本格式后重新导出`,
        en: `column ${q(c)} holds ${q(v)} in scientific notation, which Excel may have rounded; re-export with a number or text format`,
      };
    case 'unexpected-percent':
      return {
        zh: `列“${c}”应为绝对数值而非百分数，实为“${v}”`,
        en: `column ${q(c)} expects an absolute figure, not a percentage; found ${q(v)}`,
      };
    case 'negative-value':
      return { zh: `列“${c}”不能为负数，实为“${v}”`, en: `column ${q(c)} cannot be negative, found ${q(v)}` };
    case 'invalid-scale':
      return {
        zh: `列“${c}”应为 规上/规下（规模以上/规模以下、above/below），实为“${v}”`,
        en: `column ${q(c)} expects above/below (规上/规下), found ${q(v)}`,
      };
    case 'invalid-boolean':
      return {
        zh: `列“${c}”应为 是/否（true/false、Y/N、1/0），实为“${v}”`,
        en: `column ${q(c)} expects yes/no (是/否, true/false, Y/N, 1/0), found ${q(v)}`,
      };
    case 'invalid-date':
      return {
        zh: `列“${c}”应为日期（如 2020-01-31、2020/1/31、2020年1月31日），实为“${v}”`,
        en: `column ${q(c)} expects a date such as 2020-01-31, found ${q(v)}`,
      };
    case 'invalid-industry-code':
      return {
        zh: `列“${c}”应为国民经济行业代码（如 C3311 或 3311），实为“${v}”`,
        en: `column ${q(c)} expects a GB/T 4754 industry code such as C3311 or 3311, found ${q(v)}`,
      };
    case 'extra-cells':
      return {
        zh: `该行的非空单元格多于表头列数${why ? `（${why.zh}）` : ''}`,
        en: `the row has more non-empty cells than the header has columns${why ? ` (${why.en})` : ''}`,
      };
    case 'swallowed-lines':
      return {
        zh: `第 ${v} 行被一个未配对的引号并成了一条记录，整条拒收${why ? `（${why.zh}）` : ''}；请检查这几行的引号后重新导出`,
        en: `lines ${v} were joined into one record by an unpaired quote and are all rejected${why ? ` (${why.en})` : ''}; check the quotes on these lines and export again`,
      };
    case 'missing-scale':
      return {
        zh: `没有任何来源提供规模（规上/规下），且未设置默认规模`,
        en: `no source gives the scale (above/below) and no default scale is set`,
      };
    case 'too-many-digits':
      return {
        zh: `列“${c}”的数值“${v}”超过 15 位有效数字`,
        en: `column ${q(c)} holds ${q(v)}, more than 15 significant digits`,
      };
  }
}
