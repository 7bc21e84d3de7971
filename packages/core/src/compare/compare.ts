import { compareText } from '../order/compareText.js';
import { Dec, fixed } from '../arithmetic/decimal.js';
import { CLASS_IDS, type ClassId, type Evaluation, type ExclusionReason } from '../types/evaluation.js';
import type { ClassedFirm, Comparison, FirmMove, MigrationColumn, MigrationRow } from './types.js';

/** What one side says about one firm. */
interface Side {
  name: string;
  label: ClassId | 'excluded';
  total: string | null;
  reason?: ExclusionReason;
}

// Class letters best first, for up/down; schemes may use any subset.
const ORDER: readonly string[] = CLASS_IDS;

function sides(side: Evaluation | readonly ClassedFirm[]): Map<string, Side> {
  const map = new Map<string, Side>();
  // A scored entry wins over an exclusion of the same code (a duplicate record), the first over later ones.
  const classed = 'results' in side ? side.results : side.flatMap((f) => (f.class === null ? [] : [{ ...f, class: f.class }]));
  const excluded = 'results' in side ? side.excluded : side.filter((f) => f.class === null);
  for (const r of classed) if (!map.has(r.creditCode)) map.set(r.creditCode, { name: r.name ?? '', label: r.class, total: r.total ?? null });
  for (const x of excluded) {
    if (!map.has(x.creditCode)) map.set(x.creditCode, { name: x.name ?? '', label: 'excluded', total: null, ...('reason' in x ? { reason: x.reason } : {}) });
  }
  return map;
}

/** A side's classes, best first: an evaluation's scheme tiers; for a list, those it or the other side's scheme holds. */
function tiersOf(side: Evaluation | readonly ClassedFirm[], other: Evaluation | readonly ClassedFirm[]): ClassId[] {
  if ('results' in side) return side.scheme.classes.tiers.map((t) => t.id);
  const held = new Set<string>([...side.map((f) => f.class ?? ''), ...('results' in other ? tiersOf(other, side) : [])]);
  return (ORDER as ClassId[]).filter((c) => held.has(c));
}

/**
 * Compare two evaluations — normally the same district in two years, or the same records under
 * two schemes — or a year of prior results given as `{ creditCode, class }` rows (`class` null
 * when excluded): the class migration matrix (rows = place in `a`: a class, 'excluded' or 'new';
 * columns = place in `b`: a class, 'excluded' or 'gone') and every firm whose place changed, with
 * both totals. Firms are matched by credit code; the result does not depend on record order.
 *
 * @example
 * const c = compare(evaluate(records2023, scheme), evaluate(records2024, scheme));
 * c.matrix['B']?.['A']; // firms that rose from B to A
 * c.moved.filter((m) => m.direction === 'down');
 */
export function compare(a: Evaluation | readonly ClassedFirm[], b: Evaluation | readonly ClassedFirm[]): Comparison {
  const before = sides(a);
  const after = sides(b);
  const rows: MigrationRow[] = [...tiersOf(a, b), 'excluded', 'new'];
  const columns: MigrationColumn[] = [...tiersOf(b, a), 'excluded', 'gone'];
  const matrix: Record<string, Record<string, number>> = Object.fromEntries(rows.map((r) => [r, Object.fromEntries(columns.map((c) => [c, 0]))]));
  const counts = { firms: 0, stayed: 0, up: 0, down: 0, entered: 0, left: 0, other: 0 };
  const moved: FirmMove[] = [];
  const codes = [...new Set([...before.keys(), ...after.keys()])].sort(compareText);
  for (const code of codes) {
    const x = before.get(code);
    const y = after.get(code);
    const from: MigrationRow = x?.label ?? 'new';
    const to: MigrationColumn = y?.label ?? 'gone';
    const row = (matrix[from] ??= {});
    row[to] = (row[to] ?? 0) + 1;
    counts.firms++;
    if (from === to) {
      counts.stayed++;
      continue;
    }
    const move: FirmMove = {
      creditCode: code,
      name: y?.name ?? x?.name ?? '',
      from,
      to,
      totalA: x?.total ?? null,
      totalB: y?.total ?? null,
      totalChange: x?.total != null && y?.total != null ? change(x.total, y.total) : null,
      direction: directionOf(from, to),
    };
    if (x?.reason !== undefined) move.excludedA = x.reason;
    if (y?.reason !== undefined) move.excludedB = y.reason;
    counts[move.direction]++;
    moved.push(move);
  }
  const schemeOf = (side: Evaluation | readonly ClassedFirm[]): string | null => ('results' in side ? side.schemeId : null);
  return { schemeA: schemeOf(a), schemeB: schemeOf(b), rows, columns, matrix, moved, counts };
}

function change(totalA: string, totalB: string): string {
  const places = Math.max(totalA.split('.')[1]?.length ?? 0, totalB.split('.')[1]?.length ?? 0);
  return fixed(new Dec(totalB).minus(new Dec(totalA)), places);
}

function directionOf(from: MigrationRow, to: MigrationColumn): FirmMove['direction'] {
  const i = ORDER.indexOf(from);
  const j = ORDER.indexOf(to);
  if (i >= 0 && j >= 0) return j < i ? 'up' : 'down';
  if (j >= 0) return 'entered';
  if (i >= 0) return 'left';
  return 'other';
}
