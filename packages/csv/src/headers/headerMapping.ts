import type { SourceKind } from '@mujun/core';
import { KIND_ORDER } from '../merge/kindOrder.js';
import { COLUMN_SPECS } from './dictionary.js';
import { UNITS } from './units.js';

/** A user alias: the canonical column a header means, optionally with the unit its figures are in; null ignores the column. */
export type HeaderAlias = string | null | { column: string; unit?: string };

/** A user header-mapping file: `{ "aliases": { "我的列名": "tax_wan" }, "sources": { "2024税收.csv": "tax" } }`. */
export interface HeaderMapping {
  aliases: Record<string, HeaderAlias>;
  /** The kind of export of a file (by its name as given or its file name), where its columns do not tell or tell wrong. */
  sources?: Record<string, SourceKind>;
}

/** The outcome of {@link validateHeaderMapping}. */
export type HeaderMappingValidation = { mapping: HeaderMapping; errors?: undefined } | { errors: string[]; mapping?: undefined };

const COLUMNS = new Map(COLUMN_SPECS.map((s) => [s.column, s]));

/**
 * Checks a parsed mapping file (pure): every alias must name a canonical column of the header
 * dictionary (or be null, to ignore that column), a unit, when given, must be one that
 * column's dimension takes, and each of `sources` must name a kind of export (land, tax, power,
 * environment, statistics).
 */
export function validateHeaderMapping(input: unknown): HeaderMappingValidation {
  const errors: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { errors: ['文件应为 JSON 对象 / the file must hold a JSON object'] };
  const aliases = (input as { aliases?: unknown }).aliases;
  if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)) {
    return { errors: ['"aliases" 应为“列名 → 标准列名”对象 / "aliases" must be an object of header → column'] };
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
      errors.push(
        `aliases[${JSON.stringify(header)}]：${JSON.stringify(column ?? value)} 不是标准列名（见 docs/headers.md） / aliases[${JSON.stringify(header)}]: ${JSON.stringify(column ?? value)} is not a canonical column (see docs/headers.md)`,
      );
      continue;
    }
    if (unit !== undefined) {
      if (typeof unit !== 'string' || !spec.dimension || !UNITS[spec.dimension].some((u) => u.unit === unit || u.tokens.includes(unit))) {
        errors.push(
          `aliases[${JSON.stringify(header)}]：单位 ${JSON.stringify(unit)} 不适用于 ${spec.column} 列 / aliases[${JSON.stringify(header)}]: unit ${JSON.stringify(unit)} does not fit column ${spec.column}`,
        );
        continue;
      }
      out[header] = { column: spec.column, unit };
    } else out[header] = spec.column;
  }
  const sources = (input as { sources?: unknown }).sources;
  const kinds: Record<string, SourceKind> = {};
  if (sources !== undefined && (typeof sources !== 'object' || sources === null || Array.isArray(sources)))
    errors.push('"sources" 应为“文件 → 数据来源类别”对象 / "sources" must be an object of file → kind of export');
  else
    for (const [file, kind] of Object.entries((sources ?? {}) as Record<string, unknown>)) {
      if ((KIND_ORDER as readonly unknown[]).includes(kind)) kinds[file] = kind as SourceKind;
      else
        errors.push(
          `sources[${JSON.stringify(file)}]：${JSON.stringify(kind)} 不是可用的来源类别（${KIND_ORDER.join('、')}） / sources[${JSON.stringify(file)}]: ${JSON.stringify(kind)} is not one of ${KIND_ORDER.join(', ')}`,
        );
    }
  if (errors.length > 0) return { errors };
  return { mapping: { aliases: out, ...(sources === undefined ? {} : { sources: kinds }) } };
}
