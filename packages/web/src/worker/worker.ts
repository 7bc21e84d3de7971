/// <reference lib="dom" />
/**
 * The page's Web Worker: reads the files, runs `score` on them and keeps the run for the report,
 * `explain` and the workbook. One request at a time, in order; every failure is the CLI's one-line error.
 */
import { comparisonFromHistory, renderReport } from '@mujun/report';
import type { Reply, Request } from '../protocol.js';
import { explanationText, reportError, score, validate, type ScoreOutcome } from './stopgap.js';

/** The worker's side of postMessage (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let last: ScoreOutcome | null = null;

const post = (reply: Reply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
const progress = (stage: string, done: number, total: number) => post({ type: 'progress', stage, done, total });

/** A rejected row's "中文 / English" message as its two texts (as the CLI's report command splits it). */
function bilingual(oneLine: string): { zh: string; en: string } {
  const at = oneLine.indexOf(' / ');
  return at < 0 ? { zh: oneLine, en: oneLine } : { zh: oneLine.slice(0, at), en: oneLine.slice(at + 3) };
}

/** The report of the last run, as `score report` renders it (same inputs, the page's language). */
function report(lang: 'zh' | 'en'): string {
  if (last?.run == null || last.inputs == null) throw new Error('no run to report');
  const { run, inputs, catalog, history } = last;
  const accounting = run.columns.accounting;
  const rejected = run.rejected.length;
  const comparison = history ? comparisonFromHistory(run.evaluation, history) : undefined;
  return renderReport({
    evaluation: run.evaluation,
    records: inputs.records,
    rejected: run.rejected.map((r) => ({ source: r.source, row: r.row, column: r.column, code: r.code, message: bilingual(r.message), value: r.value })),
    accounting: { rows: accounting.scored + accounting.excluded + rejected, scored: accounting.scored, excluded: accounting.excluded, rejected },
    lang,
    generatedAt: new Date().toISOString().slice(0, 10),
    ...(run.policies ? { policy: run.policies } : {}),
    ...(comparison ? { comparison } : {}),
    ...(catalog ? { policyTitle: catalog.title } : {}),
  });
}

async function handle(request: Request): Promise<void> {
  switch (request.type) {
    case 'validate': {
      const { text, lines } = await validate(request.files, request.scheme, progress);
      post({ type: 'validated', text, lines });
      return;
    }
    case 'run': {
      last = null;
      const outcome = await score(request.choice, progress);
      last = outcome;
      const a = outcome.run?.columns.accounting;
      const rejected = outcome.run?.rejected.length ?? 0;
      post(
        {
          type: 'scored',
          exitCode: outcome.exitCode,
          lines: outcome.lines,
          csv: outcome.csv,
          accounting:
            a === undefined || outcome.run === null
              ? null
              : { rows: a.scored + a.excluded + rejected, scored: a.scored, excluded: a.excluded, rejected, summaryRows: outcome.run.summaryRows },
          year: outcome.run?.columns.referenceDate?.slice(0, 4) ?? null,
        },
        // The page keeps the CSV's bytes for the download; the worker has no more use for them.
        outcome.csv ? [outcome.csv.buffer] : [],
      );
      last = { ...outcome, csv: null };
      return;
    }
    case 'report':
      post({ type: 'reported', html: report(request.lang) });
      return;
    case 'explain':
      if (last?.run == null || last.inputs == null) throw new Error('no run to explain');
      post({ type: 'explained', text: explanationText(last.run, last.inputs.records, request.creditCode.trim().toUpperCase(), 'text') });
      return;
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
