import {
  type Bilingual,
  CLASS_LABELS,
  FIELD_LABELS,
  FIXED_CLASS_TEXT,
  type Scheme,
  EXCLUSION_LABELS,
  FLAG_LABELS,
  INDICATOR_LABELS,
  MISSING_RULE_LABELS,
  SOURCE_KIND_LABELS,
  VETO_EFFECT_LABELS,
} from '@mujun/core';
import type { ReportLang } from '../types.js';

/**
 * Every user-facing string of the report, 中文 and English, in one place.
 * Placeholders `{name}` are filled by `fill` (server side) and by the page script (client side).
 */
export interface Dictionary {
  ui: Record<UiKey, string>;
  classes: Record<string, string>;
  groups: Record<string, string>;
  reasons: Record<string, string>;
  indicators: Record<string, string>;
  units: Record<string, string>;
  fields: Record<string, string>;
  bureaus: Record<string, string>;
  policyEffects: Record<string, string>;
  flags: Record<string, string>;
  vetoEffects: Record<string, string>;
  /** Units of policy quantities (kWh, m3, t, m2). */
  quantityUnits: Record<string, string>;
  /** Sources of adjustments that are words rather than documents ("user setting"). */
  adjustmentSources: Record<string, string>;
}

type UiKey = keyof typeof UI;

/** One language of a table of bilingual words. */
const words = (table: Readonly<Record<string, Bilingual>>, lang: ReportLang): Record<string, string> =>
  Object.fromEntries(Object.entries(table).map(([code, w]) => [code, w[lang]]));

/** Core's names of a record's figures, with their units: `税收 (万元)`. */
function fieldNames(lang: ReportLang): Record<string, string> {
  return Object.fromEntries(Object.entries(FIELD_LABELS).map(([field, l]) => [field, `${l.name[lang]} (${l.unit[lang]})`]));
}

/** Core's bureau names by the file stems that name a bureau (`tax.csv`, `electricity.csv`); in English a source line starts with them. */
function bureauNames(lang: ReportLang): Record<string, string> {
  const name = (l: Bilingual): string => (lang === 'en' ? `${l.en[0]!.toUpperCase()}${l.en.slice(1)}` : l.zh);
  return { ...Object.fromEntries(Object.entries(SOURCE_KIND_LABELS).map(([kind, l]) => [kind, name(l)])), electricity: name(SOURCE_KIND_LABELS.power) };
}

/** Core's names of classes, indicators, units, exclusion reasons, flags and veto effects: the results table's words. */
function vocabulary(lang: ReportLang): Pick<Dictionary, 'classes' | 'indicators' | 'units' | 'reasons' | 'flags' | 'vetoEffects'> {
  return {
    classes: Object.fromEntries(Object.entries(CLASS_LABELS).map(([id, l]) => [id, `${id} ${l[lang]}`])),
    indicators: Object.fromEntries(Object.entries(INDICATOR_LABELS).map(([id, l]) => [id, l.name[lang]])),
    units: Object.fromEntries(Object.entries(INDICATOR_LABELS).map(([id, l]) => [id, l.unit[lang]])),
    reasons: words(EXCLUSION_LABELS, lang),
    flags: words(FLAG_LABELS, lang),
    vetoEffects: words(VETO_EFFECT_LABELS, lang),
  };
}

/** The report's own words (headings, sentences, labels), 中文 and English; `{name}` placeholders are filled by `fill`. */
const UI = {
  titleWithYear: { zh: '{district} {year} 年度亩均效益综合评价报告', en: '{district} {year} per-mu efficiency evaluation report' },
  titleNoYear: { zh: '{district} 亩均效益综合评价报告', en: '{district} per-mu efficiency evaluation report' },
  colon: { zh: '：', en: ': ' },
  enumSep: { zh: '、', en: ', ' },
  sentenceSep: { zh: '', en: ' ' },
  noteParen: { zh: '（{note}）', en: ' ({note})' },
  issuer: { zh: '发布单位', en: 'Issued by' },
  computed: { zh: '计算', en: 'computed' },
  date: { zh: '日期', en: 'Date' },
  refNo: { zh: '编号', en: 'No.' },
  year: { zh: '评价年度', en: 'Year' },
  yearValue: { zh: '{year} 年度', en: '{year}' },
  summary: { zh: '评价结果概要', en: 'Summary of results' },
  lead: { zh: '{year} 年度共评价企业 {n} 家：{classes}。', en: '{n} enterprises evaluated for {year}: {classes}.' },
  leadNoYear: { zh: '共评价企业 {n} 家：{classes}。', en: '{n} enterprises evaluated: {classes}.' },
  leadRest: {
    zh: '另有 {excluded} 家企业不参评、{rejected} 条记录数据有误，见“数据核算”。',
    en: ' A further {excluded} were not evaluated and {rejected} rows had bad data (see Accounting).',
  },
  classCountShare: { zh: '{class} 类 {n} 家（{share}）', en: 'class {class} {n} ({share})' },
  listComma: { zh: '，', en: ', ' },
  byTown: { zh: '按镇（街道）', en: 'By town (subdistrict)' },
  byPark: { zh: '按园区', en: 'By industrial park' },
  unknownIndustry: { zh: '行业代码缺失或无效', en: 'Industry code missing or invalid' },
  unknownArea: { zh: '未填写', en: 'Not given' },
  unknownCounty: { zh: '未填写区县', en: 'County not given' },
  migrationHeading: { zh: '与 {from} 相比', en: 'Compared with {from}' },
  migrationLead: {
    zh: '与 {from} 相比：升类 {up} 家，降类 {down} 家，类别不变 {same} 家；新参评 {entered} 家，退出评价 {left} 家。',
    en: 'Compared with {from}: {up} moved up, {down} moved down, {same} kept their class; {entered} newly evaluated, {left} no longer evaluated.',
  },
  previousClassOf: { zh: '{from} {class} 类', en: '{from} class {class}' },
  nowClass: { zh: '本次类别（{to}）', en: 'Class now ({to})' },
  leftEvaluation: { zh: '退出评价', en: 'No longer evaluated' },
  movedFirms: { zh: '类别变动企业名单', en: 'Enterprises whose class changed' },
  moveUp: { zh: '升类', en: 'up' },
  moveDown: { zh: '降类', en: 'down' },
  moveIn: { zh: '新参评', en: 'newly evaluated' },
  moveOut: { zh: '退出评价', en: 'no longer evaluated' },
  direction: { zh: '变动', en: 'Change' },
  fromClass: { zh: '原类别', en: 'Earlier class' },
  toClass: { zh: '现类别', en: 'Class now' },
  noMoves: { zh: '没有类别变动的企业。', en: 'No enterprise changed class.' },
  earlierRun: { zh: '{year} 前次', en: '{year} earlier run' },
  thisRun: { zh: '{year} 本次', en: '{year} this run' },
  fiscalEffect: { zh: '差别化政策财政影响', en: 'Fiscal effect of the policies' },
  analysis: { zh: '数据核算与评价明细', en: 'Accounting and details' },
  yuanPer: { zh: '元/', en: 'yuan/' },
  unit: { zh: '单位', en: 'Unit' },
  cutoffs: { zh: '本组分类分数线', en: 'Class cut-offs in this pool' },
  cutoff: { zh: '{class} 类 ≥ {score}', en: 'class {class} ≥ {score}' },
  imputedZero: { zh: `缺数据，${MISSING_RULE_LABELS.zero.zh}`, en: `missing, ${MISSING_RULE_LABELS.zero.en}` },
  imputedAverage: { zh: `缺数据，${MISSING_RULE_LABELS.poolAverage.zh}`, en: `missing, ${MISSING_RULE_LABELS.poolAverage.en}` },
  sheetHeading: { zh: '{year}亩均效益综合评价结果告知单', en: '{year} per-mu efficiency evaluation: result notice' },
  notEvaluatedHeading: { zh: '{year}亩均效益综合评价告知单（未参评）', en: '{year} per-mu efficiency evaluation: notice (not evaluated)' },
  notEvaluatedText: { zh: '本企业未参加本年度评价，原因：{reason}。', en: 'This enterprise was not evaluated this year. Reason: {reason}.' },
  notEvaluatedStatus: { zh: '评价结果', en: 'Result' },
  scoreUnit: { zh: '分', en: 'points' },
  printSheets: { zh: '打印一企一单', en: 'Print enterprise sheets' },
  printAllScored: { zh: '全部参评企业', en: 'All evaluated enterprises' },
  printClass: { zh: '{class} 类企业', en: 'Class {class}' },
  printExcluded: { zh: '未参评企业', en: 'Enterprises not evaluated' },
  printEveryone: { zh: '全部企业（含未参评）', en: 'All enterprises (including not evaluated)' },
  printAllPools: { zh: '全部评价组', en: 'All pools' },
  printCount: { zh: '打印 {n} 份', en: 'Print {n} sheets' },
  printNote: { zh: '每家企业单独一页。', en: 'One A4 page per enterprise.' },
  targetReachable: {
    zh: '升至 {class} 类需总分达到 {target} 分（现 {total} 分，差 {points} 分）。',
    en: 'Class {class} needs a total of {target} (now {total}, {points} points more).',
  },
  basisQuota: {
    zh: '{class} 类按名额确定：其他企业得分不变时，达到此分数即可进入。',
    en: 'Class {class} is given by quota: with every other firm unchanged, this total reaches it.',
  },
  basisThreshold: { zh: '{class} 类按分数线确定。', en: 'Class {class} is given by a score band.' },
  pathUp: {
    zh: '{figure}：提高到 {value} {unit}（{change}），全组重新评价后总分 {total} 分，{class} 类。',
    en: '{figure}: raise to {value} {unit} ({change}); with the pool evaluated again, total {total}, class {class}.',
  },
  pathDown: {
    zh: '{figure}：降至 {value} {unit}（{change}），全组重新评价后总分 {total} 分，{class} 类。',
    en: '{figure}: lower to {value} {unit} ({change}); with the pool evaluated again, total {total}, class {class}.',
  },
  nextNone: {
    zh: '单独改变税收或用地都不能升至 {class} 类（已按全组重新评价核实）。',
    en: 'Changing tax or land alone does not reach class {class} (checked by evaluating the pool again).',
  },
  nextTop: { zh: FIXED_CLASS_TEXT.top.zh, en: FIXED_CLASS_TEXT.top.en },
  nextVeto: { zh: FIXED_CLASS_TEXT.veto.zh, en: FIXED_CLASS_TEXT.veto.en },
  nextSmallPool: { zh: FIXED_CLASS_TEXT['small-pool'].zh, en: FIXED_CLASS_TEXT['small-pool'].en },
  nextNoPlaces: { zh: '本组规模下 {class} 类没有名额。', en: 'Class {class} has no places in a pool of this size.' },
  title: { zh: '亩均效益综合评价报告', en: 'Per-mu efficiency evaluation report' },
  generatedAt: { zh: '生成时间', en: 'Generated' },
  scheme: { zh: '评价方案', en: 'Scheme' },
  navTable: { zh: '企业列表', en: 'Enterprises' },
  accounting: { zh: '数据核算', en: 'Accounting' },
  accountingNote: { zh: '输入记录 = 参评 + 不参评 + 数据错误', en: 'input rows = evaluated + excluded + rejected' },
  rows: { zh: '输入记录', en: 'Input rows' },
  scored: { zh: '参评企业', en: 'Evaluated' },
  excluded: { zh: '不参评', en: 'Excluded' },
  rejected: { zh: '数据错误', en: 'Rejected' },
  balanced: { zh: '核算平衡', en: 'balanced' },
  unbalanced: { zh: '核算不平衡', en: 'does not balance' },
  excludedByReason: { zh: '不参评原因', en: 'Excluded, by reason' },
  reason: { zh: '原因', en: 'Reason' },
  count: { zh: '数量', en: 'Count' },
  rejectedRows: { zh: '数据错误的记录', en: 'Rejected rows' },
  file: { zh: '文件', en: 'File' },
  row: { zh: '行', en: 'Row' },
  column: { zh: '列', en: 'Column' },
  code: { zh: '代码', en: 'Code' },
  message: { zh: '说明', en: 'Message' },
  classesByPool: { zh: '分组、分区县分类结果', en: 'Classes by group and county' },
  group: { zh: '分组', en: 'Group' },
  county: { zh: '区县', en: 'County' },
  total: { zh: '合计', en: 'Total' },
  distribution: { zh: '得分分布与分类界线', en: 'Score distribution and class boundaries' },
  distributionNote: {
    zh: '每组按总分分档计数，颜色为类别；虚线为各类最低得分。',
    en: 'Enterprises per score bin, coloured by class; dashed lines mark the lowest total in each class.',
  },
  classFloor: { zh: '{class}类 ≥ {score}', en: '{class} ≥ {score}' },
  benchmarks: { zh: '评价基准值', en: 'Benchmarks' },
  indicator: { zh: '指标', en: 'Indicator' },
  value: { zh: '数值', en: 'Value' },
  method: { zh: '取值方法', en: 'Method' },
  industry: { zh: '行业', en: 'Industry' },
  pool: { zh: '评价池', en: 'Pool' },
  fiscal: { zh: '差别化政策财政测算', en: 'Policy fiscal summary' },
  byClass: { zh: '按类别', en: 'By class' },
  byGroup: { zh: '按分组', en: 'By group' },
  byCounty: { zh: '按区县', en: 'By county' },
  byIndustry: { zh: '按行业', en: 'By industry' },
  enterprises: { zh: '企业数', en: 'Enterprises' },
  collected: { zh: '加价收入 (元)', en: 'Surcharge revenue (yuan)' },
  given: { zh: '减免让利 (元)', en: 'Relief forgone (yuan)' },
  firmsCharged: { zh: '加价企业', en: 'Charged' },
  firmsRelieved: { zh: '减免企业', en: 'Relieved' },
  catalog: { zh: '政策目录', en: 'Policy catalog' },
  warnings: { zh: '提示', en: 'Notes' },
  surcharge: { zh: '加价', en: 'Surcharge' },
  relief: { zh: '减免', en: 'Relief' },
  eligibility: { zh: '资格', en: 'Eligibility' },
  surchargeTotal: { zh: '加价合计 {amount} 元', en: 'Surcharges {amount} yuan' },
  reliefTotal: { zh: '减免合计 {amount} 元', en: 'Relief {amount} yuan' },
  net: { zh: '净额 (元)', en: 'Net (yuan)' },
  migration: { zh: '分类变动', en: 'Class migration' },
  migrationNote: { zh: '行为 {from} 类别，列为 {to} 类别。', en: 'Rows: class in {from}; columns: class in {to}.' },
  search: { zh: '搜索企业名称或信用代码', en: 'Search name or credit code' },
  allClasses: { zh: '全部类别', en: 'All classes' },
  allGroups: { zh: '全部分组', en: 'All groups' },
  allCounties: { zh: '全部区县', en: 'All counties' },
  shown: { zh: '显示 {n} / {m} 家', en: 'Showing {n} of {m}' },
  rank: { zh: '组内排名', en: 'Rank in pool' },
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  name: { zh: '企业名称', en: 'Name' },
  landMu: { zh: '用地 (亩)', en: 'Land (mu)' },
  totalScore: { zh: '总分', en: 'Total' },
  class: { zh: '类别', en: 'Class' },
  sheet: { zh: '一企一单', en: 'Enterprise sheet' },
  back: { zh: '返回列表', en: 'Back to list' },
  print: { zh: '打印', en: 'Print' },
  dataUsed: { zh: '采用数据', en: 'Data used' },
  field: { zh: '项目', en: 'Item' },
  source: { zh: '来源', en: 'Source' },
  indicatorScores: { zh: '指标得分', en: 'Indicator scores' },
  benchmark: { zh: '基准值', en: 'Benchmark' },
  weight: { zh: '权重', en: 'Weight' },
  score: { zh: '得分', en: 'Score' },
  imputed: { zh: '缺数据，按规则计分', en: 'missing, scored by rule' },
  capped: { zh: '已封顶', en: 'capped' },
  adjustments: { zh: '加分、减分与一票否决', en: 'Bonuses, penalties and vetoes' },
  none: { zh: '无', en: 'None' },
  points: { zh: '分值', en: 'Points' },
  rankOf: { zh: '第 {rank} 名 / 共 {size} 家', en: 'Rank {rank} of {size}' },
  classBeforeVeto: { zh: '否决前类别', en: 'Class before veto' },
  previousClass: { zh: '{from} 类别', en: 'Class in {from}' },
  policies: { zh: '适用政策', en: 'Policies' },
  amount: { zh: '金额 (元)', en: 'Amount (yuan)' },
  noPolicy: { zh: '未提供政策目录或无适用政策。', en: 'No policy catalog given, or no policy applies.' },
  nextClass: { zh: '提升路径', en: 'Way to the next class' },
  bonus: { zh: '加分', en: 'Bonus' },
  penalty: { zh: '减分', en: 'Penalty' },
  veto: { zh: '一票否决', en: 'Veto' },
  sheetFooter: {
    zh: '本单据由评价结果自动生成，如有异议请在公示期内向主管部门反映。',
    en: 'Generated from the evaluation results. Objections go to the bureau within the publication period.',
  },
  noScript: { zh: '本报告需要启用 JavaScript 才能显示企业列表和一企一单。', en: 'Enable JavaScript to see the enterprise table and sheets.' },
  exclusionDetail: { zh: '说明', en: 'Detail' },
  listSep: { zh: '；', en: '; ' },
  notEvaluated: { zh: '未参评', en: 'not evaluated' },
  newFirm: { zh: '新增', en: 'new' },
  goneFirm: { zh: '退出', en: 'gone' },
} as const satisfies Record<string, Bilingual>;

/** The report's words beside core's: fields of the data table, bureaus, policy effects, quantity units, adjustment sources. */
const OWN = {
  fields: {
    landMu: { zh: '计算用地 (亩)', en: 'land used for scoring (mu)' },
    industryCode: { zh: '行业代码', en: 'industry code' },
    flags: { zh: '认定', en: 'recognitions' },
    violations: { zh: '违法违规', en: 'violations' },
  },
  bureaus: {
    industry: { zh: '工信局', en: 'Industry bureau' },
    innovation: { zh: '科技局', en: 'Science bureau' },
    computed: { zh: '计算', en: 'computed' },
  },
  policyEffects: {
    priority: { zh: '优先', en: 'priority' },
    eligible: { zh: '符合条件', en: 'eligible' },
    restricted: { zh: '限制', en: 'restricted' },
    cut: { zh: '削减', en: 'cut' },
    barred: { zh: '不得参与', en: 'barred' },
  },
  quantityUnits: { kWh: { zh: '千瓦时', en: 'kWh' }, m3: { zh: '立方米', en: 'm³' }, t: { zh: '吨', en: 't' }, m2: { zh: '平方米', en: 'm²' } },
  adjustmentSources: { 'user setting': { zh: '用户设定', en: 'user setting' } },
} satisfies Record<string, Record<string, Bilingual>>;

function dictionaryOf(lang: ReportLang): Dictionary {
  return {
    ui: words(UI, lang) as Record<UiKey, string>,
    ...vocabulary(lang),
    groups: {},
    fields: { ...fieldNames(lang), ...words(OWN.fields, lang) },
    bureaus: { ...bureauNames(lang), ...words(OWN.bureaus, lang) },
    policyEffects: words(OWN.policyEffects, lang),
    quantityUnits: words(OWN.quantityUnits, lang),
    adjustmentSources: words(OWN.adjustmentSources, lang),
  };
}
const ZH = dictionaryOf('zh');
const EN = dictionaryOf('en');

/** The dictionary for a language (中文 when unspecified). */
export function dictionary(lang: ReportLang = 'zh'): Dictionary {
  return lang === 'en' ? EN : ZH;
}

/** Fills `{name}` placeholders. Unknown placeholders are left visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Looks a code up in a table, falling back to the code itself (user-defined groups, flags, bureaus). */
export function label(table: Record<string, string>, code: string): string {
  return table[code] ?? code;
}

/**
 * The dictionary with the scheme's own group and class names, which win over the built-in ones
 * (a scheme may define custom groups, or name the standard classes its own way).
 */
export function withSchemeNames(dict: Dictionary, scheme: Pick<Scheme, 'groups' | 'classes'>, lang: ReportLang): Dictionary {
  const name = (x: { name: string; nameEn: string }): string => (lang === 'en' ? x.nameEn : x.name);
  const groups = Object.fromEntries(scheme.groups.map((g) => [g.id, name(g)]));
  const classes = Object.fromEntries(scheme.classes.tiers.map((t) => [t.id, `${t.id} ${name(t)}`]));
  return { ...dict, groups: { ...dict.groups, ...groups }, classes: { ...dict.classes, ...classes } };
}
