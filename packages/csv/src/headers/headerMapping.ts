import { COLUMN_SPECS } from './dictionary.js';
import { UNITS } from './units.js';

/** A user alias: the canonical column a header means, optionally with the unit its figures are in; null ignores the column. */
export type HeaderAlias = string | null | { column: string; unit?: string };

/** A user header-mapping file: `{ "aliases": { "我的列名": "tax_wan" } }`. */
export interface HeaderMapping {
  aliases: Record<string, HeaderAlias>;
}

/** The outcome of {@link validateHeaderMapping}. */
export type HeaderMappingValidation = { mapping: HeaderMapping; errors?: undefined } | { errors: string[]; mapping?: undefined };

const COLUMNS = new Map(COLUMN_SPECS.map((s) => [s.column, s]));

/**
 * Checks a parsed mapping file (pure): every alias must name a canonical column of the header
 * dictionary (or be null, to ignore that column), and a unit, when given, must be one that
 * column's dimension takes.
 */
export function validateHeaderMapping(input: unknown): HeaderMappingValidation {
  const errors: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { errors: ['the file must hold a JSON object / 文件应为 JSON 对象'] };
  const aliases = (input as { aliases?: unknown }).aliases;
  if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)) {
    return { errors: ['"aliases" must be an object of header → column / "aliases" 应为“列名 → 标准列名”对象'] };
  }
  const out: Record<string, HeaderAlias> = {};
  for (const [header, value] of Object.entries(aliases)) {
    if (value === null) {
      out[header] = null;
      continue;
    }
    const column = typeof value === 'string' ? value : typeof value === 'object' && !Array.isArray(value) ? (value as { column?: unknown }).column : undefined;
    const unit = typeof value === 'object' && value !== null ? (value as { unit?: unknown }).unit : undefined;
    const spec = typeof column === 'string' ? COLUMNS.get(column) : undefined;
    if (!spec) {
      errors.push(`aliases[${JSON.stringify(header)}]: ${JSON.stringify(column ?? value)} is not a canonical column (see docs/headers.md) / 不是标准列名`);
      continue;
    }
    if (unit !== undefined) {
      if (typeof unit !== 'string' || !spec.dimension || !UNITS[spec.dimension].some((u) => u.unit === unit || u.tokens.includes(unit))) {
        errors.push(`aliases[${JSON.stringify(header)}]: unit ${JSON.stringify(unit)} does not fit column ${spec.column} / 单位不适用于该列`);
        continue;
      }
      out[header] = { column: spec.column, unit };
    } else out[header] = spec.column;
  }
  return errors.length > 0 ? { errors } : { mapping: { aliases: out } };
}
