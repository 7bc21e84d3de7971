import { RECOGNITION_FLAGS, VIOLATION_FLAGS } from '@mujun/core';

/** A recognition or violation flag with the names bureaus write for it. */
export interface FlagName {
  id: string;
  list: 'flags' | 'violations';
  /** Chinese names, the first being the one shown in the docs. */
  zh: readonly string[];
  en: string;
}

/** Every flag core knows, with its Chinese names (used for flag-list cells and one-column-per-flag headers). */
export const FLAG_NAMES: readonly FlagName[] = [
  { id: 'high-tech', list: 'flags', zh: ['高新技术企业', '高企', '国家高新技术企业', '高新技术'], en: 'high-tech enterprise' },
  { id: 'specialised-new', list: 'flags', zh: ['专精特新', '专精特新企业', '专精特新中小企业'], en: 'specialised and new (专精特新)' },
  { id: 'little-giant', list: 'flags', zh: ['专精特新小巨人', '小巨人', '小巨人企业'], en: '"little giant"' },
  { id: 'single-champion', list: 'flags', zh: ['制造业单项冠军', '单项冠军', '单项冠军企业'], en: 'manufacturing single champion' },
  { id: 'smart-factory', list: 'flags', zh: ['智能工厂', '智能车间', '智能工厂/车间', '智能制造示范工厂'], en: 'smart factory or workshop' },
  { id: 'green-factory', list: 'flags', zh: ['绿色工厂'], en: 'green factory' },
  { id: 'cloud-star', list: 'flags', zh: ['星级上云企业', '星级上云', '上云企业', '上云'], en: 'cloud-adoption star' },
  { id: 'tech-centre', list: 'flags', zh: ['企业技术中心', '技术中心'], en: 'enterprise technology centre' },
  { id: 'safety-accident', list: 'violations', zh: ['安全生产事故', '安全事故', '生产安全事故'], en: 'safety accident' },
  { id: 'environmental-violation', list: 'violations', zh: ['重大环境违法', '环境违法', '环保违法', '环境违法行为'], en: 'serious environmental violation' },
  { id: 'tax-evasion', list: 'violations', zh: ['偷税漏税', '偷逃税', '逃税'], en: 'tax evasion' },
  { id: 'dishonest-entity', list: 'violations', zh: ['失信被执行人', '严重失信主体', '失信主体', '失信'], en: 'dishonest entity' },
  { id: 'illegal-land-use', list: 'violations', zh: ['违法用地', '非法用地'], en: 'illegal land use' },
];

// Keep this table and core's flag lists in step: a flag core adds must get its Chinese names here.
const known = new Set<string>(FLAG_NAMES.map((f) => f.id));
for (const id of [...RECOGNITION_FLAGS, ...VIOLATION_FLAGS]) {
  if (!known.has(id)) throw new Error(`internal error: flag ${id} of @mujun/core has no Chinese names in @mujun/csv`);
}
