/**
 * @mujun/csv — read, decode, validate and merge bureau CSV exports (归集/比对), and write
 * Excel/WPS-safe results. The only package besides the CLI that does I/O.
 *
 * @packageDocumentation
 */

// Reading and merging
export { readColumns, readSources } from './readSources.js';
export type { ReadResult, ReadSourcesOptions } from './readSources.js';
export { readSource } from './read/readSource.js';
export type { ReadSourceOptions, SourceRead, SourceColumn } from './read/readSource.js';
export type { SourceRows } from './fast/sourceRows.js';
export type { SplitOptions } from './fast/readParts.js';
export { mergeSources } from './merge/mergeSources.js';
export type { MergedSources, MergeOptions } from './merge/mergeSources.js';
export { mergedRecordAt, mergedRecords } from './merge/mergedRecords.js';
export type { MergedRecord, Origin, Conflict, ConflictValue, Gap, Accounting } from './merge/types.js';
export { DEFAULT_TOLERANCE, sameValue } from './merge/sameValue.js';
export type { Tolerance } from './merge/sameValue.js';
export { sourceName } from './read/sourceInput.js';
export type { SourceInput } from './read/sourceInput.js';
export type { ParsedRow, FlagStates } from './read/parseRow.js';
export type { SummaryRow } from './read/summaryRow.js';
export type { ReadWarning, ReadWarningCode } from './read/warning.js';
export { readCsvRecords } from './read/readCsvRecords.js';
export type { CsvFileInfo } from './read/readCsvRecords.js';

// Excel workbooks (.xlsx) in: sheets as parsed rows, read by readSource like CSV
export { openSource, workbookSources, fileKindOf } from './xlsx/workbookSources.js';
export type { FileKind } from './xlsx/workbookSources.js';
export { readWorkbook, workbookSheetNames } from './xlsx/readWorkbook.js';
export type { WorksheetRows, ReadWorkbookOptions } from './xlsx/readWorkbook.js';
export type { RowsSource } from './read/rowsSource.js';

// Decoding
export { SourceDecoder } from './decode/sourceDecoder.js';
export type { SourceEncoding } from './decode/sourceDecoder.js';

// Errors
export { InputError } from './errors/inputError.js';
export type { InputErrorCode } from './errors/inputError.js';
export type { RowError, RowErrorCode, Message } from './errors/rowError.js';
export { rowErrorMessage } from './errors/messages.js';

// Headers
export { COLUMN_SPECS } from './headers/dictionary.js';
export type { ColumnSpec, ColumnKind } from './headers/dictionary.js';
export { FLAG_NAMES } from './headers/flags.js';
export type { FlagName } from './headers/flags.js';
export { UNITS, canonicalUnit, findUnit } from './headers/units.js';
export type { Dimension, UnitSpec } from './headers/units.js';
export { normalizeHeader } from './headers/normalizeHeader.js';
export { mapHeaders } from './headers/mapHeaders.js';
export type { HeaderMap, MappedColumn } from './headers/mapHeaders.js';
export { validateHeaderMapping, readHeaderMapping } from './headers/headerMapping.js';
export type { HeaderMapping, HeaderAlias, HeaderMappingValidation } from './headers/headerMapping.js';
export { renderHeaderDictionary } from './headers/renderHeaderDictionary.js';

// Values
export { parseDecimal } from './values/parseDecimal.js';
export type { ParseDecimalOptions } from './values/parseDecimal.js';
export { parseBoolean } from './values/parseBoolean.js';
export { parseScale } from './values/parseScale.js';
export { parseDate } from './values/parseDate.js';
export { parseIndustryCode } from './values/parseIndustryCode.js';
export { parseFlagList } from './values/parseFlagList.js';
export type { FlagListCell } from './values/parseFlagList.js';
export { CellProblem, isProblem } from './values/cellProblem.js';
export type { Cell } from './values/cellProblem.js';
export { MISSING_TOKENS } from './values/missing.js';
export { halfWidth } from './values/halfWidth.js';

// 统一社会信用代码
export { checkCreditCode, creditCodeCheckChar, isValidCreditCode, CREDIT_CODE_CHARSET, CREDIT_CODE_WEIGHTS } from './uscc/creditCode.js';
export type { CreditCodeCheck } from './uscc/creditCode.js';

// Writers
export { writeResultsCsv, formatResultsCsv } from './write/writeResultsCsv.js';
export { gb18030Chunks } from './write/gb18030Chunks.js';
export type { ResultsCsvOptions } from './write/writeResultsCsv.js';
export { writeResultsJson, formatResultsJson } from './write/writeResultsJson.js';
export { csvCell } from './write/csvCell.js';
export { CsvLine } from './write/csvLine.js';
export { ByteWriter } from './write/byteWriter.js';
export type { CellOptions } from './write/csvCell.js';
export type { ResultColumn, CellValue } from './write/resultColumn.js';

// The results table: one layout (columns, headers, units, how each value is shown)
export { resultsLayout, indicatorColumnsOf } from './table/resultsLayout.js';
export type { ResultsColumn, ShownAs } from './table/resultsLayout.js';
export { tableWords, groupNameOf, exclusionStatus, bilingualPart, adjustmentText } from './table/tableLanguage.js';
export type { TableLanguage, TableWords } from './table/tableLanguage.js';
export { INDICATOR_LABELS, EXCLUSION_LABELS } from './table/labels.js';
export { toSignificant } from './table/significant.js';

// Scoring files into a results file (Node only: worker threads, files)
export { scoreFiles } from './score/scoreFiles.js';
export type { ScoreFilesOptions, ScoreFilesResult } from './score/scoreFiles.js';
export { scoreMerged } from './score/scoreMerged.js';
export type { ScoreCounts, ScoreOutputOptions } from './score/scoreMerged.js';
export { removeScratchFiles } from './score/scratchFiles.js';

// 比对: what the data lacks or cannot all be right about, said before a run is trusted
export { dataWarnings, REJECTED_SHARE } from './crosscheck/dataWarnings.js';
export type { DataWarning, DataCheckInput } from './crosscheck/dataWarnings.js';
export { figuresNeeded } from './crosscheck/figuresNeeded.js';
export { gapWarning } from './crosscheck/gapWarning.js';
export type { GapCheckInput } from './crosscheck/gapWarning.js';
export type { NeededFigure } from './crosscheck/figuresNeeded.js';
export { FIGURES, INDICATOR_FIGURES } from './crosscheck/figures.js';
export type { Figure, FigureId } from './crosscheck/figures.js';
export { plausibilityFindings, countByCheck, CHECK_NAMES, TCE_PER_WAN_KWH } from './crosscheck/plausibility.js';
export type { Implausibility, PlausibilityCheck, FindingFigure } from './crosscheck/plausibility.js';
