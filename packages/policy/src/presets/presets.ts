import type { Bilingual } from '@mujun/core';
import { PolicyCatalog } from '../catalog/catalog.js';
import type { PolicyCatalogInput } from '../catalog/catalog.js';
import { PolicyError } from '../errors.js';
import { nanjing2018 } from './nanjing2018.js';
import { shandong2022Electricity } from './shandong2022Electricity.js';
import { zhejiang2019LandTax } from './zhejiang2019LandTax.js';

const PRESETS: readonly PolicyCatalogInput[] = [zhejiang2019LandTax, shandong2022Electricity, nanjing2018];

/** One line per built-in policy preset, for `score --policy` help and listings. */
export interface PolicyPresetInfo {
  id: string;
  title: Bilingual;
}

/** The built-in policy presets, in a fixed order. */
export function listPolicyPresets(): PolicyPresetInfo[] {
  return PRESETS.map((p) => ({ id: p.id, title: { ...p.title } }));
}

/**
 * A built-in policy catalog by id, validated (defaults filled in). A fresh copy each call, so
 * callers may modify it. Throws PolicyError `unknown-preset` for an unknown id.
 */
export function getPolicyPreset(id: string): PolicyCatalog {
  const preset = PRESETS.find((p) => p.id === id);
  if (preset === undefined) {
    throw new PolicyError('unknown-preset', `no policy preset "${id}" / 没有此政策预设; expected one of: ${PRESETS.map((p) => p.id).join(', ')}`);
  }
  return PolicyCatalog.parse(preset); // zod builds new objects, so callers get a fresh copy;
}
