import { type Bilingual, type ColumnarRecords, FIGURES, compareText } from '@mujun/core';
import type { ReadWarning } from '../read/warning.js';
import { blankCountyFirms } from './blankCounty.js';
import type { NeededFigure } from './figuresNeeded.js';

/** A data problem that can change who is scored or in which class, with how to fix it. */
export interface DataWarning {
  code: 'figure-absent' | 'figure-missing' | 'scale-defaulted' | 'unit-assumed' | 'rows-rejected' | 'unknown-column' | 'county-missing';
  /** `error`: the run cannot give the scheme's results (a needed figure no file has); `warning`: it can, with the problem said. */
  severity: 'error' | 'warning';
  /** Source name; "" for a problem of the merged data. */
  source: string;
  /** Firms or rows concerned (the message says which). */
  count: number;
  /** One line each, the way to fix it included; the Chinese line has no English words (option names and file names aside). */
  message: Bilingual;
}

/** What the reading and merging reported (structurally @mujun/csv's ReadResult, or what a caller made of it). */
export interface DataCheckInput {
  sources: readonly { source: string; file: { columns: readonly { header: string; field: string; unit?: string }[]; unknownColumns: readonly string[] } }[];
  accounting: { sources: readonly { source: string; rows: number; rejected: number }[] };
  /** Rejected rows or their problems: only source, code and the cell as written are read. */
  rejected: readonly { source: string; code: string; value: string }[];
  warnings: readonly ReadWarning[];
  /** The merged enterprises, as columns: their number and counties are read. */
  records: ColumnarRecords;
  /** What the scheme needs ({@link figuresNeeded}). */
  needed: readonly NeededFigure[];
  /** The scheme's pooling (default: by county, a firm without one excluded — the schema's defaults). */
  pooling?: { poolByCounty: boolean; blankCounty: 'exclude' | 'ownPool' };
}

/** A source whose share of rejected rows reaches this is reported (1 %: a few bad rows are the cross-check line's business). */
export const REJECTED_SHARE = 0.01;

/** For a unit assumed, the other unit exports most often use (the example in the message). */
const OTHER_UNIT: Readonly<Record<string, string>> = { 万元: '元', 亩: '平方米', 万千瓦时: '千瓦时', 吨标准煤: '千克标准煤', 吨: '千克' };

/** A credit code that Excel stored as a number and wrote back in exponent form: 9.13204E+17. */
const EXCEL_NUMBER = /^\d(\.\d+)?e\+?\d+$/i;

const quoted = (headers: readonly string[]): string => headers.map((h) => `“${h}”`).join('、');
const quotedEn = (headers: readonly string[]): string => headers.map((h) => JSON.stringify(h)).join(', ');
const percent = (part: number, whole: number): string => (Math.round((part * 1000) / whole) / 10).toString();

/**
 * The data problems of a run that change who is scored or in which class (pure), each with a count
 * and the way to fix it: a figure the scheme needs that no file has (an error), the scale defaulted,
 * firms without a county while others have one, units assumed for a header without one, a source
 * with many rows rejected, unknown columns.
 */
export function dataWarnings(input: DataCheckInput): DataWarning[] {
  const out: DataWarning[] = [];
  const firms = input.records.length;
  const unknown = input.sources.flatMap((s) => s.file.unknownColumns);
  const hint: Bilingual = unknown.length === 0 ? { zh: '', en: '' } : { zh: `；未识别的列：${quoted(unknown)}`, en: `; unknown columns: ${quotedEn(unknown)}` };
  const given = new Set(input.sources.flatMap((s) => s.file.columns.map((c) => c.field)));
  for (const need of input.needed) {
    if (need.figure === 'scale' || need.fields.some((f) => given.has(f))) continue;
    const f = FIGURES[need.figure];
    const who: Bilingual =
      need.groups.length === 0 ? { zh: '所有企业', en: 'every firm' } : { zh: need.groups.join('、'), en: `the groups ${need.groups.join(', ')}` };
    const consequence: Bilingual = need.required
      ? { zh: '无法评价', en: 'cannot be scored' }
      : {
          zh: '在用到它的指标上得分全都相同（零分或平均分），类别因此不实',
          en: 'all score alike on the indicators that use it (zero or the pool average), so their classes are not the scheme’s',
        };
    out.push({
      code: 'figure-absent',
      severity: need.required ? 'error' : 'warning',
      source: '',
      count: need.firms,
      message: {
        zh: `没有任何输入文件含有${f.name.zh}（评价方案对${who.zh}需要此项）：${need.firms} 家企业${consequence.zh}；${f.name.zh}通常见于${f.bureau.zh}，请加入该文件，或用 --mapping 映射文件说明其列名${hint.zh}`,
        en: `no input file has ${f.name.en} (the scheme needs it for ${who.en}): ${need.firms} firms ${consequence.en}; it usually comes from ${f.bureau.en}: add that file, or name its column in a --mapping file${hint.en}`,
      },
    });
  }
  const blank = blankCountyWarning(input);
  if (blank !== null) out.push(blank);
  const needsScale = input.needed.some((n) => n.figure === 'scale');
  for (const w of input.warnings) {
    if (w.code === 'scale-defaulted' && needsScale) {
      const n = w.count ?? 0;
      const taken = /taken as above/.test(w.message.en) ? { zh: '规上', en: 'above' } : { zh: '规下', en: 'below' };
      out.push({
        code: 'scale-defaulted',
        severity: 'warning',
        source: '',
        count: n,
        message: {
          zh: `${n} 家企业（共 ${firms} 家）没有任何文件给出规模（规上/规下），一律按${taken.zh}评价，可能因此分错组或被排除：规模通常见于${FIGURES.scale.bureau.zh}；请检查其列名（score validate 列出未识别的列），或用 --mapping 映射文件说明`,
          en: `${n} of ${firms} firms have no scale (above/below) in any file and are all taken as ${taken.en}, which may put them in the wrong group or out of scope: the scale usually comes from ${FIGURES.scale.bureau.en}; check its header (score validate lists unknown columns) or name it in a --mapping file`,
        },
      });
    }
  }
  for (const s of input.sources) {
    const counts = input.accounting.sources.find((a) => a.source === s.source);
    const rows = counts?.rows ?? 0;
    for (const w of input.warnings) {
      if (w.code !== 'unit-assumed' || w.source !== s.source || w.column === undefined) continue;
      const unit = s.file.columns.find((c) => c.header === w.column)?.unit ?? '';
      const other = OTHER_UNIT[unit] ?? '元';
      out.push({
        code: 'unit-assumed',
        severity: 'warning',
        source: s.source,
        count: rows,
        message: {
          zh: `${s.source}：列“${w.column}”未注明单位，${rows} 行按“${unit}”读取；若实际单位不同（如${other}），请在列名中注明，如“${w.column}(${other})”，或在 --mapping 映射文件中写明单位`,
          en: `${s.source}: column ${JSON.stringify(w.column)} names no unit, so ${rows} rows were read in ${unit}; if the file uses another unit (such as ${other}), write it in the header, e.g. "${w.column}(${other})", or give the unit in a --mapping file`,
        },
      });
    }
    const rejected = counts?.rejected ?? 0;
    if (rows > 0 && rejected >= rows * REJECTED_SHARE) out.push(rejectedWarning(s.source, rejected, rows, input.rejected));
    if (s.file.unknownColumns.length > 0) {
      const k = s.file.unknownColumns.length;
      out.push({
        code: 'unknown-column',
        severity: 'warning',
        source: s.source,
        count: k,
        message: {
          zh: `${s.source}：${k} 列未识别，其数据未使用：${quoted(s.file.unknownColumns)}；若其中有评价所需的数据，请用 --mapping 映射文件说明列名（可用列名见 docs/headers.md）`,
          en: `${s.source}: ${k} column(s) not recognised, their data unused: ${quotedEn(s.file.unknownColumns)}; if one holds data the evaluation needs, name it in a --mapping file (known headers: docs/headers.md)`,
        },
      });
    }
  }
  return out;
}

/** Firms without a county while others have one, under a scheme that pools by county. */
function blankCountyWarning(input: DataCheckInput): DataWarning | null {
  const pooling = input.pooling ?? { poolByCounty: true, blankCounty: 'exclude' };
  const n = pooling.poolByCounty ? blankCountyFirms(input.records).length : 0;
  if (n === 0) return null;
  const firms = input.records.length;
  const what: Bilingual =
    pooling.blankCounty === 'exclude'
      ? { zh: '这些企业不参加评价（排除原因：未填县区）', en: 'they are not scored (excluded as county-missing)' }
      : { zh: '这些企业合为一个不分县区的评价池，与各县区分别排名', en: 'they form one pool without a county, ranked apart from every county' };
  return {
    code: 'county-missing',
    severity: 'warning',
    source: '',
    count: n,
    message: {
      zh: `${n} 家企业（共 ${firms} 家）未填县区，而其他企业填有县区：${what.zh}；请在来源文件中补填县区，或用 --mapping 映射文件说明县区列；逐家列出见 score validate`,
      en: `${n} of ${firms} firms have no county while others have one: ${what.en}; fill in their county in the source file, or name the county column in a --mapping file; score validate lists them`,
    },
  };
}

/** Short Chinese names of @mujun/csv's row error codes, for the one-line summary. */
const CAUSE_ZH: Readonly<Record<string, string>> = {
  'missing-credit-code': '信用代码为空',
  'invalid-credit-code': '信用代码无效',
  'duplicate-credit-code': '同一信用代码多行且数值不同',
  'missing-name': '企业名称为空',
  'invalid-number': '数字无法识别',
  'non-finite-number': '非有限数字',
  'scientific-notation': '数字为科学计数法',
  'unexpected-percent': '数字带百分号',
  'negative-value': '不应为负的数为负',
  'invalid-scale': '规模无法识别',
  'invalid-boolean': '是否无法识别',
  'invalid-date': '日期无效',
  'invalid-industry-code': '行业代码无效',
  'extra-cells': '单元格多于表头',
  'missing-scale': '缺少规模',
};

function rejectedWarning(source: string, rejected: number, rows: number, problems: DataCheckInput['rejected']): DataWarning {
  const own = problems.filter((p) => p.source === source);
  const excel = own.filter((p) => p.code === 'invalid-credit-code' && EXCEL_NUMBER.test(p.value.trim()));
  const byCode = new Map<string, number>();
  for (const p of own) byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
  const [topCode, topCount] = [...byCode].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0] ?? ['', 0];
  const cause: Bilingual =
    excel.length > 0
      ? {
          zh: `其中 ${excel.length} 行的信用代码被电子表格存成了科学计数法（如“${excel[0]!.value.trim()}”）：请从原系统重新导出，或把该列设为文本格式后再保存`,
          en: `${excel.length} of them hold a credit code a spreadsheet turned into a number (e.g. "${excel[0]!.value.trim()}"): export again from the source system, or format that column as text before saving`,
        }
      : { zh: `最常见的原因：${CAUSE_ZH[topCode] ?? '见逐行原因'}（${topCount} 行）`, en: `most often ${topCode} (${topCount} rows)` };
  return {
    code: 'rows-rejected',
    severity: 'warning',
    source,
    count: rejected,
    message: {
      zh: `${source}：${rows} 行中 ${rejected} 行（${percent(rejected, rows)}%）被拒收，这些企业缺少该文件的数据；${cause.zh}；逐行原因见 score validate`,
      en: `${source}: ${rejected} of ${rows} rows (${percent(rejected, rows)}%) rejected, so those firms lack this file's data; ${cause.en}; score validate lists each row`,
    },
  };
}
