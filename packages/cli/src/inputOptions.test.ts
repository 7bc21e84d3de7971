/** Options that shape how the bureau files are read: --partial lists and --mapping aliases. */
import { describe, expect, test } from 'vitest';
import { runScore } from './test/runScore.js';
import { withFiles } from './test/spawnScore.js';

const roster = 'credit_code,name,scale,tax_wan\n91320404000000001H,常州甲机械有限公司,above,5\n91320404000000002L,常州乙机械有限公司,above,5\n';
const highTechList = '统一社会信用代码,企业名称,高新技术企业\n91320404000000001H,常州甲机械有限公司,是\n';

describe('--partial', () => {
  const dir = withFiles({ 'roster.csv': roster, 'gaoqi.csv': highTechList });
  const gapsOf = async (args: string[]) => JSON.parse((await runScore(['validate', 'roster.csv', 'gaoqi.csv', '--format', 'json', ...args], dir)).stdout).gaps;
  test('without it, an enterprise missing from a list file is a gap', async () => {
    expect(await gapsOf([])).toEqual([expect.objectContaining({ creditCode: '91320404000000002L', source: 'gaoqi.csv', reason: 'absent' })]);
  });
  test('with it, a list that names only some enterprises gives no gaps', async () => {
    expect(await gapsOf(['--partial', 'gaoqi.csv'])).toEqual([]);
  });
  test('naming a file that is not an input is a usage error', async () => {
    expect((await runScore(['validate', 'roster.csv', '--partial', 'other.csv'], dir)).code).toBe(2);
  });
});

describe('--mapping', () => {
  const dir = withFiles({
    'odd.csv': '信用代码号,企业全称,规模,本年入库(元)\n91320404000000001H,常州甲机械有限公司,规上,1234567\n',
    'map.json': JSON.stringify({ aliases: { 信用代码号: 'credit_code', 企业全称: 'name', 本年入库: { column: 'tax_wan', unit: '元' } } }),
    'bad-map.json': JSON.stringify({ aliases: { 信用代码号: 'no_such_column' } }),
  });
  test('maps unusual headers (with a unit) to canonical columns', async () => {
    const r = await runScore(['validate', 'odd.csv', '--mapping', 'map.json', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).enterprises).toBe(1);
  });
  test('without it the code column is missing (exit 1)', async () => {
    expect((await runScore(['validate', 'odd.csv'], dir)).code).toBe(1);
  });
  test('an invalid mapping file is unusable input (exit 1), named', async () => {
    const r = await runScore(['validate', 'odd.csv', '--mapping', 'bad-map.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad-map.json');
  });
});

describe('--prefer', () => {
  const dir = withFiles({
    'land.csv': '统一社会信用代码,企业名称,用地面积(亩)\n91320404000000001H,常州甲机械厂,10\n',
    'tax.csv': '统一社会信用代码,企业名称,实缴税金(万元)\n91320404000000001H,常州甲机械有限公司,50\n',
    'kinds.json': JSON.stringify({ aliases: {}, sources: { 'land.csv': 'statistics' } }),
  });
  const chosen = async (args: string[]) =>
    JSON.parse((await runScore(['validate', 'land.csv', 'tax.csv', '--format', 'json', ...args], dir)).stdout).conflicts[0].chosen;
  test('by default the kind of export decides (the name is the tax registration’s), not the order given', async () => {
    expect(await chosen([])).toBe('tax.csv');
    const reversed = JSON.parse((await runScore(['validate', 'tax.csv', 'land.csv', '--format', 'json'], dir)).stdout).conflicts[0];
    expect(reversed).toMatchObject({ chosen: 'tax.csv', reason: 'kind' });
  });
  test('a mapping file may say what kind of export a file is', async () => {
    const r = await runScore(['validate', 'land.csv', 'tax.csv', '--mapping', 'kinds.json', '--format', 'json'], dir);
    const land = JSON.parse(r.stdout).files.find((f: { source: string }) => f.source === 'land.csv');
    expect(land).toMatchObject({ kind: 'statistics', from: 'mapping' });
  });
  test('--prefer name=land.csv makes the land bureau’s name win', async () => {
    expect(await chosen(['--prefer', 'name=land.csv'])).toBe('land.csv');
  });
  test('a file that is not an input is a usage error', async () => {
    expect((await runScore(['validate', 'land.csv', 'tax.csv', '--prefer', 'name=other.csv'], dir)).code).toBe(2);
  });
});
