import type { EnterpriseRecord } from './record.js';

// The record's field lists, apart from its zod schema (record.ts): the engine reads them, and a
// browser bundle of evaluate should not carry the schema with them.

/** Innovation and recognition flags (创新论英雄) that schemes may turn into bonus points. */
export const RECOGNITION_FLAGS = [
  'high-tech', // 高新技术企业
  'specialised-new', // 专精特新
  'little-giant', // 专精特新“小巨人”
  'single-champion', // 制造业单项冠军
  'smart-factory', // 智能工厂 / 智能车间
  'green-factory', // 绿色工厂
  'cloud-star', // 星级上云企业
  'tech-centre', // 企业技术中心
] as const;

/** Violations (一票否决 candidates and penalties) that schemes may turn into vetoes or penalty points. */
export const VIOLATION_FLAGS = [
  'safety-accident', // 安全生产事故
  'environmental-violation', // 重大环境违法
  'tax-evasion', // 偷税漏税
  'dishonest-entity', // 失信被执行人 / 严重失信主体
  'illegal-land-use', // 违法用地
] as const;

/** The numeric fields of {@link EnterpriseRecord}, in schema order. */
export const NUMERIC_FIELDS = [
  'landOwnedMu',
  'landLeasedOutMu',
  'landLeasedInMu',
  'rentedFloorM2',
  'taxWan',
  'salesWan',
  'valueAddedWan',
  'energyTce',
  'electricityWanKwh',
  'emissionEq',
  'codT',
  'ammoniaNitrogenT',
  'so2T',
  'noxT',
  'rdWan',
  'techInvestmentWan',
  'employees',
] as const satisfies readonly (keyof EnterpriseRecord)[];
export type NumericField = (typeof NUMERIC_FIELDS)[number];
