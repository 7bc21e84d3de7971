/**
 * Reading results CSVs (ours, DuckDB's, pandas') and comparing them firm by firm, on class and
 * total. Used by the cross-check test and by `pnpm bench -- --verify`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const requireFromCsv = createRequire(fileURLToPath(new URL('../packages/csv/package.json', import.meta.url)));
const { parse } = requireFromCsv('csv-parse/sync') as {
  parse: (input: string, options?: Record<string, unknown>) => string[][];
};

/** One firm's outcome as a results file states it. */
export interface Outcome {
  total: string;
  class: string;
  group?: string;
  county?: string;
  rank?: string;
}

/** Header aliases: the baselines write the English names; `score` may write English or Chinese. */
const ALIASES: Record<keyof Outcome | 'creditCode', readonly string[]> = {
  creditCode: ['credit_code', 'creditcode', '统一社会信用代码'],
  total: ['total', '总得分', '总分', '综合得分', '得分'],
  class: ['class', '等级', '分类', '类别', '评价等级', '分类等级'],
  group: ['group', '组别', '评价组', '分组'],
  county: ['county', '区县', '县区'],
  rank: ['rank', '组内排名', '排名', '名次'],
};

/** Normalises a decimal for comparison: "85.3", "85.30" and "85.300" are the same total. */
export function normaliseTotal(s: string): string {
  const t = s.trim().replace(/^'/, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return t;
  const [int, frac = ''] = t.split('.') as [string, string?];
  const f = frac.replace(/0+$/, '');
  return f ? `${int}.${f}` : int;
}

/** A cell as Excel-safe writers may protect it: `="0123"` keeps leading digits; a leading `'` neutralises formulas. */
const cell = (s: string | undefined): string =>
  (s ?? '')
    .trim()
    .replace(/^="(.*)"$/, '$1')
    .replace(/^'/, '');

/**
 * Reads a results CSV (UTF-8, optional BOM) into credit code → outcome; rows without a class
 * (excluded) are skipped. `groupIds` maps the group names a table shows (`score` writes the
 * scheme's names, 规上工业企业 …) to the group ids the baselines write.
 */
export function readResultsCsv(path: string, groupIds: ReadonlyMap<string, string> = new Map()): Map<string, Outcome> {
  const rows = parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true });
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (key: keyof typeof ALIASES): number => header.findIndex((h) => ALIASES[key].includes(h));
  const code = col('creditCode');
  const total = col('total');
  const klass = col('class');
  if (code < 0 || total < 0 || klass < 0) {
    throw new Error(`${path}: cannot find credit code, total and class columns in header ${JSON.stringify(rows[0])}`);
  }
  const optional = (['group', 'county', 'rank'] as const).map((k) => [k, col(k)] as const);
  const out = new Map<string, Outcome>();
  for (const row of rows.slice(1)) {
    const klassOf = cell(row[klass]);
    if (klassOf === '') continue;
    const outcome: Outcome = { total: normaliseTotal(cell(row[total])), class: klassOf };
    for (const [k, i] of optional) if (i >= 0) outcome[k] = cell(row[i]);
    if (outcome.group !== undefined) outcome.group = groupIds.get(outcome.group) ?? outcome.group;
    out.set(cell(row[code]), outcome);
  }
  return out;
}

/** Differences between two results, firm by firm. */
export interface Comparison {
  firms: number;
  onlyLeft: string[];
  onlyRight: string[];
  /** Firms whose class or total differ, with both outcomes. */
  differ: { creditCode: string; left: Outcome; right: Outcome }[];
}

/** Compares class and total (and group when both sides state it) for every firm. */
export function compareResults(left: Map<string, Outcome>, right: Map<string, Outcome>): Comparison {
  const onlyLeft: string[] = [];
  const differ: Comparison['differ'] = [];
  for (const [creditCode, l] of left) {
    const r = right.get(creditCode);
    if (!r) {
      onlyLeft.push(creditCode);
      continue;
    }
    const groupDiffers = l.group !== undefined && r.group !== undefined && l.group !== r.group;
    if (l.class !== r.class || normaliseTotal(l.total) !== normaliseTotal(r.total) || groupDiffers) {
      differ.push({ creditCode, left: l, right: r });
    }
  }
  const onlyRight = [...right.keys()].filter((k) => !left.has(k));
  return { firms: left.size, onlyLeft, onlyRight, differ };
}

/** One line saying whether two results agree. */
export function describeComparison(c: Comparison, leftName: string, rightName: string): string {
  if (c.onlyLeft.length + c.onlyRight.length + c.differ.length === 0) {
    return `${leftName} and ${rightName} agree on group, class and total for all ${c.firms} firms`;
  }
  const ex = c.differ.slice(0, 3).map((d) => `${d.creditCode}: ${JSON.stringify(d.left)} vs ${JSON.stringify(d.right)}`);
  return (
    `${leftName} vs ${rightName}: ${c.differ.length} firms differ, ${c.onlyLeft.length} only in ${leftName}, ` +
    `${c.onlyRight.length} only in ${rightName}${ex.length ? `; e.g. ${ex.join('; ')}` : ''}`
  );
}
