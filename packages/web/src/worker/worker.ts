/// <reference lib="dom" />
/**
 * The page's Web Worker: runs `score` on the files held in memory with the CLI's own pure run
 * (`@mujun/cli/run`), and keeps the run for `explain` and the report. One request at a time, in
 * order; every failure is the CLI's one-line error.
 */
import { accountingOf, evaluateInputs, historyFromFiles, resultsCsvBytes, scoreMessages, validateMessages, validationText } from '@mujun/cli/run';
import type { Inputs, ScoreOutcome } from '@mujun/cli/run';
import type { ClassHistory, PolicyCatalog } from '@mujun/policy';
import { comparisonFromHistory, renderReport, type Provenance } from '@mujun/report';
import type { Reply, Request, RunChoice } from '../protocol.js';
import { catalogOf, schemeOf } from './choices.js';
import { dataProblems, EXIT, explanationText, reportError } from './cliPieces.js';
import { ReaderFailure, readInParallel, serveReads, useReaders } from './parallelRead.js';

/** The worker's side of postMessage (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The last run, kept for explain and the report. */
let last: { outcome: ScoreOutcome; catalog: PolicyCatalog | undefined; history: ClassHistory | undefined } | null = null;

const post = (reply: Reply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
const onProgress = (done: number, total: number, stage: string) => post({ type: 'progress', stage, done, total });

/** Field-level provenance by credit code, as `score report` shows it on each sheet. */
function provenanceOf(inputs: Inputs): Provenance | undefined {
  const perRecord = inputs.provenance;
  if (!perRecord) return undefined;
  const out: Provenance = {};
  inputs.records.forEach((r, i) => {
    const p = perRecord[i];
    if (p) out[r.creditCode] = p;
  });
  return out;
}

/** `score <files>` with the user's choices: the lines it prints (its results CSV is made when asked for). */
async function score(choice: RunChoice, provenance: boolean): Promise<Reply> {
  last = null;
  const notes: string[] = [];
  const scheme = schemeOf(choice.scheme, (line) => notes.push(line));
  const catalog = catalogOf(choice.policy, (line) => notes.push(line));
  const history =
    choice.history.length === 0 ? undefined : historyFromFiles(choice.history.map((f) => ({ name: f.name, text: new TextDecoder().decode(f.bytes) })));
  // @mujun/cli/run's runScore, step by step: the files read side by side.
  const inputs = await readInParallel(choice.files, scheme, provenance, onProgress);
  const problems = dataProblems(inputs, scheme, false);
  let outcome: ScoreOutcome = { scheme, inputs, problems, run: null };
  if (problems.exitCode === EXIT.ok) {
    onProgress(0, 1, '评价 evaluating');
    outcome = { ...outcome, run: evaluateInputs(inputs, scheme, { catalog, history }) };
    onProgress(1, 1, '评价 evaluating');
  }
  const lines = [...notes, ...scoreMessages(outcome)];
  const { run } = outcome;
  if (run === null) return { type: 'scored', exitCode: outcome.problems.exitCode, lines, accounting: null };
  last = { outcome, catalog, history };
  const a = accountingOf(run);
  return {
    type: 'scored',
    exitCode: 0,
    lines,
    accounting: { rows: a.rows, scored: a.scored, excluded: a.excluded, rejected: a.rejected, summaryRows: a.summaryRows },
  };
}

/** The report of the last run, as `score report` renders it (the page's language). */
function report(lang: 'zh' | 'en'): string {
  if (last?.outcome.run == null) throw new Error('no run to report');
  const { run } = last.outcome;
  const { catalog, history } = last;
  const provenance = provenanceOf(run.inputs);
  const comparison = history ? comparisonFromHistory(run.evaluation, history) : undefined;
  return renderReport({
    evaluation: run.evaluation,
    records: run.inputs.records,
    rejected: run.rejected,
    accounting: accountingOf(run),
    lang,
    generatedAt: new Date().toISOString().slice(0, 10),
    ...(provenance ? { provenance } : {}),
    ...(run.policies ? { policy: run.policies } : {}),
    ...(comparison ? { comparison } : {}),
    ...(catalog ? { policyTitle: catalog.title } : {}),
  });
}

async function handle(request: Request): Promise<void> {
  switch (request.type) {
    case 'validate': {
      const notes: string[] = [];
      const scheme = schemeOf(request.scheme, (line) => notes.push(line));
      const inputs = await readInParallel(request.files, scheme, true, onProgress);
      post({ type: 'validated', text: validationText(inputs), lines: [...notes, ...validateMessages(inputs)] });
      return;
    }
    case 'run': {
      post(await score(request.choice, request.forReport));
      return;
    }
    case 'csv': {
      const run = last?.outcome.run;
      if (run == null) throw new Error('no run to write');
      const bytes = resultsCsvBytes(run, { headers: 'zh', encoding: 'utf8' });
      post({ type: 'csv', bytes }, [bytes.buffer]);
      return;
    }
    case 'report':
      post({ type: 'reported', html: report(request.lang) });
      return;
    case 'explain': {
      const run = last?.outcome.run;
      if (run == null) throw new Error('no run to explain');
      post({ type: 'explained', text: explanationText(run, run.inputs.records, request.creditCode.trim().toUpperCase(), 'text') });
      return;
    }
    case 'workbook':
      throw new Error('the workbook writer is not in the page yet');
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
  else reportError(error, (line) => lines.push(line));
  return lines;
}

/** Requests are handled one after the other, in the order sent (a report asked for during its run waits for it). */
let queue = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(() => handle(request).catch((error: unknown) => post({ type: 'failed', request: request.type, lines: failureLines(error) })));
};
