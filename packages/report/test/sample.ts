/**
 * A small district for the report's tests and screenshots, run through the real pipeline:
 * hand-made records → core's `evaluate` (the default preset plus a veto and a bonus) →
 * policy's `applyPolicies` (Zhejiang land-tax relief and Shandong electricity surcharge) →
 * `compare` against a hand-made previous year. Two groups, two counties, an exclusion,
 * a rejected row, and an enterprise whose name is an HTML injection attempt.
 */
import { compare, evaluate, getPreset, parseScheme } from '@mujun/core';
import type { ClassId, EnterpriseRecord, Evaluation, RejectedRow, Scheme } from '@mujun/core';
import { applyPolicies, getPolicyPreset, PolicyCatalog } from '@mujun/policy';
import type { PolicyOutcome } from '@mujun/policy';
import type { ReportInput } from '../src/index.js';

export const EVIL_NAME = '<script>alert("x")</script><!-- 恶意 & \u2028 企业';

const NAMES = [
  '常州精工机械有限公司',
  '钟楼纺织印染有限公司',
  '江南新材料科技有限公司',
  '龙城电子股份有限公司',
  '天宁五金制品有限公司',
  '新北光伏设备有限公司',
  '武进化工有限公司',
  EVIL_NAME,
  '金坛食品有限公司',
  '溧阳建材有限公司',
  '常州塑料包装有限公司',
  '西林模具厂',
  '邹区灯具有限公司',
  '北港轴承有限公司',
  '五星汽配有限公司',
  '荷花池服饰有限公司',
  '新闸精密铸造有限公司',
  '永红电机有限公司',
];
const COUNTIES = ['钟楼区', '天宁区'];

/** A syntactically plausible 18-character credit code (the report does not check the check digit). */
function code(i: number): string {
  return `913204${String(100000000000 + i * 7919).slice(-11)}X`;
}

/** Deterministic, varied records: 12 above-scale, 5 below-scale, 1 new enterprise (excluded). */
export function sampleRecords(): EnterpriseRecord[] {
  return NAMES.map((name, i) => {
    const land = 8 + ((i * 37) % 41);
    const r: EnterpriseRecord = {
      creditCode: code(i),
      name,
      county: COUNTIES[i % 2] ?? '钟楼区',
      industryCode: `C${3311 + ((i * 13) % 60)}`,
      scale: i < 12 ? 'above' : 'below',
      landOwnedMu: String(land),
      taxWan: String(20 + ((i * 53) % 97) + i * 9),
      electricityWanKwh: String(80 + ((i * 29) % 200)),
      energyTce: String(300 + ((i * 61) % 900)),
      emissionEq: String(1000 + ((i * 97) % 5000)),
      valueAddedWan: String(land * (40 + ((i * 17) % 90))),
      employees: String(40 + ((i * 23) % 300)),
      productionStartDate: i === 17 ? '2024-03-01' : '2015-06-01',
    };
    if (i !== 3) r.salesWan = String(land * (150 + ((i * 71) % 300)));
    if (i < 12) r.rdWan = String(10 + ((i * 31) % 120));
    if (i === 6) r.violations = ['safety-accident'];
    if (i === 0 || i === 5) r.flags = ['high-tech'];
    return r;
  });
}

/** The default preset with a user-set veto and bonus, so sheets show both. */
export function sampleScheme(): Scheme {
  return parseScheme({
    ...getPreset('changzhou-wujin'),
    id: 'report-sample',
    adjustments: {
      bonuses: [{ flag: 'high-tech', points: 3, source: 'user setting' }],
      penalties: [],
      vetoes: [{ flag: 'safety-accident', effect: 'forceD', source: 'user setting' }],
    },
  });
}

function sampleCatalog(): PolicyCatalog {
  const landTax = getPolicyPreset('zhejiang-2019-land-tax');
  const electricity = getPolicyPreset('shandong-2022-electricity');
  return PolicyCatalog.parse({
    ...landTax,
    id: 'report-sample-policies',
    title: { zh: '示例：土地使用税减免 + D 类差别电价', en: 'Sample: land-use tax relief + class D electricity surcharge' },
    settings: { ...landTax.settings, ...electricity.settings },
    combinationGroups: [...landTax.combinationGroups, ...electricity.combinationGroups],
    measures: [...landTax.measures, ...electricity.measures],
  });
}

/** Last year's classes: a deterministic shuffle of this year's, one firm new this year. */
function previousYear(evaluation: Evaluation): { creditCode: string; class: ClassId | null }[] {
  const order: ClassId[] = ['A', 'B', 'C', 'D'];
  return evaluation.results.slice(1).map((r, i) => ({ creditCode: r.creditCode, class: order[(order.indexOf(r.class) + (i % 3) - 1 + 4) % 4] ?? 'B' }));
}

/** Everything `renderReport` takes, for the sample district. */
export function sampleReportInput(): ReportInput & { evaluation: Evaluation; records: EnterpriseRecord[]; policy: PolicyOutcome } {
  const records = sampleRecords();
  const evaluation = evaluate(records, sampleScheme());
  const policy = applyPolicies(evaluation, sampleCatalog(), { records, year: 2024 });
  const rejected: RejectedRow[] = [
    {
      source: 'tax.csv',
      row: 14,
      column: '实缴税金(万元)',
      code: 'invalid-number',
      message: { zh: '“十二万”不是数字', en: '"十二万" is not a number' },
      value: '十二万',
    },
  ];
  const provenance: Record<string, Record<string, string>> = {};
  for (const r of records) {
    provenance[r.creditCode] = {
      landOwnedMu: 'land',
      taxWan: 'tax',
      salesWan: 'statistics',
      valueAddedWan: 'statistics',
      energyTce: 'statistics',
      employees: 'statistics',
      rdWan: 'statistics',
      electricityWanKwh: 'power',
      emissionEq: 'environment',
      flags: 'industry',
      violations: 'environment',
    };
  }
  const comparison = { ...compare(previousYear(evaluation), evaluation), fromLabel: '2023', toLabel: '2024' };
  const policyTitle = { zh: '示例：土地使用税减免 + D 类差别电价', en: 'Sample: land-use tax relief + class D electricity surcharge' };
  return { evaluation, records, rejected, provenance, policy, policyTitle, comparison, title: '示例区 2024 年度工业企业资源集约利用综合评价' };
}
