import type { Bilingual } from '@mujun/core';
import type { RowErrorCode } from '../errors/rowError.js';

/** A cell whose text cannot be read as its column's kind of value. */
export class CellProblem {
  constructor(
    readonly code: RowErrorCode,
    readonly why?: Bilingual,
  ) {}
}

/** The outcome of reading one cell: a value, `undefined` for missing, or a problem. */
export type Cell<T> = T | undefined | CellProblem;

/** True when a cell result is a problem. */
export function isProblem(x: unknown): x is CellProblem {
  return x instanceof CellProblem;
}
