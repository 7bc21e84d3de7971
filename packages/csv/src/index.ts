/**
 * @mujun/csv — decode, read and merge bureau exports (CSV in any encoding `score` reads, .xlsx
 * workbooks) into one record per enterprise (归集/比对), and lay out and write the results CSV.
 * Everything here is pure and runs in a web page too; reading files, scoring files with worker
 * threads and streaming writers are in `@mujun/csv/node`.
 *
 * @module @mujun/csv
 */

// Reading and merging sources held in memory
export { readColumns, readSources } from './readSources.js';
export type { ReadResult, ReadSourcesOptions } from './readSources.js';
export { readSource } from './read/readSource.js';
export { readInOrder } from './read/readInOrder.js';
export type { ReadSourceOptions, SourceRead, SourceColumn } from './read/readSource.js';
export type { SourceInput } from './read/sourceInput.js';
export type { RowsSource } from './read/rowsSource.js';
export { readCsvRecords } from './read/readCsvRecords.js';
export type { CsvFileInfo } from './read/readCsvRecords.js';
export type { SourceRows } from './fast/sourceRows.js';
export { JoinedText } from './fast/joinedText.js';
export type { ParsedRow, FlagStates } from './read/parseRow.js';
export type { SummaryRow } from './read/summaryRow.js';
export type { ReadWarning, ReadWarningCode } from './read/warning.js';
export { mergeSources } from './merge/mergeSources.js';
export type { MergedSources, MergeOptions } from './merge/mergeSources.js';
export { mergedRecordAt, mergedRecords } from './merge/mergedRecords.js';
export type { MergedRecord, Origin, Conflict, ConflictValue, Gap, Accounting } from './merge/types.js';
export type { PrecedenceReason } from './merge/fieldPrecedence.js';
export type { SourceKindFound } from './merge/sourceKind.js';
export { compareCodePoints } from './merge/codePointOrder.js';
export { DEFAULT_TOLERANCE } from './merge/sameValue.js';
export type { Tolerance } from './merge/sameValue.js';

// Excel workbooks (.xlsx): sheets as rows, read like CSV
export { workbookSources, openInMemory } from './xlsx/workbookSources.js';
export { fileKindOf } from './decode/sourceDecoder.js';
export type { FileKind } from './decode/sourceDecoder.js';
export { readWorkbook, workbookSheetNames } from './xlsx/readWorkbook.js';
export type { WorksheetRows, ReadWorkbookOptions } from './xlsx/readWorkbook.js';

// Decoding
export { SourceDecoder } from './decode/sourceDecoder.js';
export type { SourceEncoding } from './decode/sourceDecoder.js';

// Errors
export { InputError } from './errors/inputError.js';
export type { InputErrorCode } from './errors/inputError.js';
export type { RowError, RowErrorCode } from './errors/rowError.js';

// Headers
export { COLUMN_SPECS } from './headers/dictionary.js';
export type { ColumnSpec, ColumnKind } from './headers/dictionary.js';
export type { FlagName } from './headers/flags.js';
export type { Dimension, UnitSpec } from './headers/units.js';
export { mapHeaders } from './headers/mapHeaders.js';
export type { HeaderMap, MappedColumn } from './headers/mapHeaders.js';
export { validateHeaderMapping } from './headers/headerMapping.js';
export type { HeaderMapping, HeaderAlias, HeaderMappingValidation } from './headers/headerMapping.js';

// Values
export { parseDecimal } from './values/parseDecimal.js';
export type { ParseDecimalOptions } from './values/parseDecimal.js';

// 统一社会信用代码 as exported (full-width, spaces, scientific notation); the check itself is @mujun/core's
export { checkCreditCode } from './uscc/creditCode.js';
export type { CreditCodeCheck } from './uscc/creditCode.js';

// The results CSV as text, the JSON results from the columns
export { resultsCsvText } from './write/resultsCsvText.js';
export type { ResultsCsvOptions } from './write/resultsCsvText.js';
export { gb18030Bytes } from './write/gb18030Bytes.js';
export { jsonResults } from './write/jsonResults.js';
export { resultsJsonText } from './write/resultsJsonText.js';
export { poolSummariesOf, benchmarksOf } from './table/poolSummaries.js';
export type { ResultJson, IndicatorJson } from './write/jsonResults.js';
export { csvCell } from './write/csvCell.js';
export type { CellOptions } from './write/csvCell.js';
export type { ResultColumn, CellValue } from './write/resultColumn.js';

// The results table: one layout (columns, headers, units, how each value is shown)
export { resultsLayout, indicatorColumnsOf } from './table/resultsLayout.js';
export type { ResultsColumn, ShownAs } from './table/resultsLayout.js';
export { tableWords, groupNameOf, exclusionStatus, adjustmentText } from './table/tableLanguage.js';
export type { TableLanguage, TableWords } from './table/tableLanguage.js';
export { shownValue } from './score/shownValue.js';

// 比对: what the data lacks or cannot all be right about, said before a run is trusted
export { dataWarnings, REJECTED_SHARE } from './crosscheck/dataWarnings.js';
export { blankCountyFirms } from './crosscheck/blankCounty.js';
export type { DataWarning, DataCheckInput } from './crosscheck/dataWarnings.js';
export { figuresNeeded } from './crosscheck/figuresNeeded.js';
export { gapWarning } from './crosscheck/gapWarning.js';
export type { GapCheckInput } from './crosscheck/gapWarning.js';
export type { NeededFigure } from './crosscheck/figuresNeeded.js';
export { indicatorFigures } from './crosscheck/figures.js';
export { plausibilityFindings, plausibilityCounts, CHECK_NAMES, TCE_PER_WAN_KWH } from './crosscheck/plausibility.js';
export type { Implausibility, PlausibilityCheck, PlausibilityCounts, FindingFigure } from './crosscheck/plausibility.js';
export { conflictSummary, fieldName } from './crosscheck/conflictSummary.js';
export type { ConflictGroup } from './crosscheck/conflictSummary.js';
