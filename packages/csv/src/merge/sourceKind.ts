import type { SourceKind } from '@mujun/core';
import { KIND_ORDER } from './kindOrder.js';
import { BUREAU_HEADERS, COLUMN_SPECS } from '../headers/dictionary.js';
import { normalizeHeader, splitUnit } from '../headers/normalizeHeader.js';
import type { SourceColumn } from '../read/readSource.js';

/** What kind of export a source is, and how that was found. */
export interface SourceKindFound {
  /** The bureau whose export it is; null when its columns do not tell (it then ranks after every kind). */
  kind: SourceKind | null;
  /** `mapping`: named in the mapping file's `sources`; `columns`: inferred from the columns it has. */
  from: 'mapping' | 'columns';
}

/** The header dictionary's bureau of each column and of each header that tells (DOMAIN.md §7): each is a vote for that bureau. */
const COLUMN_KIND: ReadonlyMap<string, SourceKind> = new Map(COLUMN_SPECS.flatMap((s) => (s.bureau === undefined ? [] : [[s.column, s.bureau] as const])));
const HEADER_KIND: ReadonlyMap<string, SourceKind> = new Map([...BUREAU_HEADERS].map(([header, kind]) => [normalizeHeader(header), kind] as const));

/**
 * The kind of export a source is: the one named for it in the mapping file's `sources` (by the
 * name as given or the file's own name), else the bureau most of its recognised columns belong to
 * (a tie, or no telling column, is null). It depends on the file alone, never on its place among
 * the inputs.
 */
export function sourceKindOf(source: string, columns: readonly SourceColumn[], named?: Readonly<Record<string, SourceKind>>): SourceKindFound {
  const given = named?.[source] ?? named?.[baseName(source)];
  if (given !== undefined) return { kind: given, from: 'mapping' };
  const votes = new Map<SourceKind, number>();
  for (const c of columns) {
    const h = normalizeHeader(c.header);
    const kind = HEADER_KIND.get(h) ?? HEADER_KIND.get(splitUnit(h)?.base ?? '') ?? COLUMN_KIND.get(c.column);
    if (kind !== undefined) votes.set(kind, (votes.get(kind) ?? 0) + 1);
  }
  const most = Math.max(0, ...votes.values());
  const top = KIND_ORDER.filter((k) => most > 0 && votes.get(k) === most);
  return { kind: top.length === 1 ? top[0]! : null, from: 'columns' };
}

/** `data/税务.csv` → `税务.csv`; a workbook's sheet keeps its `#sheet`. */
function baseName(source: string): string {
  return source.replace(/^.*[\\/]/, '');
}
