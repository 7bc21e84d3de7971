import { InputError } from './errors/inputError.js';
import { mergedRecords } from './merge/mergedRecords.js';
import { mergeSources, type MergedSources, type MergeOptions } from './merge/mergeSources.js';
import type { MergedRecord } from './merge/types.js';
import { readInOrder } from './read/readInOrder.js';
import { readSource, type ReadSourceOptions, type SourceRead } from './read/readSource.js';
import type { SourceInput } from './read/sourceInput.js';
import { openInMemory } from './xlsx/workbookSources.js';

/** Options of {@link readSources}: how each source is read, and how they are merged. */
export interface ReadSourcesOptions extends ReadSourceOptions, MergeOptions {
  /** Names of sources that list only some enterprises; no gaps are reported for them. */
  partialSources?: string[] | undefined;
}

/** The result of reading and merging sources (归集/比对), the enterprises as objects. */
export interface ReadResult extends Omit<MergedSources, 'records' | 'rows' | 'provenance'> {
  records: MergedRecord[];
}

/**
 * Reads bureau exports held in memory — CSV bytes, .xlsx workbook bytes (every table sheet) or
 * rows — and merges them by 统一社会信用代码 (归集/比对) into columns: each source is decoded
 * (UTF-8, UTF-8 BOM, GBK/GB18030, UTF-16 BOM) or its sheets read, its headers mapped, its rows read
 * and validated; then the sources are joined into one record per enterprise with provenance,
 * conflicts, gaps and an accounting in which every data row is merged, rejected or a summary row.
 * Throws InputError when a source cannot be used at all. Runs anywhere (a web page too);
 * `@mujun/csv/node`'s readColumns also takes file paths.
 */
export async function readColumns(given: readonly SourceInput[], options: ReadSourcesOptions = {}): Promise<MergedSources> {
  const partial = new Set(options.partialSources ?? []);
  const inputs = given.flatMap((input) => openInMemory(partial.has(input.name) ? { ...input, partial: true } : input));
  return readAndMerge(inputs, options, readSource);
}

/**
 * {@link readColumns} with each enterprise as an object ({@link MergedRecord}: the record, where
 * each field came from, the rows that made it).
 */
export async function readSources(inputs: readonly SourceInput[], options: ReadSourcesOptions = {}): Promise<ReadResult> {
  return withObjects(await readColumns(inputs, options));
}

/** Reads opened sources one after the other with `read` and merges them; a name given twice is an InputError. */
export async function readAndMerge<I extends { name: string } | string>(
  inputs: readonly I[],
  options: ReadSourcesOptions,
  read: (input: I, options: ReadSourcesOptions) => Promise<SourceRead>,
): Promise<MergedSources> {
  const partial = new Set(options.partialSources ?? []);
  const seen = new Set<string>();
  for (const input of inputs) {
    const name = typeof input === 'string' ? input : input.name;
    if (seen.has(name)) {
      throw new InputError('duplicate-source', name, { zh: `来源 ${name} 被重复给出`, en: `source ${name} was given more than once` });
    }
    seen.add(name);
  }
  const reads: SourceRead[] = await readInOrder(inputs, (input) => read(input, options));
  for (const r of reads) if (partial.has(r.source)) r.partial = true;
  return mergeSources(reads, { ...options, sourceKinds: options.sourceKinds ?? options.mapping?.sources });
}

/** Merged sources with each enterprise as an object. */
export function withObjects(merged: MergedSources): ReadResult {
  const { records: _columns, rows: _rows, provenance: _provenance, ...rest } = merged;
  return { ...rest, records: mergedRecords(merged) };
}
