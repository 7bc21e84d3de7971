import type { MergedSources } from '../merge/mergeSources.js';
import type { SourceInput } from '../read/sourceInput.js';
import { readAndMerge, withObjects, type ReadResult, type ReadSourcesOptions } from '../readSources.js';
import { openInMemory } from '../xlsx/workbookSources.js';
import { openSource } from './openSource.js';
import { readSource, type FileInput, type ReadFileOptions } from './readSource.js';

/** Options of the Node {@link readSources}: how sources are read (big UTF-8 files in parallel parts) and merged. */
export interface ReadFilesOptions extends ReadSourcesOptions, ReadFileOptions {}

/**
 * `@mujun/csv`'s readColumns for files too: a path may be a CSV, an .xlsx workbook (every table
 * sheet, or `税务.xlsx#2023年` for one) or an old .xls (a one-line message); a big UTF-8 file is
 * parsed in parallel parts.
 */
export async function readColumns(given: readonly (SourceInput | FileInput)[], options: ReadFilesOptions = {}): Promise<MergedSources> {
  const partial = new Set(options.partialSources ?? []);
  const inputs: (SourceInput | FileInput)[] = [];
  for (const input of given) {
    if (typeof input === 'string') inputs.push(...(await openSource(input, input, partial.has(input) ? { partial: true } : {})));
    else if ('path' in input) inputs.push(input);
    else inputs.push(...openInMemory(partial.has(input.name) ? { ...input, partial: true } : input));
  }
  return readAndMerge(inputs, options, readSource);
}

/**
 * {@link readColumns} with each enterprise as an object (the record, where each field came from,
 * the rows that made it).
 *
 * @example
 * const result = await readSources(['土地.csv', '税务.csv', '统计.csv']);
 * for (const { record } of result.records) console.log(record.creditCode, record.taxWan);
 */
export async function readSources(inputs: readonly (SourceInput | FileInput)[], options: ReadFilesOptions = {}): Promise<ReadResult> {
  return withObjects(await readColumns(inputs, options));
}
