/**
 * The data problems of a single file before `score`'s fast path reads it. The fast path reads into
 * columns and knows nothing of unknown columns, assumed units, needed figures no file has or
 * implausible figures; so the first MiB of the file is read the ordinary way first. A file within
 * that MiB is judged whole (its lines are the ordinary path's). Of a larger file the header-level
 * problems are exact and the row-level ones (rejected rows, implausible figures) are the first
 * rows'; problems past its first MiB go unsaid when the first rows show none.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Scheme } from '@mujun/core';
import { mergeSources, readHeaderMapping, readSource } from '@mujun/csv';
import { resolvePath, type Io } from '../io.js';
import { EXIT } from '../errors.js';
import { fastScore, type FastScoreOptions } from '../fast/fastScore.js';
import { rejectedRows } from '../load/readInputs.js';
import { dataProblems, type DataProblems } from '../output/dataProblems.js';

const SAMPLE = 1 << 20;

/** The first MiB of a file, cut after its last whole line when the file is longer. */
function head(path: string): { data: Uint8Array; whole: boolean } {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(SAMPLE + 1);
    let got = 0;
    for (let n = 1; n > 0 && got < bytes.length; got += n) n = readSync(fd, bytes, got, bytes.length - got, got);
    if (got <= SAMPLE) return { data: bytes.subarray(0, got), whole: true };
    return { data: bytes.subarray(0, bytes.lastIndexOf(10, SAMPLE) + 1), whole: false };
  } finally {
    closeSync(fd);
  }
}

/** The problems the sample shows, and whether the sample was the whole file (then they are exactly the file's). */
export interface SampleProblems extends DataProblems {
  whole: boolean;
  /** Data rows in the sample. */
  rows: number;
}

/** The data problems of the first MiB of `path` (as given) for `scheme`; null when the sample cannot be read (the ordinary path names why). */
export async function sampleProblems(io: Io, path: string, scheme: Scheme, mappingPath: string | undefined, strict: boolean): Promise<SampleProblems | null> {
  try {
    const mapping = mappingPath === undefined ? undefined : await readHeaderMapping(resolvePath(io, mappingPath));
    const bytes = head(resolvePath(io, path));
    const read = await readSource({ name: path, data: bytes.data }, mapping ? { mapping } : {});
    const merged = mergeSources([read], { provenance: false });
    const inputs = {
      records: merged.records.map((m) => m.record),
      files: merged.sources,
      sourceAccounting: merged.accounting,
      rejected: rejectedRows(merged.rejected),
      warnings: merged.warnings,
    };
    return { ...dataProblems(inputs, scheme, strict), whole: bytes.whole, rows: merged.accounting.total.rows };
  } catch {
    return null;
  }
}

/**
 * The fast path for one file, its data problems said from the sample just before its own first
 * stderr line (so a run that fails first says only why, as the ordinary path does). Of a file larger
 * than the sample, the warnings are said as the first rows' and labelled so (the fast path is for
 * large files, and the ordinary path would take several times as long to count them over every
 * row). A problem that stops the run (an error, or any warning under --strict) is the ordinary
 * path's to establish over every row. Returns 'scored' when the fast path wrote the results; 'said'
 * when it declined after saying the problems (the ordinary path must not say them again); 'not'
 * otherwise.
 */
export async function loudFastScore(io: Io, path: string, scheme: Scheme, options: FastScoreOptions, strict: boolean): Promise<'scored' | 'said' | 'not'> {
  const sample = await sampleProblems(io, path, scheme, options.mapping, strict);
  if (sample === null || sample.exitCode !== EXIT.ok) return 'not';
  const partly =
    sample.whole || sample.lines.length === 0
      ? []
      : [
          `score: 注意 / warning: 以下注意事项只检查了 ${path} 的前 ${sample.rows} 行（大文件走快速路径）；逐行检查全部数据请用 score validate / the warnings below come from the first ${sample.rows} rows of ${path} only (a large file takes the fast path); score validate checks every row`,
        ];
  let pending = [...partly, ...sample.lines];
  const told = pending.length;
  const loud: Io = {
    ...io,
    stderr: (line) => {
      for (const problem of pending) io.stderr(problem);
      pending = [];
      io.stderr(line);
    },
  };
  if (await fastScore(loud, path, scheme, options)) return 'scored';
  return pending.length < told ? 'said' : 'not';
}
