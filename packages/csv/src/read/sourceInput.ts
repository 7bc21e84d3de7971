/** One source to read: a file path, or a name (shown in every error) and its bytes, its file, or its rows already parsed. */
export type SourceInput =
  | string
  | {
      /** Shown in errors, provenance and conflicts; normally the file name. */
      name: string;
      data: Uint8Array | NodeJS.ReadableStream | AsyncIterable<Uint8Array>;
      /**
       * True for a list that only some enterprises are on (重点排污 list, 高企 list): enterprises
       * missing from it are not reported as gaps.
       */
      partial?: boolean;
    }
  | {
      /** Shown in errors, provenance and conflicts (the path as the user gave it, say). */
      name: string;
      /** The file to read. */
      path: string;
      partial?: boolean;
    }
  | {
      /** Shown in errors, provenance and conflicts (a workbook's file and sheet, say). */
      name: string;
      /**
       * The rows already parsed (an .xlsx sheet's cells as text), header rows first: read as a
       * CSV file's records would be — title lines skipped, the header found, every row checked —
       * row k being line k + 1 in every message.
       */
      rows: readonly (readonly string[])[];
      partial?: boolean;
    };

/** The name a source input is known by: the path as given, or its `name`. */
export function sourceName(input: SourceInput): string {
  return typeof input === 'string' ? input : input.name;
}
