import type { RowsSource } from './rowsSource.js';

/** One source to read: a file path, or a name (shown in every error) and its bytes, its file, or its rows already parsed (a worksheet: RowsSource). */
export type SourceInput =
  | string
  | RowsSource
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
    };

/** The name a source input is known by: the path as given, or its `name`. */
export function sourceName(input: SourceInput): string {
  return typeof input === 'string' ? input : input.name;
}
