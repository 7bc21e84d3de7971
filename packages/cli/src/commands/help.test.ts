/**
 * CLI conventions: `--version`; every option of every subcommand documented in its `--help` with
 * an example that is itself a valid command line; the top-level help lists every option; "did you
 * mean" for options, subcommands, schemes and policy presets; `score report` without `--out`
 * writes a file in the current folder; `-q` silences progress; patterns expanded by score itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCommandArgs } from '../args.js';
import { createProgress } from '../progress.js';
import { runScore } from '../test/memoryIo.js';
import { FIXTURE_FILES, ROOT, tempDir } from '../test/spawnScore.js';
import { exampleOf } from './helpText.js';
import { COMMANDS, findCommand } from './registry.js';

/** A shell command line split into words (double quotes group words). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

describe('--version', () => {
  test('prints the package version', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;
    const r = await runScore(['--version'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe(`${version}\n`);
  });
});

describe.each(COMMANDS.map((c) => [c.name, c] as const))('score %s --help', (name, command) => {
  test('describes every option in both languages, with an example that parses as this command', async () => {
    const argv = name === 'score' ? ['help', 'score'] : [name, '--help'];
    const help = (await runScore(argv, ROOT)).stdout.toString();
    for (const [option, doc] of Object.entries(command.options)) {
      expect(help).toContain(`--${option}`);
      expect(help).toContain(doc.text.zh);
      expect(help).toContain(doc.text.en);
      const example = exampleOf(command, doc);
      expect(help).toContain(`例 e.g. ${example}`);
      const [score, ...rest] = words(example);
      expect(score).toBe('score');
      const args = name === 'score' ? rest : rest.slice(1);
      if (name !== 'score') expect(rest[0]).toBe(name);
      expect(() => parseCommandArgs(name, args, command.options)).not.toThrow();
      expect(args.some((a) => a === `--${option}` || a.startsWith(`--${option}=`) || (doc.short !== undefined && a === `-${doc.short}`))).toBe(true);
    }
  });
});

describe('score --help', () => {
  test('lists every option of every subcommand, the ones the guide uses among them', async () => {
    const help = (await runScore(['--help'], ROOT)).stdout.toString();
    for (const c of COMMANDS) for (const option of Object.keys(c.options)) expect(help).toContain(`--${option}`);
    for (const option of ['--reference-date', '--mapping', '--prefer', '--partial', '--force', '--version']) expect(help).toContain(option);
  });
});

describe('did you mean', () => {
  test.each([
    ['an option', [...FIXTURE_FILES, '--scheem', 'huaian-2024'], '--scheme'],
    ['an option of a subcommand', ['report', ...FIXTURE_FILES, '--titel', 'x'], '--title'],
    ['a subcommand', ['reprot', ...FIXTURE_FILES], 'report'],
    ['a scheme preset', [...FIXTURE_FILES, '--scheme', 'huaian-2042'], 'huaian-2024'],
    ['a policy preset', [...FIXTURE_FILES, '--policy', 'zhejiang-2019-land-tx'], 'zhejiang-2019-land-tax'],
  ])('%s: exit 2 and the nearest name', async (_what, argv, near) => {
    const r = await runScore(argv, ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`是否想用“${near}”`);
    expect(r.stderr).toContain(`did you mean "${near}"`);
  });
  test('nothing is suggested when nothing is near', async () => {
    const r = await runScore([...FIXTURE_FILES, '--zzzzzzzz'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('did you mean');
  });
});

describe('score report without --out', () => {
  test('writes report.html in the current folder and says where; a second run does not replace it', async () => {
    const dir = tempDir();
    const files = FIXTURE_FILES.map((f) => join(ROOT, f));
    const first = await runScore(['report', ...files], dir);
    expect(first.code).toBe(0);
    expect(first.stdout.length).toBe(0);
    expect(first.stderr).toContain('report.html');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    const second = await runScore(['report', ...files], dir);
    expect(second.stderr).toContain('report-2.html');
    expect(existsSync(join(dir, 'report-2.html'))).toBe(true);
  });
});

describe('-q', () => {
  test('no progress is drawn even on a terminal, long past the delay', () => {
    const drawn: string[] = [];
    let now = 0;
    const io = { stdout: process.stdout, stderr: () => undefined, stderrIsTTY: true, progress: (t: string) => drawn.push(t), cwd: ROOT };
    const quiet = createProgress({ ...io, verbose: false }, () => now);
    const loud = createProgress(io, () => now);
    now = 10_000;
    quiet.update('读取 reading', 1, 2);
    loud.update('读取 reading', 1, 2);
    expect(drawn).toHaveLength(1);
  });
  test('every subcommand takes it', () => {
    for (const c of COMMANDS) expect(findCommand(c.name)?.options['quiet']?.short).toBe('q');
  });
});

describe('patterns expanded by score (Windows shells leave them)', () => {
  test('fixtures/zhonglou/*.csv gives the same results as the five files named', async () => {
    const named = await runScore([...FIXTURE_FILES].sort(), ROOT);
    const pattern = await runScore(['fixtures/zhonglou/*.csv'], ROOT);
    expect(pattern.code).toBe(0);
    expect(pattern.stdout.equals(named.stdout)).toBe(true);
  });
  test('a pattern with ? and [] and a folder pattern', async () => {
    const r = await runScore(['fixtures/zhon*/[elpst]?[a-z]*.csv'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('来源 sources 5');
  });
});
