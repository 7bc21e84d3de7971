import { Worker } from 'node:worker_threads';
import type { HeaderMapping } from '../headers/headerMapping.js';
import { workerAvailable } from '../internal/workerAvailable.js';
import { findHeader, type HeaderFound } from './findHeader.js';
import { PartUnreadable, parsePart } from './parsePart.js';
import type { Part, PartJob } from './partTypes.js';
import { lineOffset, splitBody } from './splitBody.js';

const HEAD = 256 << 10;
const WORKER = new URL('./partWorker.js', import.meta.url);

/** How a UTF-8 source is cut for parallel parsing. */
export interface SplitOptions {
  /** Parts parsed at the same time (default 2: this thread and one worker). */
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
 * body cut at line feeds outside quotes into parts parsed at the same time when it is big enough
 * to be worth it — this thread and worker threads, each splitting plain lines itself, handing the
 * others to csv-parse, and running the per-row reader. Null when the bytes are not plain UTF-8
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
  // Parts beyond the first go to workers, which run the compiled reader (from TypeScript sources, in tests, there are none).
  const wanted = bytes.length >= (options.minSplitBytes ?? 4 << 20) && workerAvailable(WORKER) ? (options.parts ?? 2) : 1;
  if (bytes.length < 4 || bytes.indexOf(0) >= 0) return null;
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
  const workers = pieces.slice(1).map(() => new Worker(WORKER));
  try {
    // The workers' parts are sent first: parsePart runs here without yielding for long stretches,
    // so a part sent after it started would wait for it.
    const others = workers.map((w, k) => inWorker(w, job(k + 1)));
    const own = parsePart(job(0));
    return { found, bom, parts: await Promise.all([own, ...others]) };
  } catch (e: unknown) {
    if (e instanceof PartUnreadable) return null;
    throw e;
  } finally {
    for (const w of workers) void w.terminate();
  }
}

function inWorker(worker: Worker, job: PartJob): Promise<Part> {
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { part?: Part; unreadable?: boolean; error?: string }) => {
      if (m.part) resolve(m.part);
      else reject(m.unreadable ? new PartUnreadable(m.error ?? '') : new Error(m.error));
    });
    worker.once('error', reject);
    worker.postMessage(job);
  });
}
