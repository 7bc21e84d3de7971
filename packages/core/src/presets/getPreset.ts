import { CoreError } from '../errors.js';
import type { Scheme, SchemeInput } from '../schema/scheme.js';
import { validateScheme } from '../schema/validateScheme.js';
import { CHANGZHOU_WUJIN } from './changzhouWujin.js';
import { HUAIAN_2024 } from './huaian2024.js';
import { JINGDE_2022 } from './jingde2022.js';
import { ZHEJIANG_HUANGYAN_2021, ZHEJIANG_HUANGYAN_2022 } from './zhejiangHuangyan.js';

/** The id of the default scheme: 常州武进 规上 + 淮安 2024 规下 + key polluters. */
export const DEFAULT_SCHEME_ID = 'changzhou-wujin';

const PRESETS: readonly SchemeInput[] = [CHANGZHOU_WUJIN, ZHEJIANG_HUANGYAN_2022, ZHEJIANG_HUANGYAN_2021, HUAIAN_2024, JINGDE_2022];

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
 * A built-in preset by id, parsed and validated (defaults filled in; a fresh object each call, so
 * callers may change it). Throws `CoreError` 'unknown-preset' for an id that is not built in.
 */
export function getPreset(id: string = DEFAULT_SCHEME_ID): Scheme {
  const preset = PRESETS.find((p) => p.id === id);
  if (preset === undefined)
    throw new CoreError('unknown-preset', `未知的内置方案 "${id}" / unknown preset "${id}"; expected one of ${PRESETS.map((p) => p.id).join(', ')}`);
  const v = validateScheme(preset); // zod builds new objects, so the preset itself is never shared
  if (!v.success)
    throw new CoreError(
      'invalid-scheme',
      `内置方案 ${id} 无效 / built-in preset ${id} is invalid`,
      v.error.issues.map((i) => i.message),
    );
  return v.data;
}
