/**
 * The page's own words, Chinese first, English on the switch. What `score` says (the cross-check,
 * data problems, the accounting, errors, explain) is shown as the CLI prints it, in its words.
 */
export type Lang = 'zh' | 'en';

const WORDS = {
  title: { zh: '亩均效益综合评价 · 离线版', en: 'Per-mu efficiency evaluation · offline' },
  lead: {
    zh: '数据只在本机处理，不上传、不联网。把各部门导出的数据文件拖进来，选定评价方案，即得到与 score 命令完全相同的结果、报告和表格。',
    en: 'Your data stays on this computer: nothing is uploaded, no network is used. Drop the bureaus’ export files, pick a scheme, and get the same results, report and sheets as the score command.',
  },
  langSwitch: { zh: 'English', en: '中文' },
  filesStep: { zh: '1. 部门数据文件', en: '1. Bureau files' },
  drop: { zh: '把各部门的数据文件（CSV 或 .xlsx）拖到这里，或点此选择', en: 'Drop the bureaus’ data files (CSV or .xlsx) here, or click to pick them' },
  noFiles: { zh: '尚未选择文件', en: 'no file chosen yet' },
  pickFile: { zh: '选择文件', en: 'Choose a file' },
  noFile: { zh: '未选择', en: 'none chosen' },
  clear: { zh: '清除', en: 'Clear' },
  checkStep: { zh: '2. 归集比对（同 score validate）', en: '2. Cross-check (as score validate)' },
  checking: { zh: '正在比对……', en: 'cross-checking…' },
  downloadCheck: { zh: '下载完整比对报告（文本）', en: 'Download the whole cross-check (text)' },
  moreLines: { zh: '……其余 {n} 行见完整比对报告', en: '… {n} more lines in the whole cross-check' },
  reporting: {
    zh: '正在生成评价报告（逐家测算升类所需，企业多时较慢）……',
    en: 'Making the report (each firm’s way to the next class is worked out: slow for many firms)…',
  },
  makeReport: {
    zh: '生成评价报告（企业较多，逐家测算升类所需可能要很长时间）',
    en: 'Make the report (many firms: working out each one’s way to the next class may take a long time)',
  },
  schemeStep: { zh: '3. 评价方案与政策', en: '3. Scheme and policies' },
  scheme: { zh: '评价方案', en: 'Scheme' },
  schemeFile: { zh: '或方案文件（JSON）', en: 'or a scheme file (JSON)' },
  policy: { zh: '差别化政策（可选）', en: 'Policy catalog (optional)' },
  noPolicy: { zh: '不叠加政策', en: 'no policies' },
  policyFile: { zh: '或政策文件（JSON）', en: 'or a catalog file (JSON)' },
  settings: { zh: '政策设定（同 --setting；留空即用政策的默认值）', en: 'Policy settings (as --setting; blank: the catalog’s default)' },
  history: { zh: '往年结果（可选，score 输出的 CSV 或 JSON）', en: 'Earlier results (optional: CSV or JSON that score wrote)' },
  run: { zh: '开始评价', en: 'Evaluate' },
  runStep: { zh: '4. 评价（同 score）', en: '4. Evaluation (as score)' },
  messages: { zh: 'score 的提示', en: 'What score says' },
  resultsStep: { zh: '5. 结果', en: '5. Results' },
  downloadCsv: { zh: '下载结果 CSV', en: 'Download the results CSV' },
  downloadXlsx: { zh: '下载结果工作簿（.xlsx）', en: 'Download the results workbook (.xlsx)' },
  downloadReport: { zh: '下载评价报告（HTML）', en: 'Download the report (HTML)' },
  reportStep: { zh: '评价报告（同 score report）', en: 'The report (as score report)' },
  reportTitle: { zh: '报告标题（可选，默认取自数据）', en: 'Title (optional; by default from the data)' },
  reportIssuer: { zh: '发布单位（可选，印在每张一企一单上）', en: 'Issuing body (optional; printed on each firm’s sheet)' },
  explainStep: { zh: '一企一解（同 score explain）', en: 'Explain one firm (as score explain)' },
  explainCode: { zh: '统一社会信用代码', en: 'credit code' },
  explain: { zh: '解释', en: 'Explain' },
  scored: { zh: '已评价', en: 'scored' },
  excluded: { zh: '排除', en: 'excluded' },
  rejected: { zh: '拒收', en: 'rejected' },
  rows: { zh: '行数', en: 'rows' },
  failed: { zh: '未完成，原因见上方提示（与 score 退出码非零时相同）', en: 'Not completed: see the messages above (as when score exits non-zero)' },
  crashed: {
    zh: '后台线程意外停止（可能内存不足）：请关闭其他标签页，重新打开本页再试',
    en: 'The background thread stopped unexpectedly (out of memory?): close other tabs, open this page again and retry',
  },
  file: { zh: '文件', en: 'file' },
  size: { zh: '大小', en: 'size' },
} satisfies Record<string, Record<Lang, string>>;

/** The words of the page, by key. */
export type Words = Record<keyof typeof WORDS, string>;

const inLanguage = (lang: Lang): Words => Object.fromEntries(Object.entries(WORDS).map(([key, w]) => [key, w[lang]])) as Words;
const BY_LANGUAGE: Readonly<Record<Lang, Words>> = { zh: inLanguage('zh'), en: inLanguage('en') };

/** The page's words in `lang`. */
export function wordsOf(lang: Lang): Words {
  return BY_LANGUAGE[lang];
}
