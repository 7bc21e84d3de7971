import type { PolicyCatalogInput } from '../catalog/catalog.js';

const SOURCE = '浙政办发〔2019〕62号';

/**
 * 浙江 2019: 城镇土地使用税 relief by class for manufacturing firms — A 100 %, B 80 %, C and D
 * none (until 2021-12-31). The source gives the percentages, not the local tax rate, so the
 * rate per m² is a user setting whose default is a marked placeholder.
 */
export const zhejiang2019LandTax: PolicyCatalogInput = {
  id: 'zhejiang-2019-land-tax',
  title: { zh: '浙江 2019 城镇土地使用税差别化减免', en: 'Zhejiang 2019 urban land-use tax relief by class' },
  description:
    `${SOURCE}: A 类 100%、B 类 80% 减免城镇土地使用税，C、D 类不减免（制造业，执行至 2021-12-31）。` +
    ' A 100 %, B 80 % relief of the urban land-use tax; C and D none (manufacturing, until 2021-12-31).' +
    " Land area: the firm's land-use-right area (landOwnedMu; the holder pays the tax, also on land it leases out); a firm only on leased land" +
    ' (租用土地面积, 租用厂房面积) gets no relief — its lessor holds the land and pays. Valid until 2021-12-31 as published (validUntil);' +
    ' applied to a later year, score warns.',
  settings: {
    'land-use-tax-rate': {
      label: '城镇土地使用税单位税额 / local urban land-use tax rate',
      unit: '元/平方米·年 (yuan per m² per year)',
      default: '1',
      defaultNote:
        'PLACEHOLDER of this project, not a local rate (占位值，非当地税额): at 1 元/m² each relief reads as yuan per 1 元/m² of rate. ' +
        "Set your locality's rate; the statutory range is 0.6–30 元/m² (《城镇土地使用税暂行条例》第四条).",
    },
  },
  measures: [
    {
      id: 'land-tax-relief-a',
      name: { zh: 'A 类城镇土地使用税减免 100%', en: 'Class A: 100 % urban land-use tax relief' },
      source: { document: SOURCE, note: 'manufacturing firms; until 2021-12-31' },
      validUntil: '2021-12-31',
      appliesTo: { classes: ['A'], industries: ['C'] },
      instrument: {
        kind: 'relief',
        tax: 'urbanLandUseTax',
        percent: { value: '100', source: SOURCE },
        ratePerM2: { setting: 'land-use-tax-rate' },
      },
    },
    {
      id: 'land-tax-relief-b',
      name: { zh: 'B 类城镇土地使用税减免 80%', en: 'Class B: 80 % urban land-use tax relief' },
      source: { document: SOURCE, note: 'manufacturing firms; until 2021-12-31' },
      validUntil: '2021-12-31',
      appliesTo: { classes: ['B'], industries: ['C'] },
      instrument: {
        kind: 'relief',
        tax: 'urbanLandUseTax',
        percent: { value: '80', source: SOURCE },
        ratePerM2: { setting: 'land-use-tax-rate' },
      },
    },
  ],
};
