/**
 * @mujun/csv/node — the Node side of `@mujun/csv`: bureau files read from paths (a big UTF-8 file
 * parsed in parallel parts on worker threads), a header-mapping file, results written as byte
 * streams (UTF-8 with BOM or GB18030), and files scored into a results CSV with worker threads.
 *
 * @module @mujun/csv/node
 */

export { readColumns, readSources } from './node/readSources.js';
export type { ReadFilesOptions } from './node/readSources.js';
export { readSource } from './node/readSource.js';
export type { FileInput, ReadFileOptions } from './node/readSource.js';
export type { SplitOptions } from './fast/readParts.js';
export { openSource } from './node/openSource.js';
export { readHeaderMapping } from './node/readHeaderMapping.js';

// Writers: byte streams to pipe into a file or stdout
export { writeResultsCsv, formatResultsCsv } from './write/writeResultsCsv.js';
export { writeResultsJson, formatResultsJson } from './write/writeResultsJson.js';
export { gb18030Chunks } from './write/gb18030Chunks.js';

// Scoring files into a results file (worker threads)
export { scoreFiles } from './score/scoreFiles.js';
export type { ScoreFilesOptions, ScoreFilesResult } from './score/scoreFiles.js';
export { scoreMerged } from './score/scoreMerged.js';
export type { ScoreCounts, ScoreOutputOptions } from './score/scoreMerged.js';
export { evaluationCsv } from './score/evaluationCsv.js';
export type { EvaluationCsvOptions, PolicyCells } from './score/evaluationCsv.js';
