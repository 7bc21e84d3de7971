/**
 * The page's own words, Chinese first, English on the switch. What `score` says (the cross-check,
 * data problems, the accounting, errors, explain) is shown as the CLI prints it, in its words.
 */
export type Lang = 'zh' | 'en';

const ZH = {
  title: '亩均效益综合评价 · 离线版',
  lead: '数据只在本机处理，不上传、不联网。把各部门导出的数据文件拖进来，选定评价方案，即得到与 score 命令完全相同的结果、报告和表格。',
  langSwitch: 'English',
  filesStep: '1. 部门数据文件',
  drop: '把各部门的数据文件（CSV 或 .xlsx）拖到这里，或点此选择',
  noFiles: '尚未选择文件',
  checkStep: '2. 归集比对（同 score validate）',
  checking: '正在比对……',
  downloadCheck: '下载完整比对报告（文本）',
  moreLines: '……其余 {n} 行见完整比对报告',
  reporting: '正在生成评价报告（逐家测算升类所需，企业多时较慢）……',
  makeReport: '生成评价报告（企业较多，逐家测算升类所需可能要很长时间）',
  schemeStep: '3. 评价方案与政策',
  scheme: '评价方案',
  schemeFile: '或方案文件（JSON）',
  policy: '差别化政策（可选）',
  noPolicy: '不叠加政策',
  policyFile: '或政策文件（JSON）',
  history: '往年结果（可选，score 输出的 CSV 或 JSON）',
  run: '开始评价',
  runStep: '4. 评价（同 score）',
  messages: 'score 的提示',
  resultsStep: '5. 结果',
  downloadCsv: '下载结果 CSV',
  downloadXlsx: '下载结果工作簿（.xlsx）',
  downloadReport: '下载评价报告（HTML）',
  explainStep: '一企一解（同 score explain）',
  explainCode: '统一社会信用代码',
  explain: '解释',
  scored: '已评价',
  excluded: '排除',
  rejected: '拒收',
  rows: '行数',
  failed: '未完成，原因见上方提示（与 score 退出码非零时相同）',
  file: '文件',
  size: '大小',
};

const EN: typeof ZH = {
  title: 'Per-mu efficiency evaluation · offline',
  lead: 'Your data stays on this computer: nothing is uploaded, no network is used. Drop the bureaus’ export files, pick a scheme, and get the same results, report and sheets as the score command.',
  langSwitch: '中文',
  filesStep: '1. Bureau files',
  drop: 'Drop the bureaus’ data files (CSV or .xlsx) here, or click to pick them',
  noFiles: 'no file chosen yet',
  checkStep: '2. Cross-check (as score validate)',
  checking: 'cross-checking…',
  downloadCheck: 'Download the whole cross-check (text)',
  moreLines: '… {n} more lines in the whole cross-check',
  reporting: 'Making the report (each firm’s way to the next class is worked out: slow for many firms)…',
  makeReport: 'Make the report (many firms: working out each one’s way to the next class may take a long time)',
  schemeStep: '3. Scheme and policies',
  scheme: 'Scheme',
  schemeFile: 'or a scheme file (JSON)',
  policy: 'Policy catalog (optional)',
  noPolicy: 'no policies',
  policyFile: 'or a catalog file (JSON)',
  history: 'Earlier results (optional: CSV or JSON that score wrote)',
  run: 'Evaluate',
  runStep: '4. Evaluation (as score)',
  messages: 'What score says',
  resultsStep: '5. Results',
  downloadCsv: 'Download the results CSV',
  downloadXlsx: 'Download the results workbook (.xlsx)',
  downloadReport: 'Download the report (HTML)',
  explainStep: 'Explain one firm (as score explain)',
  explainCode: 'credit code',
  explain: 'Explain',
  scored: 'scored',
  excluded: 'excluded',
  rejected: 'rejected',
  rows: 'rows',
  failed: 'Not completed: see the messages above (as when score exits non-zero)',
  file: 'file',
  size: 'size',
};

/** The words of the page, by key. */
export type Words = typeof ZH;

/** The page's words in `lang`. */
export function wordsOf(lang: Lang): Words {
  return lang === 'zh' ? ZH : EN;
}
