import { InputError } from './errors/inputError.js';
import { mergeSources, type MergeOptions, type ReadResult } from './merge/mergeSources.js';
import { readSource, type ReadSourceOptions, type SourceRead } from './read/readSource.js';
import { sourceName, type SourceInput } from './read/sourceInput.js';
import { openSource } from './xlsx/workbookSources.js';

/** Options of {@link readSources}: how each source is read, and how they are merged. */
export interface ReadSourcesOptions extends ReadSourceOptions, MergeOptions {
  /** Names of sources (paths as given) that list only some enterprises; no gaps are reported for them. */
  partialSources?: string[];
}

/**
 * Reads bureau CSV exports (and .xlsx workbooks, every sheet or `file.xlsx#sheet`) and merges them by 统一社会信用代码 (归集/比对): each source is
 * decoded (UTF-8, UTF-8 BOM, GBK/GB18030, UTF-16 BOM), its headers mapped, its rows read and
 * validated; then the sources are joined into one EnterpriseRecord per enterprise with
 * provenance, conflicts, gaps and an accounting in which every data row is merged, rejected or
 * a summary row. Sources are read one after another, streamed. Throws InputError when a source
 * cannot be used at all.
 *
 * @example
 * const result = await readSources(['土地.csv', '税务.csv', '统计.csv']);
 * for (const { record } of result.records) console.log(record.creditCode, record.taxWan);
 */
export async function readSources(given: readonly SourceInput[], options: ReadSourcesOptions = {}): Promise<ReadResult> {
  // A path may be a CSV, an .xlsx workbook (one source per sheet) or an old .xls (a message).
  const inputs: SourceInput[] = [];
  const partial = new Set(options.partialSources ?? []);
  for (const input of given)
    inputs.push(...(typeof input === 'string' ? await openSource(input, input, partial.has(input) ? { partial: true } : {}) : [input]));
  const seen = new Set<string>();
  for (const input of inputs) {
    const name = sourceName(input);
    if (seen.has(name)) {
      throw new InputError('duplicate-source', name, { zh: `来源 ${name} 被重复给出`, en: `source ${name} was given more than once` });
    }
    seen.add(name);
  }
  const reads: SourceRead[] = [];
  for (const input of inputs) {
    const read = await readSource(input, options);
    if (partial.has(read.source)) read.partial = true;
    reads.push(read);
  }
  return mergeSources(reads, options);
}
