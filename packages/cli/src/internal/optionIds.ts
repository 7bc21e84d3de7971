/**
 * Ids that options name — record fields in `--prefer`, catalog settings in `--setting` — checked
 * against what exists, so a typo is a usage error (exit 2) with the closest id, never ignored.
 */
import { EnterpriseRecord } from '@mujun/core';
import type { PolicyCatalog } from '@mujun/policy';
import { UsageError, type Bilingual } from '../errors.js';
import { nearestName } from './didYouMean.js';

/** Record fields a file can win with `--prefer` (the credit code is the key, not a field to win). */
const PREFERABLE_FIELDS: readonly string[] = Object.keys(EnterpriseRecord.shape).filter((f) => f !== 'creditCode');

function suggestion(typed: string, known: readonly string[]): Bilingual {
  const close = nearestName(typed, known);
  return close === undefined ? { zh: '', en: '' } : { zh: `，是否要写“${close}”？`, en: `; did you mean "${close}"?` };
}

/** Each `--prefer field=file` names a record field (exit 2 otherwise). The file is checked where the inputs are known. */
export function checkPreferFields(prefer: readonly string[]): void {
  for (const item of prefer) {
    const field = item.split('=')[0]?.trim() ?? '';
    if (field === '' || !item.includes('=') || PREFERABLE_FIELDS.includes(field)) continue;
    const hint = suggestion(field, PREFERABLE_FIELDS);
    throw new UsageError({
      zh: `--prefer 的“${field}”不是企业数据的字段${hint.zh}（字段见 docs/reference/record.md）`,
      en: `--prefer names "${field}", which is not a record field${hint.en} (fields: docs/reference/record.md)`,
    });
  }
}

/** `--setting` ids must be settings of the policy catalog given with `--policy` (exit 2 otherwise). */
export function checkSettingIds(settings: Readonly<Record<string, string>> | undefined, catalog: PolicyCatalog | undefined): void {
  if (settings === undefined) return;
  if (catalog === undefined)
    throw new UsageError({
      zh: '--setting 只能与 --policy 一起使用（它设定政策目录中的值）',
      en: '--setting only applies with --policy (it sets values of a policy catalog)',
    });
  const known = Object.keys(catalog.settings);
  for (const id of Object.keys(settings)) {
    if (known.includes(id)) continue;
    const hint = suggestion(id, known);
    throw new UsageError({
      zh: `政策目录“${catalog.id}”没有用户设定“${id}”${hint.zh}（可用：${known.length === 0 ? '无' : known.join('、')}）`,
      en: `the policy catalog "${catalog.id}" has no setting "${id}"${hint.en} (settings: ${known.length === 0 ? 'none' : known.join(', ')})`,
    });
  }
}
