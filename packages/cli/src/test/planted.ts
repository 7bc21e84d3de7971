/** Test helper: the generator's record of what it planted in the fixture district. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './spawnScore.js';

/** The parts of fixtures/zhonglou/planted.json the tests use. */
export interface Planted {
  enterprises: number;
  referenceDate: string;
  conflicts: { creditCode: string; field: string; values: Record<string, string> }[];
  gaps: { creditCode: string; missingFrom: string; cause: string }[];
  rowErrors: { source: string; fileName: string; line: number; kind: string; column: string | null; creditCode: string | null }[];
  summaryRows: { source: string; fileName: string; line: number }[];
  /** Rows of a firm with several meters, summed by the reader. */
  summedRows: { source: string; fileName: string; line: number; creditCode: string }[];
  reference: Record<string, { creditCode: string; group: string; county: string; expectedClass: string }>;
  scope: { pools: Record<string, number>; exempt: string[]; newEnterprises: string[]; belowLandThreshold: string[] };
  affected: { creditCode: string; pool: string | null }[];
}

/** Reads planted.json. */
export function readPlanted(): Planted {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures/zhonglou/planted.json'), 'utf8')) as Planted;
}

/** The path `score` names a fixture source by (as given on the command line). */
export const fixturePath = (fileName: string): string => `fixtures/zhonglou/${fileName}`;
