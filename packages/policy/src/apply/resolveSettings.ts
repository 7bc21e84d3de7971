import type { PolicyCatalog } from '../catalog/catalog.js';
import { PolicyError } from '../errors.js';
import type { SettingUsed } from './types.js';

const DECIMAL = /^\d+(\.\d+)?$/;

/** Settings with a value (user-given, else the catalog default), and those without one. */
export interface ResolvedSettings {
  values: Record<string, SettingUsed>;
  missing: string[];
  warnings: string[];
}

/**
 * Resolves the catalog's user settings against the values the user gave. A user value wins
 * over a default; a default is announced in a warning because it is not a local figure.
 * Throws PolicyError `invalid-settings` when a given value is not a non-negative decimal.
 */
export function resolveSettings(catalog: PolicyCatalog, given: Readonly<Record<string, string>> = {}): ResolvedSettings {
  const problems = Object.entries(given)
    .filter(([, v]) => typeof v !== 'string' || !DECIMAL.test(v.trim()))
    .map(([k, v]) => `${k}: "${String(v)}" is not a non-negative decimal such as "0.05" / 不是非负十进制数`);
  if (problems.length > 0) throw new PolicyError('invalid-settings', 'invalid policy settings / 政策设定值无效', problems);
  const values: Record<string, SettingUsed> = {};
  const missing: string[] = [];
  const warnings: string[] = [];
  for (const id of Object.keys(catalog.settings).sort()) {
    const decl = catalog.settings[id];
    if (decl === undefined) continue;
    const user = given[id];
    if (user !== undefined) values[id] = { value: user.trim(), from: 'user', unit: decl.unit, label: decl.label };
    else if (decl.default !== undefined) {
      values[id] = { value: decl.default, from: 'default', unit: decl.unit, label: decl.label };
      warnings.push(`setting ${id} = ${decl.default} ${decl.unit} is the catalog default, not a value you gave / 使用默认值: ${decl.defaultNote ?? ''}`);
    } else missing.push(id);
  }
  for (const id of Object.keys(given).sort()) {
    if (!(id in catalog.settings)) warnings.push(`setting ${id} is not used by catalog ${catalog.id} / 该目录无此设定`);
  }
  if (missing.length > 0) {
    warnings.push(`no value for setting(s) ${missing.join(', ')}: the measures using them are skipped / 未设定，相关措施未计算`);
  }
  return { values, missing, warnings };
}
