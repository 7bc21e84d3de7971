import { InputError } from '../errors/inputError.js';
import type { ReadWarning } from '../read/warning.js';
import { COLUMN_SPECS, IGNORED_HEADERS, type ColumnSpec } from './dictionary.js';
import type { HeaderMapping } from './headerMapping.js';
import { normalizeHeader, splitUnit } from './normalizeHeader.js';
import { canonicalUnit, findUnit, UNITS, type UnitSpec } from './units.js';

/** A column of a source file and how its cells are read. */
export interface MappedColumn {
  /** 0-based position in the file. */
  index: number;
  /** Header as written. */
  header: string;
  spec: ColumnSpec;
  /** Unit of the figures (decimal columns), null otherwise. */
  unit: UnitSpec | null;
}

/** How a source's header row was understood. */
export interface HeaderMap {
  /** Columns that are read, in file order. */
  columns: MappedColumn[];
  /** Headers as written that were not understood (reported as warnings, cells ignored). */
  unknown: string[];
  /** Headers as written that are known to carry nothing used (序号, 电表户号 …), or that the user mapped to null. */
  ignored: string[];
  warnings: ReadWarning[];
}

interface Hit {
  spec: ColumnSpec;
  /** Lower wins when two columns fill one field. */
  rank: [number, number];
  unit?: UnitSpec;
  exactCanonical: boolean;
}

const SPEC_INDEX = new Map(COLUMN_SPECS.map((s, i) => [s, i]));
const BUILTIN = new Map<string, Hit>();
for (const [i, spec] of COLUMN_SPECS.entries()) {
  BUILTIN.set(normalizeHeader(spec.column), { spec, rank: [i, 0], exactCanonical: true });
  for (const [j, alias] of spec.aliases.entries()) {
    const key = normalizeHeader(alias);
    if (!BUILTIN.has(key)) BUILTIN.set(key, { spec, rank: [i, j + 1], exactCanonical: false });
  }
}
const IGNORED = new Set(IGNORED_HEADERS.map(normalizeHeader));
const BY_COLUMN = new Map(COLUMN_SPECS.map((s) => [s.column, s]));
const YES_NO_KINDS = new Set(['boolean', 'flag', 'scale-flag']);
const ASSUME_WARN = new Set(['money', 'land', 'electricity', 'energy', 'mass']);

function userIndex(mapping: HeaderMapping | undefined): Map<string, Hit | null> {
  const m = new Map<string, Hit | null>();
  if (!mapping) return m;
  for (const [header, alias] of Object.entries(mapping.aliases)) {
    if (alias === null) {
      m.set(normalizeHeader(header), null);
      continue;
    }
    const column = typeof alias === 'string' ? alias : alias.column;
    const spec = BY_COLUMN.get(column);
    if (!spec) continue;
    const unitName = typeof alias === 'string' ? undefined : alias.unit;
    const unit = unitName !== undefined && spec.dimension ? (findUnit(spec.dimension, normalizeHeader(unitName)) ?? undefined) : undefined;
    m.set(normalizeHeader(header), { spec, rank: [-1, SPEC_INDEX.get(spec)!], exactCanonical: true, ...(unit ? { unit } : {}) });
  }
  return m;
}

function targetKey(spec: ColumnSpec): string {
  if (spec.kind === 'flag') return `${spec.field}:${spec.flag}`;
  if (spec.kind === 'flag-list') return `${spec.field}:list`;
  return spec.field;
}

/**
 * Understands a source's header row: each header is matched against the user's aliases, then
 * the dictionary (canonical English names and Chinese headers), then as `name(unit)` with the
 * unit read from the bracket. Throws InputError for a missing required column, a unit the column
 * cannot take, or two equally good columns for one field.
 */
export function mapHeaders(source: string, headers: readonly string[], mapping?: HeaderMapping): HeaderMap {
  const user = userIndex(mapping);
  const warnings: ReadWarning[] = [];
  const unknown: string[] = [];
  const ignored: string[] = [];
  const chosen = new Map<string, { col: MappedColumn; rank: number[] }>();
  for (const [index, header] of headers.entries()) {
    const n = normalizeHeader(header);
    if (n === '') continue;
    let hit: Hit | null | undefined = user.has(n) ? user.get(n) : BUILTIN.get(n);
    let unit: UnitSpec | undefined;
    let unitGiven = false;
    if (hit === undefined && n.startsWith('是否')) {
      const h = BUILTIN.get(n.slice(2));
      if (h && YES_NO_KINDS.has(h.spec.kind)) hit = h;
    }
    if (hit === undefined) {
      const split = splitUnit(n);
      if (split) {
        hit = user.has(split.base) ? user.get(split.base) : BUILTIN.get(split.base);
        if (hit?.spec.dimension) {
          const u = findUnit(hit.spec.dimension, split.unit);
          if (!u) {
            throw new InputError(
              'unknown-unit',
              source,
              {
                zh: `${source}：列“${header}”的单位“${split.unit}”无法识别（可用：${unitList(hit.spec)}）`,
                en: `${source}: the unit ${JSON.stringify(split.unit)} of column ${JSON.stringify(header)} is not one this column takes (${unitList(hit.spec)})`,
              },
              header,
            );
          }
          unit = u;
          unitGiven = true;
        }
      }
    }
    if (hit === null || (hit === undefined && (IGNORED.has(n) || IGNORED.has(splitUnit(n)?.base ?? '')))) {
      ignored.push(header);
      continue;
    }
    if (hit === undefined) {
      unknown.push(header);
      warnings.push({
        code: 'unknown-column',
        source,
        column: header,
        message: { zh: `${source}：未识别的列“${header}”，已忽略`, en: `${source}: unknown column ${JSON.stringify(header)}, ignored` },
      });
      continue;
    }
    const spec = hit.spec;
    let finalUnit: UnitSpec | null = null;
    if (spec.dimension) {
      finalUnit = unit ?? hit.unit ?? canonicalUnit(spec.dimension);
      if (!unitGiven && !hit.unit && !hit.exactCanonical && ASSUME_WARN.has(spec.dimension)) {
        warnings.push({
          code: 'unit-assumed',
          source,
          column: header,
          message: {
            zh: `${source}：列“${header}”未注明单位，按“${finalUnit.unit}”读取`,
            en: `${source}: column ${JSON.stringify(header)} names no unit; read as ${finalUnit.unit}`,
          },
        });
      }
    }
    const col: MappedColumn = { index, header, spec, unit: finalUnit };
    const rank = [...hit.rank, finalUnit && finalUnit !== canonicalUnit(spec.dimension!) ? 1 : 0];
    // Every meter or parcel number column is kept: together they say which row is which.
    const key = spec.kind === 'row-key' ? `rowKey:${index}` : targetKey(spec);
    const prev = chosen.get(key);
    if (!prev) {
      chosen.set(key, { col, rank });
      continue;
    }
    const cmp = compareRank(rank, prev.rank);
    if (cmp === 0) {
      throw new InputError(
        'duplicate-column',
        source,
        {
          zh: `${source}：列“${prev.col.header}”和“${header}”都表示 ${spec.column}，无法确定使用哪一列（可用列名映射文件忽略其一）`,
          en: `${source}: columns ${JSON.stringify(prev.col.header)} and ${JSON.stringify(header)} both mean ${spec.column}; ignore one with a header mapping file`,
        },
        header,
      );
    }
    const [used, shadowed] = cmp < 0 ? [col, prev.col] : [prev.col, col];
    if (cmp < 0) chosen.set(key, { col, rank });
    warnings.push({
      code: 'shadowed-column',
      source,
      column: shadowed.header,
      message: {
        zh: `${source}：列“${shadowed.header}”与“${used.header}”都表示 ${spec.column}，使用“${used.header}”`,
        en: `${source}: columns ${JSON.stringify(shadowed.header)} and ${JSON.stringify(used.header)} both mean ${spec.column}; using ${JSON.stringify(used.header)}`,
      },
    });
  }
  for (const spec of COLUMN_SPECS) {
    if (spec.required && !chosen.has(targetKey(spec))) {
      throw new InputError(
        'missing-required-column',
        source,
        {
          zh: `${source}：缺少必需的列“${spec.aliases[0]}”（${spec.column}）`,
          en: `${source}: the required column ${spec.column} (${spec.aliases[0]}) is missing`,
        },
        spec.column,
      );
    }
  }
  const columns = [...chosen.values()].map((c) => c.col).sort((a, b) => a.index - b.index);
  return { columns, unknown, ignored, warnings };
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function unitList(spec: ColumnSpec): string {
  return spec.dimension ? UNITS[spec.dimension].map((u) => u.unit).join('、') : '';
}
