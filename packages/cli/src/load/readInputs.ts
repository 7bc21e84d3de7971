/**
 * Reads the bureau files named on the command line with @mujun/csv/node (a big CSV in parallel
 * parts, an .xlsx one source per sheet) and merges them as every run does (run/inputs' mergeInputs).
 */
import { readInOrder, type SourceRead } from '@mujun/csv';
import { openSource, readHeaderMapping, readSource } from '@mujun/csv/node';
import type { Io } from '../io.js';
import { resolvePath } from '../io.js';
import { assertUnchanged, snapshotOf } from '../files/inputFiles.js';
import type { Progress } from '../progress.js';
import { checkInputNames, mergeInputs, type Inputs, type MergeInputsOptions } from '../run/inputs.js';

export type { Inputs } from '../run/inputs.js';

/** Reading options: the merge's, with the mapping file's path and a progress bar. */
export interface ReadInputsOptions extends Omit<MergeInputsOptions, 'mapping'> {
  /** The header-mapping file (`--mapping`). */
  mapping?: string | undefined;
  progress?: Progress;
}

/** Reads `paths` (as given on the command line) into columns and merges them by credit code. */
export async function readInputs(io: Io, paths: string[], options: ReadInputsOptions = {}): Promise<Inputs> {
  checkInputNames(paths, options.partial);
  const mapping = options.mapping === undefined ? undefined : await readHeaderMapping(resolvePath(io, options.mapping));
  // Sources are named by the path as given, so messages show what the user typed; they are
  // read one by one so the progress bar can advance per file.
  // Two files at a time (@mujun/csv's readInOrder: one parsed while the last one's columns are put together), in order.
  const perPath = await readInOrder(paths, async (path, i) => {
    options.progress?.update(`读取 reading ${path}`, i, paths.length);
    const partial = options.partial?.includes(path) === true;
    const before = snapshotOf(io, path);
    const read: SourceRead[] = [];
    // A CSV read whole (in parallel parts when big) or streamed (a pipe); an .xlsx workbook one source per sheet (or `file.xlsx#sheet`); an .xls a message.
    for (const source of await openSource(resolvePath(io, path), path, { partial })) read.push(await readSource(source, mapping ? { mapping } : {}));
    assertUnchanged(io, path, before);
    return read;
  });
  options.progress?.update('归集 merging', paths.length, paths.length);
  return mergeInputs(perPath.flat(), paths, { ...options, mapping });
}
