import type { SettingUsed } from '../apply/types.js';
import type { PolicyCatalog } from '../catalog/catalog.js';

/** One difference between the baseline and the scenario policies. */
export interface CatalogChange {
  kind: 'measure-added' | 'measure-removed' | 'measure-changed' | 'setting-changed' | 'combination-changed';
  /** Measure, setting or combination-group id. */
  id: string;
  text: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What differs between two catalogs and the settings they ran with, by id. */
export function catalogChanges(
  a: PolicyCatalog,
  b: PolicyCatalog,
  settingsA: Readonly<Record<string, SettingUsed>>,
  settingsB: Readonly<Record<string, SettingUsed>>,
): CatalogChange[] {
  const changes: CatalogChange[] = [];
  for (const m of a.measures) {
    const other = b.measures.find((x) => x.id === m.id);
    if (other === undefined) changes.push({ kind: 'measure-removed', id: m.id, text: `措施 ${m.id} 取消 / measure ${m.id} removed` });
    else if (!same(m, other)) changes.push({ kind: 'measure-changed', id: m.id, text: `措施 ${m.id} 调整 / measure ${m.id} changed` });
  }
  for (const m of b.measures) {
    if (!a.measures.some((x) => x.id === m.id)) changes.push({ kind: 'measure-added', id: m.id, text: `新增措施 ${m.id} / measure ${m.id} added` });
  }
  for (const id of [...new Set([...Object.keys(settingsA), ...Object.keys(settingsB)])].sort()) {
    const va = settingsA[id]?.value;
    const vb = settingsB[id]?.value;
    if (va !== vb) changes.push({ kind: 'setting-changed', id, text: `设定 ${id}: ${va ?? '—'} → ${vb ?? '—'} / setting changed` });
  }
  if (!same(a.combinationGroups, b.combinationGroups))
    changes.push({ kind: 'combination-changed', id: '*', text: '叠加/就高规则变化 / combination rules changed' });
  return changes;
}

/** Measures whose definition or settings differ between the catalogs (their money may change on their own). */
export function changedMeasureIds(a: PolicyCatalog, b: PolicyCatalog, changes: readonly CatalogChange[]): Set<string> {
  const ids = new Set(changes.filter((c) => c.kind.startsWith('measure')).map((c) => c.id));
  const settings = new Set(changes.filter((c) => c.kind === 'setting-changed').map((c) => c.id));
  for (const m of [...a.measures, ...b.measures]) {
    const ins = m.instrument;
    const amounts = ins.kind === 'surcharge' ? [ins.ratePerUnit] : ins.kind === 'relief' ? [ins.percent, ins.ratePerM2] : [];
    if (amounts.some((x) => 'setting' in x && settings.has(x.setting))) ids.add(m.id);
  }
  if (changes.some((c) => c.kind === 'combination-changed'))
    for (const m of [...a.measures, ...b.measures]) if (m.combinationGroup !== undefined) ids.add(m.id);
  return ids;
}
