import { CoreError } from '../errors.js';
import type { Scheme, SchemeWithDefaults } from '../schema/scheme.js';
import { markValidated } from '../schema/validatedScheme.js';
import { CHANGZHOU_WUJIN } from './changzhouWujin.js';
import { HUAIAN_2024 } from './huaian2024.js';
import { JINGDE_2022 } from './jingde2022.js';
import { ZHEJIANG_HUANGYAN_2021, ZHEJIANG_HUANGYAN_2022 } from './zhejiangHuangyan.js';

/** The id of the default scheme: 常州武进 规上 + 淮安 2024 规下 + key polluters. */
export const DEFAULT_SCHEME_ID = 'changzhou-wujin';

const PRESETS: readonly SchemeWithDefaults[] = [CHANGZHOU_WUJIN, ZHEJIANG_HUANGYAN_2022, ZHEJIANG_HUANGYAN_2021, HUAIAN_2024, JINGDE_2022];

/** One built-in preset, as listed by {@link listPresets}. */
export interface PresetSummary {
  id: string;
  name: string;
  nameEn: string;
  /** Titles of the source documents it cites. */
  sources: string[];
  isDefault: boolean;
}

/** The built-in presets, default first. */
export function listPresets(): PresetSummary[] {
  return PRESETS.map((p) => ({
    id: p.id,
    name: p.name,
    nameEn: p.nameEn,
    sources: (p.sources ?? []).map((s) => s.title),
    isDefault: p.id === DEFAULT_SCHEME_ID,
  }));
}

/**
 * A built-in preset by id, ready for `evaluate`: every default written out and checked by
 * `validateScheme` in the presets' tests, so no parse here. A fresh object each call; to change it,
 * change a copy and validate that (`validateScheme({ ...getPreset(), rounding: { decimals: 1 } })`).
 * Throws `CoreError` 'unknown-preset' for an id that is not built in.
 */
export function getPreset(id: string = DEFAULT_SCHEME_ID): Scheme {
  const preset = PRESETS.find((p) => p.id === id);
  if (preset === undefined)
    throw new CoreError('unknown-preset', `未知的内置方案 "${id}" / unknown preset "${id}"; expected one of ${PRESETS.map((p) => p.id).join(', ')}`);
  return markValidated(structuredClone(preset));
}
