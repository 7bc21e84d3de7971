/** STOPGAP (a copy of the CLI's output/writeResults policyCellsOf) until `@mujun/cli/run`. */
import { tableWords } from '@mujun/csv';
import type { ScoreRun } from '../../../cli/src/output/scoreRun.js';

/** The policy columns of one firm. */
export interface PolicyCells {
  surcharge: string;
  relief: string;
  measures: string;
}

/** With policies: each firm's amounts and measure names by record index, for the policy columns. */
export function policyCellsOf(run: ScoreRun, language: 'zh' | 'en'): { policies?: (i: number) => PolicyCells | undefined } {
  const outcome = run.policies;
  if (outcome === undefined) return {};
  const ev = run.columns;
  const separator = tableWords(ev.scheme, language).itemSeparator;
  const indices: number[] = [];
  for (const pool of ev.pools) for (let p = 0; p < pool.members.length; p++) indices.push(pool.members[pool.order[p] as number] as number);
  for (const e of ev.excluded) if (e.managedAs !== undefined) indices.push(e.index);
  const cells: (PolicyCells | undefined)[] = new Array(ev.records.length);
  // Firms share a few combinations of measures: each one's names joined once.
  const names = new Map<string, string>();
  outcome.firms.forEach((f, k) => {
    const i = indices[k] as number;
    if (ev.records.creditCode[i] !== f.creditCode) throw new Error(`internal: policy outcome out of step with the evaluation at ${f.creditCode}`);
    let measures = '';
    if (f.measures.length > 0) {
      const key = f.measures.map((m) => m.measureId).join('\u0000');
      measures = names.get(key) ?? '';
      if (!names.has(key)) names.set(key, (measures = f.measures.map((m) => m.name[language]).join(separator)));
    }
    cells[i] = { surcharge: f.surcharge, relief: f.relief, measures };
  });
  return { policies: (i) => cells[i] };
}
