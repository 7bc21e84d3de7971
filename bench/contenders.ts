/**
 * The contenders of `pnpm bench`: each is one command run as its own process on the same file.
 * `job: true` ones do the whole `score` job (read, score the default scheme, rank, write a
 * results CSV); the others are floors (reading the bytes, splitting them into rows).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PYTHON, pandasVersion } from './machine.ts';
import { BUREAUS } from './splitBureaus.ts';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** One contender. */
export interface Contender {
  id: string;
  description: string;
  /** Does the whole job and writes a results CSV (compared firm by firm with `--verify`). */
  job: boolean;
  /** The command for one run. */
  command: (input: string, output: string) => [string, string[]];
  /** Why it cannot run here, or null when it can. */
  unavailable: () => string | null;
  /** Needs the five bureau exports of the input ({@link fiveDir}) besides the canonical file. */
  five?: boolean;
  /** Needs a results file of the same firms as last year's history ({@link historyFile}). */
  history?: boolean;
}

/** Where the five bureau exports of a canonical input file are (bench/splitBureaus.ts makes them). */
export const fiveDir = (input: string): string => input.replace(/\.csv$/, '-five');
/** The five bureau exports of a canonical input file, in the order `score` is given them. */
export const fiveFiles = (input: string): string[] => BUREAUS.map((b) => join(fiveDir(input), b.file));
/** A results file of the same firms (score's own output on them), given to `--history` as last year's classes. */
export const historyFile = (input: string): string => input.replace(/\.csv$/, '-history.csv');

/** The CLI's compiled entry, which `pnpm build` produces. */
export const SCORE_BIN = here('../packages/cli/bin/score.js');
const SCORE_MAIN = here('../packages/cli/dist/main.js');

/** Whether the `score` command is built and can run. */
export const scoreAvailable = (): boolean => existsSync(SCORE_BIN) && existsSync(SCORE_MAIN);

const node = process.execPath;

/** All contenders, in the order they run within a round. */
export const CONTENDERS: readonly Contender[] = [
  {
    id: 'read',
    description: 'stream the file (1 MiB chunks) and count lines: the I/O floor',
    job: false,
    command: (input) => [node, [here('contenders/parse.mjs'), 'read', input]],
    unavailable: () => null,
  },
  {
    id: 'csv-parse',
    description: 'csv-parse 7 alone, array rows (no columns, no cast): the parsing floor we build on',
    job: false,
    command: (input) => [node, [here('contenders/parse.mjs'), 'csv-parse', input]],
    unavailable: () => null,
  },
  {
    id: 'hand-split',
    description: 'split on newline and comma (correct only for files without quotes): what csv-parse costs',
    job: false,
    command: (input) => [node, [here('contenders/parse.mjs'), 'hand-split', input]],
    unavailable: () => null,
  },
  {
    id: 'duckdb',
    description: 'the whole job in DuckDB SQL, 2 threads, DOUBLE arithmetic, COPY to CSV',
    job: true,
    command: (input, output) => [node, [here('contenders/duckdb.mjs'), input, output, '--threads', '2']],
    unavailable: () => null,
  },
  {
    id: 'duckdb-wide',
    description:
      "the same in DuckDB, writing what score's results CSV holds: name, status, pool size, land, each indicator's value and score, and the out-of-scope firms with their reason, sorted",
    job: true,
    command: (input, output) => [node, [here('contenders/duckdb.mjs'), input, output, '--threads', '2', '--wide']],
    unavailable: () => null,
  },
  {
    id: 'pandas',
    description: 'the whole job in pandas (Debian python3-pandas), float64',
    job: true,
    command: (input, output) => [PYTHON, [here('baseline_pandas.py'), input, output]],
    unavailable: () => (pandasVersion() ? null : `${PYTHON} has no pandas (apt-get install python3-pandas)`),
  },
  {
    id: 'js-float',
    description:
      "probe, not exact: the whole job in plain JavaScript, float64, columnar typed arrays, csv-parse in 2 worker threads — a floor for score's fast path",
    job: true,
    command: (input, output) => [node, [here('contenders/js-float.mjs'), input, output, '--parser', 'csv-parse', '--workers', '2']],
    unavailable: () => null,
  },
  {
    id: 'js-float-split',
    description: 'the same probe with the hand split instead of csv-parse (files without quotes only)',
    job: true,
    command: (input, output) => [node, [here('contenders/js-float.mjs'), input, output, '--parser', 'hand-split', '--workers', '2']],
    unavailable: () => null,
  },
  {
    id: 'score',
    description: 'the real `score` command, default scheme, results CSV out',
    job: true,
    command: (input, output) => [node, [SCORE_BIN, input, '--out', output]],
    unavailable: () => (scoreAvailable() ? null : 'packages/cli is not built yet (pnpm build): no dist/main.js'),
  },
  {
    id: 'duckdb-five',
    description: 'the whole job in DuckDB on the five bureau exports, joined by credit code (full outer join), 2 threads',
    job: true,
    five: true,
    command: (input, output) => [node, [here('contenders/duckdb.mjs'), fiveDir(input), output, '--threads', '2', '--five']],
    unavailable: () => null,
  },
  {
    id: 'duckdb-five-wide',
    description: "the five-file job in DuckDB, writing what score's results CSV holds (as duckdb-wide): the same output as score-five",
    job: true,
    five: true,
    command: (input, output) => [node, [here('contenders/duckdb.mjs'), fiveDir(input), output, '--threads', '2', '--five', '--wide']],
    unavailable: () => null,
  },
  {
    id: 'score-five',
    description: '`score` on the five bureau exports (each in its own row order, statistics with Chinese headers): read, merge (归集/比对), score, results CSV',
    job: true,
    five: true,
    command: (input, output) => [node, [SCORE_BIN, ...fiveFiles(input), '--out', output]],
    unavailable: () => (scoreAvailable() ? null : 'packages/cli is not built yet (pnpm build): no dist/main.js'),
  },
  {
    id: 'score-json',
    description: '`score --format json` on the canonical file (every result as an object, each figure shown as the results table shows it)',
    job: false,
    command: (input, output) => [node, [SCORE_BIN, input, '--format', 'json', '--out', output]],
    unavailable: () => (scoreAvailable() ? null : 'packages/cli is not built yet (pnpm build): no dist/main.js'),
  },
  {
    id: 'score-policy',
    description: '`score --policy zhejiang-2019-land-tax` on the canonical file (amounts per firm, results CSV)',
    job: false,
    command: (input, output) => [node, [SCORE_BIN, input, '--policy', 'zhejiang-2019-land-tax', '--out', output]],
    unavailable: () => (scoreAvailable() ? null : 'packages/cli is not built yet (pnpm build): no dist/main.js'),
  },
  {
    id: 'score-history',
    description: "`score --history <last year>` on the canonical file (last year's classes from a results CSV of the same firms)",
    job: false,
    history: true,
    command: (input, output) => [node, [SCORE_BIN, input, '--history', historyFile(input), '--out', output]],
    unavailable: () => (scoreAvailable() ? null : 'packages/cli is not built yet (pnpm build): no dist/main.js'),
  },
];
