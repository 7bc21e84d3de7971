import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors/inputError.js';
import { readParts, type SplitOptions } from '../fast/readParts.js';
import { fromParts, readSource as readInMemory, type ReadSourceOptions, type SourceRead } from '../read/readSource.js';
import type { SourceInput } from '../read/sourceInput.js';

/** A source in a file: its path, or a name for messages and the path. */
export type FileInput =
  | string
  | {
      /** Shown in errors, provenance and conflicts (the path as the user gave it, say). */
      name: string;
      /** The file to read. */
      path: string;
      /** As for a source in memory: a list that only some enterprises are on. */
      partial?: boolean;
    };

/** Options of the Node reader: how a source is read, and how a big UTF-8 one is cut into parallel parts. */
export interface ReadFileOptions extends ReadSourceOptions, SplitOptions {}

/** The name a source is known by: the path as given, or its `name`. */
function inputName(input: SourceInput | FileInput): string {
  return typeof input === 'string' ? input : input.name;
}

/**
 * Reads one source — a file, or a source in memory — as `@mujun/csv`'s readSource does: a UTF-8
 * source of 4 MiB or more is parsed in parallel parts (this thread and worker threads), anything
 * else in one stream, with the same per-row reader, so the result is the same either way.
 */
export async function readSource(input: SourceInput | FileInput, options: ReadFileOptions = {}): Promise<SourceRead> {
  const source = inputName(input);
  const partial = typeof input !== 'string' && input.partial === true;
  const bytes =
    typeof input === 'string'
      ? fileBytes(input, source)
      : 'path' in input
        ? fileBytes(input.path, source)
        : 'data' in input && input.data instanceof Uint8Array
          ? input.data
          : null;
  if (bytes !== null) {
    const read = await readParts(bytes, source, options.mapping, options.badValues ?? 'reject-row', options);
    if (read !== null) {
      options.onProgress?.(source, bytes.length);
      return fromParts(source, partial, read, options.mapping);
    }
    return readInMemory({ name: source, data: bytes, ...(partial ? { partial } : {}) }, options);
  }
  return readInMemory(input as SourceInput, options);
}

/** A file's bytes, in shared memory (parallel parts read them in place); an InputError naming it when it cannot be read. */
function fileBytes(path: string, source: string): Uint8Array {
  try {
    const fd = openSync(path, 'r');
    try {
      const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
      for (let at = 0; at < bytes.length; ) {
        const got = readSync(fd, bytes, at, bytes.length - at, at);
        if (got === 0) return bytes.subarray(0, at);
        at += got;
      }
      return bytes;
    } finally {
      closeSync(fd);
    }
  } catch (e: unknown) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError('unreadable', source, { zh: `无法读取 ${source}：${why}`, en: `cannot read ${source}: ${why}` });
  }
}
