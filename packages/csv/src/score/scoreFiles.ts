import type { Scheme } from '@mujun/core';
import type { MergedSources } from '../merge/mergeSources.js';
import type { SourceInput } from '../read/sourceInput.js';
import { readColumns, type ReadFilesOptions } from '../node/readSources.js';
import type { FileInput } from '../node/readSource.js';
import { scoreMerged, type ScoreCounts, type ScoreOutputOptions } from './scoreMerged.js';

/** Options of {@link scoreFiles}: how the sources are read and merged, and where the results go. */
export interface ScoreFilesOptions extends ReadFilesOptions, ScoreOutputOptions {}

/** What {@link scoreFiles} found and did: the cross-check of the sources and the accounting of every row. */
export interface ScoreFilesResult extends Omit<MergedSources, 'records' | 'rows' | 'provenance'>, ScoreCounts {
  /** Enterprises after the merge (scored + excluded). */
  enterprises: number;
}

/**
 * Scores bureau files with a scheme into a results CSV — what the `score` command does with CSV
 * out (the scheme as `validateScheme` or `getPreset` returned it): the files read into columns (a big UTF-8 file in parallel parts), merged by credit code
 * (归集/比对), scored by @mujun/core's columnar engine with the pools in two threads, and the
 * table written as bytes. Node only.
 *
 * @example
 * const run = await scoreFiles(['土地.csv', '税务.csv', '电力.csv', '环保.csv', '统计.csv'], getPreset(), { out: '结果.csv' });
 * console.log(run.scored, run.excluded, run.rejected.length, run.conflicts.length);
 */
export async function scoreFiles(inputs: readonly (SourceInput | FileInput)[], scheme: Scheme, options: ScoreFilesOptions): Promise<ScoreFilesResult> {
  // The scheme says whose figures it scores (武进: sales from the tax bureau); the merge follows it.
  const merged = await readColumns(inputs, { sourcePrecedence: scheme.sourcePrecedence, ...options });
  const counts = await scoreMerged(merged, scheme, options);
  const { records, rows: _rows, provenance: _provenance, ...crossCheck } = merged;
  return { ...crossCheck, ...counts, enterprises: records.length };
}
