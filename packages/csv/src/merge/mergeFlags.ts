import type { FlagStates } from '../read/parseRow.js';
import { compareKeys, precedenceKey, reasonOf } from './fieldPrecedence.js';
import { fieldIndex, flagSort } from './fieldOrder.js';
import type { FoundConflict, MergeContext } from './mergeContext.js';
import type { ConflictValue } from './types.js';

/** The flag and violation lists merged: by enterprise, each flag's winning source (when kept), and the conflicts. */
export interface MergedFlags {
  lists: { flags: Map<number, string[]>; violations: Map<number, string[]> };
  from: Map<number, Map<string, number>>;
  conflicts: FoundConflict[];
}

type Offer = { s: number; value: boolean };

/**
 * Flags and violations merged flag by flag (few enterprises have any, so by enterprise): each
 * flag's state from the source that wins it, a conflict where sources say yes and no.
 */
export function mergeFlags(ctx: MergeContext): MergedFlags {
  const { reads } = ctx;
  const out: MergedFlags = { lists: { flags: new Map(), violations: new Map() }, from: new Map(), conflicts: [] };
  // Per enterprise with any: each flag key (`flags.high-tech`) → the offers, and which lists it has.
  const offers = new Map<number, Map<string, Offer[]>>();
  const known = new Map<number, Set<'flags' | 'violations'>>();
  for (const [s, r] of reads.entries()) {
    const rec = ctx.recordOf[s]!;
    for (const list of ['flags', 'violations'] as const) {
      for (const [row, states] of r.rows[list] as Map<number, FlagStates>) {
        const i = rec[row]!;
        if (i < 0) continue; // a row not used
        let k = known.get(i);
        if (!k) known.set(i, (k = new Set()));
        k.add(list);
        let m = offers.get(i);
        if (!m) offers.set(i, (m = new Map()));
        for (const id in states) {
          const key = `${list}.${id}`;
          const o = m.get(key);
          if (o) o.push({ s, value: states[id]! });
          else m.set(key, [{ s, value: states[id]! }]);
        }
      }
    }
  }
  const keyOf = (field: string, s: number) => precedenceKey(field, ctx.sources[s]!, ctx.rules);
  for (const i of [...known.keys()].sort((a, b) => a - b)) {
    const m = offers.get(i) ?? new Map<string, Offer[]>();
    const winners = new Map<string, number>();
    for (const [key, all] of m) {
      const ranked = [...all].sort((a, b) => compareKeys(keyOf(key, a.s), keyOf(key, b.s)));
      const won = ranked[0]!;
      winners.set(key, won.s);
      if (ranked.every((o) => o.value === won.value)) continue;
      const line = (s: number) => reads[s]!.rows.line[ctx.rowIn[s]![i]! - 1]!;
      out.conflicts.push({
        record: i,
        order: fieldIndex(key),
        conflict: {
          creditCode: '',
          name: '',
          field: key,
          chosen: reads[won.s]!.source,
          reason: reasonOf(keyOf(key, won.s), keyOf(key, ranked[1]!.s)),
          withinTolerance: false,
          values: ranked.map(
            (o): ConflictValue => ({
              source: reads[o.s]!.source,
              row: line(o.s),
              column: ctx.columnOf(o.s, key),
              value: o.value,
              kind: ctx.sources[o.s]!.kind,
            }),
          ),
        },
      });
    }
    for (const list of known.get(i)!) {
      const ids: string[] = [];
      for (const [key, s] of winners) {
        if (!key.startsWith(`${list}.`)) continue;
        if (m.get(key)!.find((o) => o.s === s)!.value) ids.push(key.slice(list.length + 1));
      }
      out.lists[list].set(i, ids.sort(flagSort));
    }
    if (ctx.keepProvenance) out.from.set(i, winners);
  }
  return out;
}
