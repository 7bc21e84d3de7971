import { InputError } from './errors/inputError.js';
import { mergedRecords } from './merge/mergedRecords.js';
import { mergeSources, type MergedSources, type MergeOptions } from './merge/mergeSources.js';
import type { MergedRecord } from './merge/types.js';
import { readInOrder } from './read/readInOrder.js';
import { readSource, type ReadSourceOptions } from './read/readSource.js';
import { sourceName, type SourceInput } from './read/sourceInput.js';
import { openSource } from './xlsx/workbookSources.js';

/** Options of {@link readSources}: how each source is read, and how they are merged. */
export interface ReadSourcesOptions extends ReadSourceOptions, MergeOptions {
  /** Names of sources (paths as given) that list only some enterprises; no gaps are reported for them. */
  partialSources?: string[];
}

/** The result of reading and merging sources (归集/比对), the enterprises as objects. */
export interface ReadResult extends Omit<MergedSources, 'records' | 'rows' | 'provenance'> {
  records: MergedRecord[];
}

/**
 * Reads bureau CSV exports (and .xlsx workbooks, every sheet or `file.xlsx#sheet`) and merges them
 * by 统一社会信用代码 (归集/比对) into columns: each source is decoded (UTF-8, UTF-8 BOM,
 * GBK/GB18030, UTF-16 BOM) or its sheets read, its headers mapped, its rows read and validated (a
 * big UTF-8 file in parallel parts); then the sources are joined into one record per enterprise
 * with provenance, conflicts, gaps and an accounting in which every data row is merged, rejected
 * or a summary row. Throws InputError when a source cannot be used at all.
 */
export async function readColumns(given: readonly SourceInput[], options: ReadSourcesOptions = {}): Promise<MergedSources> {
  // A path may be a CSV, an .xlsx workbook (one source per sheet) or an old .xls (a message).
  const inputs: SourceInput[] = [];
  const partialPaths = new Set(options.partialSources ?? []);
  for (const input of given)
    inputs.push(...(typeof input === 'string' ? await openSource(input, input, partialPaths.has(input) ? { partial: true } : {}) : [input]));
  const seen = new Set<string>();
  for (const input of inputs) {
    const name = sourceName(input);
    if (seen.has(name)) {
      throw new InputError('duplicate-source', name, { zh: `来源 ${name} 被重复给出`, en: `source ${name} was given more than once` });
    }
    seen.add(name);
  }
  const reads = await readInOrder(inputs, (input) => readSource(input, options));
  for (const read of reads) if (partialPaths.has(read.source)) read.partial = true;
  return mergeSources(reads, options);
}

/**
 * {@link readColumns} with each enterprise as an object ({@link MergedRecord}: the record, where
 * each field came from, the rows that made it).
 *
 * @example
 * const result = await readSources(['土地.csv', '税务.csv', '统计.csv']);
 * for (const { record } of result.records) console.log(record.creditCode, record.taxWan);
 */
export async function readSources(inputs: readonly SourceInput[], options: ReadSourcesOptions = {}): Promise<ReadResult> {
  const merged = await readColumns(inputs, options);
  const { records: _columns, rows: _rows, provenance: _provenance, ...rest } = merged;
  return { ...rest, records: mergedRecords(merged) };
}
