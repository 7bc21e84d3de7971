/**
 * The files of a run read side by side, one per reader (a worker of the same script that the page
 * started and connected to this one by a MessagePort: a worker of a file:// page may not start one),
 * then merged here — as `score` reads a big file's parts on worker threads. Each
 * file is read exactly as @mujun/cli/run's readRun reads it (openInMemory, then readSource per
 * sheet), and the reads are merged in the order given with the CLI's mergeInputs, so the merged
 * input is readRun's. With one file, or without readers, they are read here.
 */
import { checkInputNames, mergeInputs, type Inputs, type RunProgress, type RunSource } from '@mujun/cli/run';
import { JoinedText, openInMemory, readSource, type SourceRead } from '@mujun/csv';
import type { Scheme } from '@mujun/core';
import type { Reply, Request } from '../protocol.js';

/** A reader's failure, already in the CLI's one-line words. */
export class ReaderFailure extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** One file's sources read (a workbook gives one per table sheet). */
async function readFile(source: RunSource): Promise<SourceRead[]> {
  const reads: SourceRead[] = [];
  for (const opened of openInMemory({ name: source.name, data: source.bytes })) reads.push(await readSource(opened));
  return reads;
}

/** The readers' ports, given by the page. */
let readers: MessagePort[] = [];

/** Takes the readers the page started. */
export function useReaders(ports: MessagePort[]): void {
  readers = ports;
}

/** A reader's side: answers each read request on `port` with the file's sources, or the CLI's one-line error. */
export function serveReads(port: MessagePort, failureLines: (error: unknown) => string[]): void {
  port.onmessage = (event: MessageEvent<Request>) => {
    const request = event.data;
    if (request.type !== 'read') return;
    readFile(request.file).then(
      (reads) => port.postMessage({ type: 'read', reads } satisfies Reply),
      (error: unknown) => port.postMessage({ type: 'failed', request: 'read', lines: failureLines(error) } satisfies Reply),
    );
  };
}

/**
 * A read as it crossed from a reader: structured cloning keeps data, not classes, so the text
 * columns (JoinedText: one string and its entries' starts) get their methods back.
 */
function withMethods(read: SourceRead): SourceRead {
  for (const column of [read.rows.codes, read.rows.names]) Object.setPrototypeOf(column, JoinedText.prototype);
  return read;
}

/** Reads `sources` on the readers (their reads kept in the order given); progress as each file starts. */
async function readOnReaders(sources: readonly RunSource[], onProgress: RunProgress): Promise<SourceRead[][]> {
  const out: SourceRead[][] = new Array(sources.length);
  // The biggest files first, so that no reader is left with a big one while the others idle.
  const queue = sources.map((_, i) => i).sort((a, b) => (sources[b] as RunSource).bytes.length - (sources[a] as RunSource).bytes.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    readers.slice(0, sources.length).map(async (reader) => {
      while (next < queue.length) {
        const i = queue[next++] as number;
        const source = sources[i] as RunSource;
        onProgress(done, sources.length, `读取 reading ${source.name}`);
        out[i] = await new Promise<SourceRead[]>((resolve, reject) => {
          reader.onmessage = (event: MessageEvent<Reply>) => {
            const reply = event.data;
            if (reply.type === 'read') resolve(reply.reads.map(withMethods));
            else if (reply.type === 'failed') reject(new ReaderFailure(reply.lines));
          };
          reader.onmessageerror = () => reject(new Error(`a reader could not send ${source.name}'s sources`));
          reader.postMessage({ type: 'read', file: source } satisfies Request);
        });
        done++;
      }
    }),
  );
  return out;
}

/**
 * The files last read, by the page's count of its file choices: the cross-check reads the files
 * when they are chosen, and the run merges those reads again (reading does not depend on the
 * scheme; the merge, which never changes its reads, does).
 */
let lastRead: { generation: number; perFile: SourceRead[][] } | null = null;

/**
 * @mujun/cli/run's readRun with the files read side by side — or, when the page's file choice
 * `generation` is the one last read, those reads merged again.
 */
export async function readInParallel(
  sources: readonly RunSource[],
  generation: number,
  scheme: Scheme,
  provenance: boolean,
  onProgress: RunProgress,
): Promise<Inputs> {
  const names = sources.map((s) => s.name);
  checkInputNames(names, undefined);
  let perFile: SourceRead[][];
  if (lastRead?.generation === generation) perFile = lastRead.perFile;
  else if (readers.length > 1 && sources.length > 1) perFile = await readOnReaders(sources, onProgress);
  else {
    perFile = [];
    for (const [i, source] of sources.entries()) {
      onProgress(i, sources.length, `读取 reading ${source.name}`);
      perFile.push(await readFile(source));
    }
  }
  lastRead = { generation, perFile };
  onProgress(sources.length, sources.length, '归集 merging');
  return mergeInputs(perFile.flat(), names, { sourcePrecedence: scheme.sourcePrecedence, provenance });
}
