/**
 * The stderr line of `score` that names the pools under the scheme's minimum size: each firm of such
 * a pool got the fallback class instead of a quota place and was scored on what the scheme says (its
 * whole group, or the pool itself), which a reader of the results must know. It says so in the words
 * of the results table's 说明 cell (@mujun/core's smallPoolText), once for the pools it fits.
 */
import { type PoolSummary, type Scheme, smallPoolText } from '@mujun/core';

/** Pools named before "…". */
const SHOWN = 5;

type SmallPool = Pick<PoolSummary, 'pool' | 'group' | 'county' | 'size' | 'smallPool'>;

/** The line, or null when no pool is under the minimum. */
export function smallPoolsLine(pools: readonly SmallPool[], scheme: Pick<Scheme, 'groups'>): string | null {
  // Pools of one group share a text (the group's size is in it); each text names its pools.
  const byText = new Map<string, { en: string; pools: SmallPool[] }>();
  for (const p of pools) {
    if (p.smallPool === undefined) continue;
    const text = smallPoolText(p.smallPool);
    const entry = byText.get(text.zh) ?? { en: text.en, pools: [] };
    entry.pools.push(p);
    byText.set(text.zh, entry);
  }
  if (byText.size === 0) return null;
  // The Chinese half names the group by its Chinese name, the English half by the pool key.
  const groupName = (id: string) => scheme.groups.find((g) => g.id === id)?.name ?? id;
  const zh: string[] = [];
  const en: string[] = [];
  for (const [text, { en: textEn, pools: named }] of byText) {
    const shown = named.slice(0, SHOWN);
    const rest = named.length - shown.length;
    const zhNames = shown.map((p) => `${groupName(p.group)}${p.county === null ? '' : `·${p.county}`} ${p.size} 家`).join('、');
    const enNames = shown.map((p) => `${p.pool}: ${p.size}`).join(', ');
    zh.push(`${text}（${zhNames}${rest > 0 ? `等 ${named.length} 个` : ''}）`);
    en.push(`${textEn} (${enNames}${rest > 0 ? `, … ${rest} more` : ''})`);
  }
  return `score: 注意 / note: ${zh.join('；')}，见方案 classes.smallPool / ${en.join('; ')}; see the scheme's classes.smallPool`;
}
