/**
 * runScore stops where `score` stops: a data problem that makes the results untrue (here a warning
 * under --strict, and a figure the scheme needs that no file has) leaves no run to write, with the
 * lines `score` prints and its exit code; history and settings reach the policies as `--history` and
 * `--setting` do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { getPreset } from '@mujun/core';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../errors.js';
import { runScore as scoreCommand } from '../test/runScore.js';
import { FIXTURE_FILES, ROOT, tempDir } from '../test/spawnScore.js';
import { resultsCsvBytes } from './resultsCsv.js';
import { runScore } from './runScore.js';
import { scoreMessages } from './messages.js';
import { historyFromFiles } from './history.js';
import { presetCatalog } from './schemeFiles.js';

const files = (names: readonly string[]) => names.map((name) => ({ name, bytes: readFileSync(`${ROOT}/${name}`) }));
const lines = (list: string[]) => list.map((l) => `${l}\n`).join('');

describe('runScore', () => {
  test('--strict: the fixture’s one warning stops the run, as score says and exits', async () => {
    const cli = await scoreCommand([...FIXTURE_FILES, '--strict']);
    expect(cli.code).toBe(EXIT.input);
    const outcome = await runScore(files(FIXTURE_FILES), { scheme: getPreset('changzhou-wujin'), strict: true });
    expect(outcome.run).toBeNull();
    expect(outcome.problems.exitCode).toBe(EXIT.input);
    expect(lines(scoreMessages(outcome))).toBe(cli.stderr);
  });

  test('a figure no file has (land) stops it without --strict', async () => {
    const withoutLand = FIXTURE_FILES.filter((f) => !f.endsWith('land.csv'));
    const cli = await scoreCommand(withoutLand);
    expect(cli.code).toBe(EXIT.input);
    const outcome = await runScore(files(withoutLand), { scheme: getPreset('changzhou-wujin') });
    expect(outcome.run).toBeNull();
    expect(lines(scoreMessages(outcome))).toBe(cli.stderr);
  });

  test('prior results and settings reach the policies as --history and --setting do', async () => {
    const prior = await scoreCommand([...FIXTURE_FILES, '--reference-date', '2023-12-31', '--out', '-']);
    const history = historyFromFiles([{ name: 'r2023.csv', text: prior.stdout }]);
    expect(history.latestYear).toBe(2023);
    const dir = tempDir();
    writeFileSync(`${dir}/r2023.csv`, prior.stdout);
    const cli = await scoreCommand(
      [
        ...FIXTURE_FILES.map((f) => `${ROOT}/${f}`),
        '--policy',
        'nanjing-2018',
        '--history',
        'r2023.csv',
        '--setting',
        'd-electricity-surcharge=0.3',
        '--out',
        '-',
      ],
      dir,
    );
    expect(cli.code, cli.stderr).toBe(0);
    const outcome = await runScore(
      FIXTURE_FILES.map((f) => ({ name: `${ROOT}/${f}`, bytes: readFileSync(`${ROOT}/${f}`) })),
      { scheme: getPreset('changzhou-wujin'), catalog: presetCatalog('nanjing-2018'), history, settings: { 'd-electricity-surcharge': '0.3' } },
    );
    // Not vacuous: D firms pay the electricity surcharge set, and the history was read.
    expect(outcome.run!.policies!.fiscal.total.firmsCharged).toBeGreaterThan(0);
    expect(Buffer.from(resultsCsvBytes(outcome.run!))).toEqual(cli.stdoutBytes);
    expect(lines(scoreMessages(outcome))).toBe(cli.stderr);
  });
});
