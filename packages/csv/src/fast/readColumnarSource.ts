import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ColumnarRecords } from '@mujun/core';
import type { RowError } from '../errors/rowError.js';
import type { HeaderMapping } from '../headers/headerMapping.js';
import type { SummaryRow } from '../read/summaryRow.js';
import { findHeader } from './findHeader.js';
import { mergeParts } from './mergeParts.js';
import { NotFast, parsePart } from './parsePart.js';
import type { Part, PartJob, RecordCellBytes } from './partTypes.js';
import { lineOffset, splitBody } from './splitBody.js';

/** One source read into columns and merged (one record per credit code), as readSource + mergeSources would. */
export interface ColumnarSourceRead {
  source: string;
  records: ColumnarRecords;
  /** Physical line of each record. */
  lines: Int32Array;
  /** Every problem of every rejected row (read problems and conflicting duplicates), by line. */
  rejected: RowError[];
  fieldErrors: RowError[];
  summaryRows: SummaryRow[];
  /** Each record's credit code, name and county as CSV cells (when asked for: {@link ReadColumnarOptions.cells}). */
  cells?: RecordCellBytes;
}

/** Options of {@link readColumnarSource}. */
export interface ReadColumnarOptions {
  mapping?: HeaderMapping | undefined;
  /** Parts parsed in parallel (default 2: this thread and one worker). */
  parts?: number;
  /** Smallest body worth splitting, in bytes (default 4 MiB). */
  minSplitBytes?: number;
  /** Also make each record's credit code, name and county cells for a results table, in the threads that parse them. */
  cells?: boolean;
  /** Called after each stage (read the bytes, parse the parts, merge) with its wall time in ms. */
  onStage?: (stage: string, ms: number) => void;
}

const HEAD = 256 << 10;
const WORKER = new URL('./partWorker.js', import.meta.url);

/**
 * The fast reader for one UTF-8 file (with or without BOM): the header found as readSource finds
 * it, the body cut at line feeds outside quotes and parsed in parallel — this thread and worker
 * threads, each running csv-parse and the ordinary per-row reader into typed-array columns —
 * then merged by credit code as mergeSources merges a single source (identical repeats once,
 * conflicting duplicates rejected, scale defaulting to 规下, flags sorted).
 *
 * Returns null whenever the file needs the ordinary reader: another encoding, a NUL byte, no
 * header or no data rows within reach, malformed quoting, a figure of more than 15 significant
 * digits. The ordinary reader then reads it — and reports what is wrong with it.
 */
export async function readColumnarSource(path: string, source: string, options: ReadColumnarOptions = {}): Promise<ColumnarSourceRead | null> {
  let t = performance.now();
  const stage = (name: string) => {
    const now = performance.now();
    options.onStage?.(name, now - t);
    t = now;
  };
  let fd: number;
  try {
    // A named pipe or /dev/stdin has no size and can be read once: the ordinary (streaming) reader's.
    if (!statSync(path).isFile()) return null;
    fd = openSync(path, 'r');
  } catch {
    return null; // the ordinary reader names the problem
  }
  let bytes: Uint8Array;
  // Workers start now, loading their modules while this thread reads the file.
  const workers: Worker[] = [];
  try {
    const size = fstatSync(fd).size;
    // (parts beyond the first go to workers; from TypeScript sources, without them, the file is one part)
    const wanted = size >= (options.minSplitBytes ?? 4 << 20) ? (options.parts ?? 2) : 1;
    if (workerAvailable()) for (let k = 1; k < wanted; k++) workers.push(new Worker(WORKER));
    bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const got = readSync(fd, bytes, at, size - at, at);
      if (got === 0) return stop(workers);
      at += got;
    }
  } finally {
    closeSync(fd);
  }
  try {
    return await readBytes(bytes, source, options, workers, stage);
  } finally {
    stop(workers);
  }
}

function stop(workers: Worker[]): null {
  for (const w of workers) void w.terminate();
  return null;
}

async function readBytes(
  bytes: Uint8Array,
  source: string,
  options: ReadColumnarOptions,
  workers: Worker[],
  stage: (name: string) => void,
): Promise<ColumnarSourceRead | null> {
  stage('read file');
  if (bytes.length < 4 || bytes.indexOf(0) >= 0) return null;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;

  let headEnd = Math.min(bytes.length, from + HEAD);
  if (headEnd < bytes.length) headEnd = bytes.lastIndexOf(10, headEnd) + 1;
  if (headEnd <= from) return null;
  let head: string;
  try {
    head = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from, headEnd));
  } catch {
    return null;
  }
  const found = findHeader(source, head, options.mapping);
  if (found === null) return null;
  const bodyStart = lineOffset(bytes, from, found.bodyLine);
  if (bodyStart < 0 || bodyStart >= bytes.length) return null;

  const pieces = splitBody(bytes, bodyStart, bytes.length, found.bodyLine, workers.length + 1);
  // The first part's figure columns get room for every row (see mergeParts); 80 bytes a row is a generous guess.
  const numberCapacity = Math.ceil((bytes.length - bodyStart) / 80);
  const job = (k: number): PartJob => ({
    source,
    bytes,
    start: pieces[k]!.start,
    end: pieces[k]!.end,
    firstLine: pieces[k]!.firstLine,
    header: found.header,
    delimiter: found.delimiter,
    mapping: options.mapping,
    cells: options.cells === true,
    ...(k === 0 ? { numberCapacity } : {}),
  });
  let parts: Part[];
  try {
    const done = (k: number) => (part: Part) => (stage(`  part ${k + 1} (${k === 0 ? 'this thread' : 'worker'}, ${part.n} rows) done`), part);
    // The workers' parts are sent first: parsePart runs here without yielding for long stretches,
    // so a part sent after it started would wait for it.
    const others = pieces.slice(1).map((_, k) => inWorker(workers[k] as Worker, job(k + 1)).then(done(k + 1)));
    const own = parsePart(job(0)).then(done(0));
    parts = await Promise.all([own, ...others]);
  } catch (e: unknown) {
    if (e instanceof NotFast) return null;
    throw e;
  }
  stage(`parse (${pieces.length} part${pieces.length > 1 ? 's' : ''})`);
  if (parts.some((p) => p.wide)) return null;
  if (parts.reduce((s, p) => s + p.dataRows, 0) === 0) return null;
  const merged = mergeParts(source, parts, found.header, options.mapping);
  stage('merge');
  return merged;
}

/** Workers run the compiled partWorker.js; from TypeScript sources (tests) the parts are parsed here, one after the other. */
function workerAvailable(): boolean {
  // (a data: URL is the worker embedded in the single-file build, packages/cli/scripts/bundle.mjs)
  return WORKER.protocol === 'data:' || (WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER)));
}

function inWorker(worker: Worker, job: PartJob): Promise<Part> {
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { part?: Part; notFast?: boolean; error?: string }) => {
      if (m.part) resolve(m.part);
      else reject(m.notFast ? new NotFast(m.error ?? '') : new Error(m.error));
    });
    worker.once('error', reject);
    worker.postMessage(job);
  });
}
