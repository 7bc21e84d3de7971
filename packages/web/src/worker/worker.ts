/// <reference lib="dom" />
/**
 * The page's Web Worker: runs `score` on the files held in memory with the CLI's own pure run
 * (`@mujun/cli/run`), and keeps the run for `explain` and the report. One request at a time, in
 * order; every failure is the CLI's one-line error.
 */
import { accountingOf, historyFromFiles, readRun, resultsCsvBytes, runScore, scoreMessages, validateMessages, validationText } from '@mujun/cli/run';
import type { Inputs, ScoreOutcome } from '@mujun/cli/run';
import type { ClassHistory, PolicyCatalog } from '@mujun/policy';
import { comparisonFromHistory, renderReport, type Provenance } from '@mujun/report';
import type { Reply, Request, RunChoice } from '../protocol.js';
import { catalogOf, schemeOf } from './choices.js';
import { explanationText, reportError } from './cliPieces.js';

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

/** `score <files>` with the user's choices: the lines it prints, and the results CSV it writes. */
async function score(choice: RunChoice, provenance: boolean): Promise<Reply> {
  last = null;
  const notes: string[] = [];
  const scheme = schemeOf(choice.scheme, (line) => notes.push(line));
  const catalog = catalogOf(choice.policy, (line) => notes.push(line));
  const history =
    choice.history.length === 0 ? undefined : historyFromFiles(choice.history.map((f) => ({ name: f.name, text: new TextDecoder().decode(f.bytes) })));
  const outcome = await runScore(choice.files, { scheme, catalog, history, provenance, onProgress });
  const lines = [...notes, ...scoreMessages(outcome)];
  const { run } = outcome;
  if (run === null) return { type: 'scored', exitCode: outcome.problems.exitCode, lines, csv: null, accounting: null, year: null };
  last = { outcome, catalog, history };
  onProgress(0, 0, '写出 writing');
  const a = accountingOf(run);
  return {
    type: 'scored',
    exitCode: 0,
    lines,
    csv: resultsCsvBytes(run, { headers: 'zh', encoding: 'utf8' }),
    accounting: { rows: a.rows, scored: a.scored, excluded: a.excluded, rejected: a.rejected, summaryRows: a.summaryRows },
    year: run.columns.referenceDate?.slice(0, 4) ?? null,
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
      const inputs = await readRun(request.files, { sourcePrecedence: scheme.sourcePrecedence, provenance: true, onProgress });
      post({ type: 'validated', text: validationText(inputs), lines: [...notes, ...validateMessages(inputs)] });
      return;
    }
    case 'run': {
      const reply = await score(request.choice, request.forReport);
      // The page keeps the CSV's bytes for the download; the worker has no more use for them.
      post(reply, reply.type === 'scored' && reply.csv ? [reply.csv.buffer] : []);
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
  }
}

/** Requests are handled one after the other, in the order sent (a report asked for during its run waits for it). */
let queue = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).catch((error: unknown) => {
      const lines: string[] = [];
      reportError(error, (line) => lines.push(line));
      post({ type: 'failed', request: request.type, lines });
    }),
  );
};
