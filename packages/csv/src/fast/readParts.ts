import type { HeaderMapping } from '../headers/headerMapping.js';
import { workerAvailable } from '../internal/workerAvailable.js';
import { setLender } from '../merge/lentWork.js';
import { findHeader, type HeaderFound } from './findHeader.js';
import { PartUnreadable, parsePart } from './parsePart.js';
import type { Part, PartJob } from './partTypes.js';
import { PartWorkers } from './partWorkers.js';
import { lineOffset, splitBody } from './splitBody.js';

const HEAD = 256 << 10;
const WORKER = new URL('./partWorker.js', import.meta.url);
const workers = new PartWorkers(WORKER);
setLender((job) => workers.lend(job));

/** Ends the part workers that have nothing to parse (they end by themselves after a moment idle). */
export const endIdlePartWorkers = (): Promise<void> => workers.endIdle();

/** How a UTF-8 source is cut for parallel parsing. */
export interface SplitOptions {
  /** Parts parsed at the same time, each by a worker thread (default 2). */
  parts?: number | undefined;
  /** Smallest body worth splitting, in bytes (default 4 MiB; a test may force small splits). */
  minSplitBytes?: number | undefined;
}

/** A source read in parts: its header and the parts' rows, in file order. */
export interface PartsRead {
  found: HeaderFound;
  bom: boolean;
  parts: Part[];
}

/**
 * Reads a UTF-8 source held in memory: the header found as the one-stream reader finds it, the
 * body cut at line feeds outside quotes into parts parsed at the same time by worker threads when
 * it is big enough to be worth it (fast/parsePart: sure lines from bytes, the others through
 * csv-parse and the per-row reader; a small body is parsed in this thread). Null when the bytes are not plain UTF-8
 * text with a header in its first 256 KiB, or a part turns out not to be UTF-8 or well-formed CSV:
 * the one-stream reader (read/readSource) then reads the source and names what is wrong with it.
 */
export async function readParts(
  bytes: Uint8Array,
  source: string,
  mapping: HeaderMapping | undefined,
  badValues: PartJob['badValues'],
  options: SplitOptions = {},
): Promise<PartsRead | null> {
  // Parts go to workers, which run the compiled reader (from TypeScript sources, in tests, there are none).
  const wanted = bytes.length >= (options.minSplitBytes ?? 4 << 20) && workerAvailable(WORKER) ? (options.parts ?? 2) : 1;
  if (wanted > 1) workers.warm(wanted);
  // Buffer#indexOf is memchr; TypedArray#indexOf walked 120 MB in 75 ms.
  if (bytes.length < 4 || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0) return null;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const from = bom ? 3 : 0;
  let headEnd = Math.min(bytes.length, from + HEAD);
  if (headEnd < bytes.length) headEnd = bytes.lastIndexOf(10, headEnd) + 1;
  if (headEnd <= from) return null;
  let head: string;
  try {
    head = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from, headEnd));
  } catch {
    return null;
  }
  const found = findHeader(source, head, mapping);
  if (found === null) return null;
  const bodyStart = lineOffset(bytes, from, found.bodyLine);
  if (bodyStart < 0 || bodyStart >= bytes.length) return null;
  // Workers share the bytes instead of a copy each.
  let shared = bytes;
  if (wanted > 1 && !(bytes.buffer instanceof SharedArrayBuffer)) {
    shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
  }
  const pieces = splitBody(shared, bodyStart, shared.length, found.bodyLine, wanted);
  const job = (k: number): PartJob => ({
    source,
    bytes: shared,
    start: pieces[k]!.start,
    end: pieces[k]!.end,
    firstLine: pieces[k]!.firstLine,
    header: found.header,
    delimiter: found.delimiter,
    mapping,
    badValues,
  });
  try {
    // Parts are parsed in the workers and this thread only puts them together: it keeps the
    // collections of this thread (where the merged strings live) away from the parts' buffers,
    // and leaves it free to put the last file together while the workers parse the next.
    if (pieces.length === 1 && wanted === 1) return { found, bom, parts: [parsePart(job(0))] };
    return { found, bom, parts: await Promise.all(pieces.map((_, k) => workers.parse(job(k), wanted))) };
  } catch (e: unknown) {
    if (e instanceof PartUnreadable) return null;
    throw e;
  }
}
