import type { RowsSource } from './rowsSource.js';

/**
 * One source held in memory: a name (shown in every error) and its bytes, or its rows already
 * parsed (a worksheet: RowsSource). `@mujun/csv/node` also reads sources from files.
 */
export type SourceInput =
  | RowsSource
  | {
      /** Shown in errors, provenance and conflicts; normally the file name. */
      name: string;
      /** The bytes, whole or as chunks (a Node stream is such an iterable). */
      data: Uint8Array | AsyncIterable<Uint8Array | string>;
      /**
       * True for a list that only some enterprises are on (重点排污 list, 高企 list): enterprises
       * missing from it are not reported as gaps.
       */
      partial?: boolean;
    };
