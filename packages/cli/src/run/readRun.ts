/**
 * The bureau files of a run read from bytes held in memory (a web page's dropped files, a test's
 * fixtures) and merged (归集/比对) exactly as `score` merges them from disk: each CSV decoded in
 * whatever encoding `score` reads, each .xlsx one source per table sheet, an old .xls a message.
 */
import { openInMemory, readSource, type SourceRead } from '@mujun/csv';
import { checkInputNames, mergeInputs, type Inputs, type MergeInputsOptions } from './inputs.js';

/** One input file of a run: its name (as messages show it) and its bytes. */
export interface RunSource {
  name: string;
  bytes: Uint8Array;
}

/** Progress of a run: `done` of `total` steps of the stage named (中文 English). */
export type RunProgress = (done: number, total: number, stage: string) => void;

/** How the sources are read and merged. */
export interface ReadRunOptions extends MergeInputsOptions {
  /** Called before each file is read, and when the merge starts. */
  onProgress?: RunProgress | undefined;
}

/**
 * Reads `sources` one by one and merges them by credit code: what `score validate` reports on
 * (validationText; with `provenance: true` and the scheme's `sourcePrecedence`, as validate reads).
 */
export async function readRun(sources: readonly RunSource[], options: ReadRunOptions = {}): Promise<Inputs> {
  const names = sources.map((s) => s.name);
  checkInputNames(names, options.partial);
  const reads: SourceRead[] = [];
  for (const [i, source] of sources.entries()) {
    options.onProgress?.(i, sources.length, `读取 reading ${source.name}`);
    const partial = options.partial?.includes(source.name) === true;
    for (const opened of openInMemory({ name: source.name, data: source.bytes, ...(partial ? { partial } : {}) }))
      reads.push(await readSource(opened, options.mapping ? { mapping: options.mapping } : {}));
  }
  options.onProgress?.(sources.length, sources.length, '归集 merging');
  return mergeInputs(reads, names, options);
}
