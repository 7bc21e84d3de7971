/// <reference lib="dom" />
/**
 * The page's workers, all of one script (the worker's bundle, started from a blob: URL): the worker
 * that cross-checks, runs and explains; its readers; and, per run, the report's worker.
 */
import type { Reply, Request, RunChoice } from '../protocol.js';

/** Filled in by scripts/build.mjs: the worker's bundled code. */
declare const WORKER_SOURCE: string;

const workerUrl = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));

/**
 * Starts the worker and its readers: workers that read one file each while the others read theirs,
 * tied to the worker by a MessagePort (a worker of a file:// page may not start workers itself).
 * One reader per processor, at least two, at most five (the bureaus' files).
 */
export function startWorker(onReply: (reply: Reply) => void, onCrash: () => void): Worker {
  const worker = new Worker(workerUrl);
  const readers = Math.min(5, Math.max(2, navigator.hardwareConcurrency || 2));
  const ports = Array.from({ length: readers }, () => {
    const channel = new MessageChannel();
    new Worker(workerUrl).postMessage({ type: 'serve', port: channel.port2 } satisfies Request, [channel.port2]);
    return channel.port1;
  });
  worker.postMessage({ type: 'readers', ports } satisfies Request, ports);
  worker.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
  // Every error of a request is answered as `failed`; an error event is the worker itself gone (memory).
  worker.onerror = onCrash;
  return worker;
}

/** The buffers of a choice's files, handed over to a worker rather than copied. */
export const transferOf = (choice: RunChoice): Transferable[] => [...choice.files, ...choice.history].map((f) => f.bytes.buffer);

/**
 * A worker of its own for the report, which repeats the run (a second or so) and renders it: the
 * report works out every firm's way to the next class (minutes for a large district), and explain
 * and the downloads must not wait for it. It answers `report` requests in either language.
 */
export function startReporter(choice: RunChoice, report: Extract<Request, { type: 'report' }>, onReply: (reply: Reply) => void): Worker {
  const reporter = new Worker(workerUrl);
  reporter.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
  reporter.postMessage({ type: 'run', choice, forReport: true } satisfies Request, transferOf(choice));
  reporter.postMessage(report);
  return reporter;
}
