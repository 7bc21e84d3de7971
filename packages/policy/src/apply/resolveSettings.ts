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
    .map(([k, v]) => `${k}：“${String(v)}”不是非负十进制数（如 0.05） / ${k}: "${String(v)}" is not a non-negative decimal such as "0.05"`);
  if (problems.length > 0) throw new PolicyError('invalid-settings', '政策设定值无效 / invalid policy settings', problems);
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
      const note = decl.defaultNote === undefined ? '' : ` (${decl.defaultNote})`;
      warnings.push(
        `设定 ${id} = ${decl.default} ${decl.unit} 是目录的默认值，不是用户给出的值${note} / setting ${id} = ${decl.default} ${decl.unit} is the catalog default, not a value you gave${note}`,
      );
    } else missing.push(id);
  }
  for (const id of Object.keys(given).sort()) {
    if (!(id in catalog.settings)) warnings.push(`政策目录 ${catalog.id} 没有设定 ${id} / setting ${id} is not used by catalog ${catalog.id}`);
  }
  if (missing.length > 0) {
    warnings.push(
      `设定 ${missing.join('、')} 没有值，用到它们的措施未计算 / no value for setting(s) ${missing.join(', ')}: the measures using them are skipped`,
    );
  }
  return { values, missing, warnings };
}
