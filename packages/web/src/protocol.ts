/**
 * What the page and its worker say to each other. The page sends the files' bytes (transferred,
 * not copied) and the user's choices; the worker answers with progress, the `score` messages and
 * the results. Everything crosses as plain data: the worker keeps the run for `explain` and the report.
 */

import type { Accounting, RunSource } from '@mujun/cli/run';
import type { SourceRead, TableLanguage } from '@mujun/csv';

/** A file the user dropped or picked: its name and bytes (@mujun/cli/run's RunSource). */
export type FileBytes = RunSource;

/** The scheme: a preset of @mujun/core by id, or a scheme JSON file. */
export type SchemeChoice = { preset: string } | { file: FileBytes };

/** The policy catalog: none, a preset of @mujun/policy by id, or a catalog JSON file. */
export type PolicyChoice = { preset: string } | { file: FileBytes } | null;

/** What the user chose to run. */
export interface RunChoice {
  files: FileBytes[];
  /** The page's count of its file choices: the same count, the same files (read once, by the cross-check). */
  generation: number;
  scheme: SchemeChoice;
  policy: PolicyChoice;
  /** Last year's (or earlier) results, as `score` wrote them (CSV or JSON). */
  history: FileBytes[];
  /** Values of the catalog's settings by id (`--setting id=value`); none given: the catalog's defaults. */
  settings: Record<string, string>;
}

/** Page → worker. */
export type Request =
  | { type: 'validate'; files: FileBytes[]; generation: number; scheme: SchemeChoice }
  /** `forReport`: keep each field's source, which the report's sheets show (as `score report` does). */
  | { type: 'run'; choice: RunChoice; forReport: boolean }
  /** The report in `lang`, with what `score report --title --issuer` would put on it. */
  | { type: 'report'; lang: 'zh' | 'en'; title: string; issuer: string }
  | { type: 'explain'; creditCode: string }
  /** The results CSV (`--headers`, `--encoding`), made when asked for (a second or two at 10⁵ firms the run need not wait for). */
  | { type: 'csv'; headers: TableLanguage; encoding: 'utf8' | 'gbk' }
  | { type: 'workbook'; headers: TableLanguage }
  /** To the worker: the ports of the readers the page started (a worker cannot start one from a file:// page). */
  | { type: 'readers'; ports: MessagePort[] }
  /** To a reader: answer read requests on this port. */
  | { type: 'serve'; port: MessagePort }
  /** To a reader, on its port: read one file. */
  | { type: 'read'; file: FileBytes };

/** Worker → page. */
export type Reply =
  | { type: 'progress'; stage: string; done: number; total: number }
  /** `score validate`'s text report and its cross-check line. */
  | { type: 'validated'; text: string; lines: string[] }
  /** The run ended: the lines `score` prints, and (exit code 0) its accounting. */
  | { type: 'scored'; exitCode: number; lines: string[]; accounting: Accounting | null }
  /** The results CSV as `score` writes it with the same choices. */
  | { type: 'csv'; bytes: Uint8Array }
  | { type: 'reported'; html: string }
  | { type: 'explained'; text: string }
  | { type: 'workbook'; bytes: Uint8Array }
  /** From a reader: the file's sources read (a workbook gives one per table sheet). */
  | { type: 'read'; reads: SourceRead[] }
  /** A request failed: `score`'s one-line error, as the CLI prints it. */
  | { type: 'failed'; request: Request['type']; lines: string[] };
