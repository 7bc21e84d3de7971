/// <reference lib="dom" />
/**
 * The page's Web Worker: runs `score` on the files held in memory with the CLI's own pure run
 * (`@mujun/cli/run`), and keeps the run for `explain`, the downloads and the report. One request at
 * a time, in order; every failure is the CLI's one-line error. The same script serves as a reader
 * (parallelRead) when the page hands it a port.
 */
import {
  accountingOf,
  catalogFromText,
  errorLines,
  explanationText,
  historyFromFiles,
  presetCatalog,
  presetScheme,
  reportHtml,
  resultsCsvBytes,
  resultsWorkbookBytes,
  schemeFromText,
  scoreInputs,
  scoreMessages,
  validateMessages,
  validationText,
} from '@mujun/cli/run';
import type { ScoreRun } from '@mujun/cli/run';
import type { Scheme } from '@mujun/core';
import type { ClassHistory, PolicyCatalog } from '@mujun/policy';
import type { FileBytes, PolicyChoice, Reply, Request, RunChoice, SchemeChoice } from '../protocol.js';
import { ReaderFailure, readInParallel, serveReads, useReaders } from './parallelRead.js';

/** The worker's side of postMessage (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The last run, kept for explain, the downloads and the report. */
let last: { run: ScoreRun; catalog: PolicyCatalog | undefined; history: ClassHistory | undefined } | null = null;

const post = (reply: Reply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
const onProgress = (done: number, total: number, stage: string) => post({ type: 'progress', stage, done, total });
const text = (file: FileBytes): string => new TextDecoder().decode(file.bytes);

/** The scheme chosen, as `--scheme` loads it; its notes go to `notes`. */
function schemeOf(choice: SchemeChoice, notes: string[]): Scheme {
  if ('preset' in choice) return presetScheme(choice.preset || undefined);
  const loaded = schemeFromText(choice.file.name, text(choice.file));
  notes.push(...loaded.notes);
  return loaded.value;
}

/** The catalog chosen, as `--policy` loads it, or undefined for none. */
function catalogOf(choice: PolicyChoice, notes: string[]): PolicyCatalog | undefined {
  if (choice === null) return undefined;
  if ('preset' in choice) return presetCatalog(choice.preset);
  const loaded = catalogFromText(choice.file.name, text(choice.file));
  notes.push(...loaded.notes);
  return loaded.value;
}

/** `score <files>` with the user's choices: the lines it prints (its results are made when asked for). */
async function score(choice: RunChoice, provenance: boolean): Promise<Reply> {
  last = null;
  const notes: string[] = [];
  const scheme = schemeOf(choice.scheme, notes);
  const catalog = catalogOf(choice.policy, notes);
  const history = choice.history.length === 0 ? undefined : historyFromFiles(choice.history.map((f) => ({ name: f.name, text: text(f) })));
  const settings = Object.keys(choice.settings).length === 0 ? undefined : choice.settings;
  // @mujun/cli/run's runScore with the files read side by side.
  const inputs = await readInParallel(choice.files, choice.generation, scheme, provenance, onProgress);
  const outcome = scoreInputs(inputs, { scheme, catalog, history, settings, onProgress });
  const lines = [...notes, ...scoreMessages(outcome)];
  if (outcome.run === null) return { type: 'scored', exitCode: outcome.problems.exitCode, lines, accounting: null };
  last = { run: outcome.run, catalog, history };
  return { type: 'scored', exitCode: 0, lines, accounting: accountingOf(outcome.run) };
}

function lastRun(): NonNullable<typeof last> {
  if (last === null) throw new Error('no run yet');
  return last;
}

async function handle(request: Request): Promise<void> {
  switch (request.type) {
    case 'validate': {
      const notes: string[] = [];
      const scheme = schemeOf(request.scheme, notes);
      const inputs = await readInParallel(request.files, request.generation, scheme, true, onProgress);
      post({ type: 'validated', text: validationText(inputs), lines: [...notes, ...validateMessages(inputs)] });
      return;
    }
    case 'run':
      post(await score(request.choice, request.forReport));
      return;
    case 'csv': {
      const bytes = resultsCsvBytes(lastRun().run, { headers: request.headers, encoding: request.encoding });
      post({ type: 'csv', bytes }, [bytes.buffer]);
      return;
    }
    case 'workbook': {
      const bytes = resultsWorkbookBytes(lastRun().run, { headers: request.headers });
      post({ type: 'workbook', bytes }, [bytes.buffer]);
      return;
    }
    case 'report': {
      const { run, catalog, history } = lastRun();
      const generatedAt = new Date().toISOString().slice(0, 10);
      const { lang, title, issuer } = request;
      post({ type: 'reported', html: reportHtml(run, { lang, generatedAt, catalog, history, ...(title ? { title } : {}), ...(issuer ? { issuer } : {}) }) });
      return;
    }
    case 'explain': {
      const { run } = lastRun();
      post({ type: 'explained', text: explanationText(run, run.inputs.records, request.creditCode.trim().toUpperCase(), 'text') });
      return;
    }
    case 'readers':
      useReaders(request.ports);
      return;
    case 'serve':
      serveReads(request.port, failureLines);
      return;
    case 'read':
      throw new Error('read requests come on a reader’s port');
  }
}

/** An error as the CLI prints it. */
function failureLines(error: unknown): string[] {
  const lines: string[] = [];
  if (error instanceof ReaderFailure) lines.push(...error.lines);
  else lines.push(...errorLines(error).lines);
  return lines;
}

/** Requests are handled one after the other, in the order sent (a report asked for during its run waits for it). */
let queue = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(() => handle(request).catch((error: unknown) => post({ type: 'failed', request: request.type, lines: failureLines(error) })));
};
