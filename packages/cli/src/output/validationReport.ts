/**
 * The 比对 (cross-check) report of `score validate`: conflicts between bureaus, enterprises
 * missing from a bureau, rejected rows and summary rows — as text for people or JSON for tools.
 */
import { blankCountyFirms, conflictSummary, plausibilityFindings, type Implausibility } from '@mujun/csv';
import { SOURCE_KIND_LABELS } from '@mujun/core';
import type { Inputs } from '../run/inputs.js';

/** Figures of one firm that cannot all be right, with the file and line of each (when the merge kept provenance). */
function implausible(inputs: Inputs): Implausibility[] {
  // The merge gives an empty provenance when it kept none, so figures then name no file, as without it.
  return plausibilityFindings(inputs.merged.records, (i) => inputs.merged.provenance(i));
}

const REASONS = {
  prefer: '--prefer',
  scheme: '方案规定 the scheme',
  kind: '按来源类别 by kind of export',
  name: '同类按文件名 same kind, by file name',
} as const;

const show = (v: string | boolean): string => (typeof v === 'boolean' ? (v ? '是 yes' : '否 no') : JSON.stringify(v));

/** The report as JSON-ready data. */
export function validationJson(inputs: Inputs) {
  return {
    sources: inputs.sources,
    files: inputs.files,
    sourceAccounting: inputs.sourceAccounting,
    enterprises: inputs.merged.records.length,
    conflicts: inputs.conflicts,
    gaps: inputs.gaps,
    rejected: inputs.rejected,
    cellProblems: inputs.cellProblems,
    summaryRows: inputs.summaryRows,
    implausible: implausible(inputs),
    noCounty: blankCountyFirms(inputs.merged.records).map((i) => ({ creditCode: inputs.merged.records.creditCode[i]!, name: inputs.merged.records.name[i]! })),
    warnings: inputs.warnings.map((w) => ({ ...w, message: `${w.message.zh} / ${w.message.en}` })),
  };
}

/** The report as lines of text. */
export function validationText(inputs: Inputs): string {
  const lines: string[] = [`比对报告 cross-check report — 来源 sources: ${inputs.sources.length}; 企业 enterprises: ${inputs.merged.records.length}`, ''];
  for (const f of inputs.files) {
    const counts = inputs.sourceAccounting.sources.find((a) => a.source === f.source);
    lines.push(
      `${f.source}: ${f.file.encoding}, 表头第 ${f.file.headerRow} 行 header line ${f.file.headerRow}; ` +
        `数据行 rows ${counts?.rows ?? '?'} = 归集 merged ${counts?.merged ?? '?'} + 拒收 rejected ${counts?.rejected ?? '?'} + 合计 summary ${counts?.summary ?? '?'}${f.partial ? ' (名单 partial list)' : ''}`,
    );
    const kind = f.kind === null ? '未识别类别 kind not told by its columns' : `${SOURCE_KIND_LABELS[f.kind].zh} ${SOURCE_KIND_LABELS[f.kind].en}`;
    lines.push(`  类别 kind: ${kind} (${f.from === 'mapping' ? '映射文件指定 named in the mapping file' : '按列推断 inferred from its columns'})`);
    const columns = f.file.columns.map((c) => `${c.header} → ${c.column}${c.unit ? ` [${c.unit}]` : ''}`).join(', ');
    lines.push(`  列 columns: ${columns}${f.file.unknownColumns.length ? `; 忽略 ignored: ${f.file.unknownColumns.join(', ')}` : ''}`);
  }
  const within = inputs.conflicts.filter((c) => c.withinTolerance).length;
  lines.push('', `冲突 conflicts (${inputs.conflicts.length}; 超出容差 beyond the tolerance ${inputs.conflicts.length - within}, 容差内 within it ${within}):`);
  for (const g of conflictSummary(inputs.conflicts)) lines.push(`  ${g.message.zh} / ${g.message.en}`);
  for (const c of inputs.conflicts) {
    // Values are as read, converted to the field's canonical unit (元 → 万元 …): the source's
    // header goes in brackets so nobody takes the number for the cell's original text.
    const values = c.values.map((v) => `${v.source}:${v.row} [${v.column}] ${show(v.value)}`).join(' ≠ ');
    const numeric = c.values.every((v) => typeof v.value === 'string' && /^-?\d+(\.\d+)?$/.test(v.value));
    const unitNote = numeric ? '（已换算为标准单位 / in the canonical unit）' : '';
    const tolerance = c.withinTolerance ? ' [容差内 within tolerance]' : '';
    lines.push(`  ${c.creditCode} ${c.name} — ${c.field}${unitNote}${tolerance}: ${values} (采用 used: ${c.chosen}, ${REASONS[c.reason]})`);
  }
  lines.push('', `缺失 gaps (${inputs.gaps.length}):`);
  for (const g of inputs.gaps) {
    const why = g.reason === 'absent' ? '未列出 absent from' : '其行被拒收 rows rejected in';
    lines.push(`  ${g.creditCode} ${g.name} — ${why} ${g.source} (见于 present in ${g.presentIn.join(', ')})`);
  }
  lines.push('', `拒收行 rejected rows (${inputs.rejected.length}):`);
  for (const r of inputs.rejected) {
    for (const p of r.problems ?? [r]) lines.push(`  ${r.source}:${r.row} [${p.code}] ${p.column ? `${p.column}: ` : ''}${p.message.zh} / ${p.message.en}`);
  }
  if (inputs.cellProblems.length > 0) {
    lines.push('', `单元格问题 cell problems (${inputs.cellProblems.length}):`);
    for (const p of inputs.cellProblems) lines.push(`  ${p.source}:${p.row} [${p.code}] ${p.column}: ${p.message.zh} / ${p.message.en}`);
  }
  const findings = implausible(inputs);
  lines.push('', `不合常理 implausible figures (${findings.length}):`);
  for (const f of findings) {
    const where = f.figures.map((x) => `${x.field} ${x.value}${x.source ? ` ${x.source}:${x.row}` : ''}`).join(', ');
    lines.push(`  ${f.creditCode} ${f.name} — ${f.message.zh} / ${f.message.en} (${where})`);
  }
  const noCounty = blankCountyFirms(inputs.merged.records);
  if (noCounty.length > 0) {
    // Pooled by county, these firms are not scored (classes.blankCounty): the county is to be filled in.
    lines.push('', `未填县区 no county while others have one (${noCounty.length}):`);
    for (const i of noCounty) lines.push(`  ${inputs.merged.records.creditCode[i]} ${inputs.merged.records.name[i]}`);
  }
  lines.push('', `合计行 summary rows skipped: ${inputs.summaryRows}`);
  if (inputs.warnings.length > 0) {
    lines.push('', `注意 warnings (${inputs.warnings.length}):`);
    for (const w of inputs.warnings) lines.push(`  ${w.source ? `${w.source}${w.row ? `:${w.row}` : ''} ` : ''}[${w.code}] ${w.message.zh} / ${w.message.en}`);
  }
  return `${lines.join('\n')}\n`;
}
