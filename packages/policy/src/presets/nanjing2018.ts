import type * as z from 'zod/mini';
import type { PolicyCatalogInput } from '../catalog/catalog.js';
import type { Lever, Measure, SurchargeBase } from '../catalog/measure.js';

const SURCHARGE_SOURCE = '南京 2018 差别化政策指导意见';
const LAND_SOURCE = '南京 2017 评价办法 / 2018 差别化政策指导意见';
const QUOTA_SOURCE = '南京 2018 差别化政策指导意见 (also 无锡, 浙江)';

type MeasureInput = z.input<typeof Measure>;

const UTILITIES: { base: SurchargeBase; id: string; zh: string; en: string; unit: string }[] = [
  { base: 'electricityKwh', id: 'electricity', zh: '电', en: 'electricity', unit: '元/千瓦时 (yuan per kWh)' },
  { base: 'waterT', id: 'water', zh: '水', en: 'water', unit: '元/吨 (yuan per tonne)' },
  { base: 'gasM3', id: 'gas', zh: '气', en: 'gas', unit: '元/立方米 (yuan per m³)' },
];

function surcharges(): MeasureInput[] {
  return UTILITIES.flatMap((u) => [
    {
      id: `d-${u.id}-surcharge`,
      name: { zh: `D 类差别化${u.zh}价加价`, en: `Class D ${u.en} surcharge` },
      source: { document: SURCHARGE_SOURCE, note: 'the source sets no amount here; the rate is a user setting' },
      appliesTo: { classes: ['D'] },
      instrument: { kind: 'surcharge', base: u.base, ratePerUnit: { setting: `d-${u.id}-surcharge` } },
    },
    {
      id: `c-minus-${u.id}-surcharge`,
      name: { zh: `C− 类差别化${u.zh}价加价（D 类的一半）`, en: `Class C− ${u.en} surcharge (half of class D's)` },
      source: { document: SURCHARGE_SOURCE },
      appliesTo: { classes: ['C-'] },
      instrument: {
        kind: 'surcharge',
        base: u.base,
        ratePerUnit: { setting: `d-${u.id}-surcharge`, factor: '0.5', factorSource: `${SURCHARGE_SOURCE}: C− 类减半 / C− pays half` },
      },
    },
  ]);
}

function eligibility(
  id: string,
  classes: ('A' | 'B' | 'C' | 'D')[],
  lever: Lever,
  effect: 'priority' | 'restricted' | 'cut' | 'barred',
  source: string,
  zh: string,
  en: string,
): MeasureInput {
  return { id, name: { zh, en }, source: { document: source }, appliesTo: { classes }, instrument: { kind: 'eligibility', lever, effect } };
}

function quotas(): MeasureInput[] {
  const levers: [Lever, string, string, string][] = [
    ['energyQuota', 'energy-quota', '用能指标', 'energy-use quota'],
    ['emissionRights', 'emission-rights', '排污权', 'emission rights'],
    ['directPowerTrading', 'direct-power-trading', '电力直接交易', 'direct power trading'],
  ];
  return levers.flatMap(([lever, slug, zh, en]) => [
    eligibility(`ab-${slug}-priority`, ['A', 'B'], lever, 'priority', QUOTA_SOURCE, `A、B 类优先保障${zh}`, `Classes A and B: priority for ${en}`),
    eligibility(`cd-${slug}-cut`, ['C', 'D'], lever, 'cut', QUOTA_SOURCE, `C、D 类压减${zh}`, `Classes C and D: ${en} cut`),
  ]);
}

/**
 * 南京 2018 (five classes, C− 警示类): land by class (A priority for land quota, B 零增地
 * redevelopment, C no new land, D barred from industrial land auctions); energy, emission and
 * direct-power-trading priority for A/B and cuts for C/D; D pays water/electricity/gas
 * surcharges and C− half of D's. The source gives no surcharge amount, so D's rates are user
 * settings without defaults: until set, the surcharge measures are reported as skipped.
 */
export const nanjing2018: PolicyCatalogInput = {
  id: 'nanjing-2018',
  title: { zh: '南京 2018 差别化政策（五类）', en: 'Nanjing 2018 differentiated policies (five classes)' },
  description: 'D 类加价、C− 类减半；加价标准由用户设定。 D pays surcharges and C− half of them; the D rates are user settings (the source gives none here).',
  settings: Object.fromEntries(
    UTILITIES.map((u) => [`d-${u.id}-surcharge`, { label: `D 类${u.zh}价加价标准 / class-D ${u.en} surcharge rate`, unit: u.unit }]),
  ),
  measures: [
    ...surcharges(),
    eligibility('a-land-priority', ['A'], 'newLand', 'priority', LAND_SOURCE, 'A 类优先保障用地指标', 'Class A: priority for new land quota'),
    eligibility('b-land-zero-increase', ['B'], 'newLand', 'restricted', LAND_SOURCE, 'B 类“零增地”技改', 'Class B: "zero new land" redevelopment only'),
    eligibility('c-land-none', ['C'], 'newLand', 'barred', LAND_SOURCE, 'C 类不再新增用地', 'Class C: no new land'),
    eligibility(
      'd-land-auction-barred',
      ['D'],
      'newLand',
      'barred',
      LAND_SOURCE,
      'D 类不得参与工业用地招拍挂',
      'Class D: barred from industrial land auctions',
    ),
    ...quotas(),
  ],
};
