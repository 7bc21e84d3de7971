/**
 * `score report` on bureau files of which one has a 镇街 (town) and a 所在园区 (park) column:
 * the merged records carry them to the report, whose leaders' page then breaks the classes down
 * by town and by park; without such a column there is no such breakdown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { creditCode } from '../../csv/src/test/messyCsv.js';
import { runScore } from './test/runScore.js';
import { withFiles } from './test/spawnScore.js';

const FIRMS = [
  { town: '邹区镇', park: '' },
  { town: '邹区镇', park: '武进高新区' },
  { town: '邹区镇', park: '' },
  { town: '西林街道', park: '' },
  { town: '西林街道', park: '' },
];

/** The figures file (no town) and a roster with the town and park of each firm under bureau headers. */
function files(withRoster: boolean): Record<string, string> {
  const figures = [
    '统一社会信用代码,企业名称,所属区县,行业代码,规模,用地面积(亩),实缴税金(万元),销售收入(万元),工业增加值(万元),综合能耗(吨标准煤),从业人员年平均人数',
  ];
  const roster = ['统一社会信用代码,企业名称,镇街,所在园区'];
  FIRMS.forEach((f, k) => {
    figures.push([creditCode(k + 1), `企业${k + 1}`, '武进区', 'C3311', '规上', 10, 10 * (k + 1), 100 * (k + 1), 20 * (k + 1), 5, 20].join(','));
    roster.push([creditCode(k + 1), `企业${k + 1}`, f.town, f.park].join(','));
  });
  return withRoster ? { 'figures.csv': figures.join('\n'), 'roster.csv': roster.join('\n') } : { 'figures.csv': figures.join('\n') };
}

/** The rows of the leaders' page table with this id: each row's cell texts. */
function tableRows(html: string, id: string): string[][] | null {
  const table = new RegExp(`<table id="${id}"[\\s\\S]*?</table>`).exec(html)?.[0];
  if (table === undefined) return null;
  const body = table.slice(table.indexOf('</thead>'));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')));
}

test('a 镇街 and a 所在园区 column give the report its breakdown by town and by park', async () => {
  const dir = withFiles(files(true));
  const out = join(dir, 'report.html');
  const r = await runScore(['report', 'figures.csv', 'roster.csv', '--out', out], dir);
  expect(r.code, r.stderr).toBe(0);
  const html = readFileSync(out, 'utf8');
  // Name, then the count and share of each class, then the total: the total is the town's number of firms.
  const byTown = tableRows(html, 'by-town');
  expect(byTown?.map((cells) => [cells[0], cells.at(-2)])).toEqual(
    expect.arrayContaining([
      ['邹区镇', '3'],
      ['西林街道', '2'],
    ]),
  );
  expect(byTown).toHaveLength(2);
  // One firm in a park; the other four have none and are counted as 未填写 (not given).
  const byPark = tableRows(html, 'by-park');
  expect(byPark?.map((cells) => [cells[0], cells.at(-2)])).toEqual(
    expect.arrayContaining([
      ['武进高新区', '1'],
      ['未填写', '4'],
    ]),
  );
  expect(byPark).toHaveLength(2);
}, 60_000);

test('without a town or park column the report has no such breakdown', async () => {
  const dir = withFiles(files(false));
  const out = join(dir, 'report.html');
  const r = await runScore(['report', 'figures.csv', '--out', out], dir);
  expect(r.code, r.stderr).toBe(0);
  const html = readFileSync(out, 'utf8');
  expect(tableRows(html, 'by-industry')).not.toBeNull(); // the page is there
  expect(tableRows(html, 'by-town')).toBeNull();
  expect(tableRows(html, 'by-park')).toBeNull();
}, 60_000);
