import { FLAG_NAMES } from '../headers/flags.js';
import { normalizeHeader } from '../headers/normalizeHeader.js';
import { presentText } from './missing.js';

const BY_NAME = new Map<string, { id: string; list: 'flags' | 'violations' }>();
for (const f of FLAG_NAMES) {
  BY_NAME.set(normalizeHeader(f.id), f);
  for (const zh of f.zh) BY_NAME.set(normalizeHeader(zh), f);
}

/** A flag-list cell read: known flags by list, and names not in the dictionary (kept as written). */
export interface FlagListCell {
  flags: string[];
  violations: string[];
  unknown: string[];
}

/**
 * Reads a list of flags: separated by `;` `；` `,` `，` `、` or `|`; each item a flag id
 * (`high-tech`) or a Chinese name (高新技术企业, 专精特新 …). `undefined` for a blank cell; an
 * empty list for 无. A violation named in a flags column (or the reverse) goes to its own list.
 */
export function parseFlagList(raw: string): FlagListCell | undefined {
  const s = presentText(raw);
  if (s === undefined) return raw.trim() === '无' ? { flags: [], violations: [], unknown: [] } : undefined;
  const out: FlagListCell = { flags: [], violations: [], unknown: [] };
  for (const item of s.split(/[;；,，、|]/)) {
    const t = item.trim();
    if (t === '' || t === '无') continue;
    const f = BY_NAME.get(normalizeHeader(t));
    if (!f) out.unknown.push(t);
    else if (!out[f.list].includes(f.id)) out[f.list].push(f.id);
  }
  return out;
}
