import { Worker } from 'node:worker_threads';
import type { LentJob } from '../merge/lentWork.js';
import { PartUnreadable } from './parsePart.js';
import type { Part, PartJob } from './partTypes.js';

interface Waiting {
  job: PartJob;
  resolve: (part: Part) => void;
  reject: (e: unknown) => void;
}

interface Helper {
  worker: Worker;
  busy: Waiting | null;
  /** Ends the worker once it has been idle for {@link IDLE_MS}. */
  idle: NodeJS.Timeout | null;
}

/**
 * How long a worker waits for the next part before it ends: long enough to serve the next source's
 * parts, short enough that the memory it holds (the last file's bytes, its scratch buffers: an idle
 * worker collects no garbage) goes back soon after the last source is read.
 */
const IDLE_MS = 250;

/**
 * The worker threads that parse parts of files (fast/partWorker), shared by every source read while
 * there are parts to parse: five bureau files read one after another start no worker each, and none
 * is waited for while it loads its modules after the first. A worker with nothing to do does not
 * keep the process alive (unref), and ends after a moment without work.
 */
export class PartWorkers {
  private readonly helpers: Helper[] = [];
  private readonly queue: Waiting[] = [];

  constructor(private readonly url: URL) {}

  /** Starts workers up to `count` now, so that they load while the file is read. */
  warm(count: number): void {
    while (this.helpers.length < count) this.helpers.push(this.start());
    this.next();
  }

  /** Parses a part in a worker thread (one of at most `count`). */
  parse(job: PartJob, count: number): Promise<Part> {
    this.warm(count);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.next();
    });
  }

  /** Sends a merge's job to a worker idle now (merge/lentWork); false when none is. */
  lend(job: LentJob): boolean {
    const helper = this.helpers.find((h) => h.busy === null);
    helper?.worker.postMessage(job);
    return helper !== undefined;
  }

  /** Ends the workers that are idle now, as their idle time would: what they hold (the last file's bytes) goes back at once. */
  async endIdle(): Promise<void> {
    const idle = this.helpers.filter((h) => h.busy === null);
    for (const h of idle) {
      if (h.idle !== null) clearTimeout(h.idle);
      this.drop(h);
    }
    await Promise.all(idle.map((h) => h.worker.terminate()));
  }

  private start(): Helper {
    const helper: Helper = { worker: new Worker(this.url), busy: null, idle: null };
    helper.worker.unref();
    helper.worker.on('message', (m: { part?: Part; unreadable?: boolean; error?: string }) => {
      const w = helper.busy!;
      helper.busy = null;
      if (m.part) w.resolve(m.part);
      else w.reject(m.unreadable ? new PartUnreadable(m.error ?? '') : new Error(m.error));
      this.next();
    });
    helper.worker.on('error', (e: unknown) => {
      // A worker that failed is not used again; its part fails, the others go on.
      this.drop(helper);
      helper.busy?.reject(e);
      helper.busy = null;
      if (this.queue.length > 0 && this.helpers.length === 0) this.helpers.push(this.start());
      this.next();
    });
    return helper;
  }

  private next(): void {
    for (const helper of [...this.helpers]) {
      if (helper.busy !== null) continue;
      const w = this.queue.shift();
      if (w === undefined) {
        helper.worker.unref();
        helper.idle ??= setTimeout(() => {
          this.drop(helper);
          void helper.worker.terminate();
        }, IDLE_MS).unref();
        continue;
      }
      if (helper.idle !== null) clearTimeout(helper.idle);
      helper.idle = null;
      helper.busy = w;
      helper.worker.ref();
      helper.worker.postMessage(w.job);
    }
  }

  private drop(helper: Helper): void {
    const at = this.helpers.indexOf(helper);
    if (at >= 0) this.helpers.splice(at, 1);
  }
}
