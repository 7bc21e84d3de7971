import { FLAG_LABELS, type FlagId, RECOGNITION_FLAGS, VIOLATION_FLAGS } from '@mujun/core';

/** A recognition or violation flag with the names bureaus write for it. */
export interface FlagName {
  id: string;
  list: 'flags' | 'violations';
  /** Chinese names, the first being the one shown in the docs. */
  zh: readonly string[];
  en: string;
}

/** The other Chinese names bureaus write for each flag, after its shown name (core's `FLAG_LABELS`). */
const OTHER_NAMES: Readonly<Record<FlagId, readonly string[]>> = {
  'high-tech': ['高企', '国家高新技术企业', '高新技术'],
  'specialised-new': ['专精特新企业', '专精特新中小企业'],
  'little-giant': ['小巨人', '小巨人企业'],
  'single-champion': ['单项冠军', '单项冠军企业'],
  'smart-factory': ['智能车间', '智能工厂/车间', '智能制造示范工厂'],
  'green-factory': [],
  'cloud-star': ['星级上云', '上云企业', '上云'],
  'tech-centre': ['技术中心'],
  'safety-accident': ['安全事故', '生产安全事故'],
  'environmental-violation': ['环境违法', '环保违法', '环境违法行为'],
  'tax-evasion': ['偷逃税', '逃税'],
  'dishonest-entity': ['严重失信主体', '失信主体', '失信'],
  'illegal-land-use': ['非法用地'],
};

const named = (id: FlagId, list: FlagName['list']): FlagName => ({ id, list, zh: [FLAG_LABELS[id].zh, ...OTHER_NAMES[id]], en: FLAG_LABELS[id].en });

/** Every flag core knows, with its Chinese names (used for flag-list cells and one-column-per-flag headers). */
export const FLAG_NAMES: readonly FlagName[] = [...RECOGNITION_FLAGS.map((id) => named(id, 'flags')), ...VIOLATION_FLAGS.map((id) => named(id, 'violations'))];
