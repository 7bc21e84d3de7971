/** The machine a benchmark ran on, recorded with every result so figures can be compared fairly. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, hostname, loadavg, release, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** What ran where. */
export interface Machine {
  date: string;
  host: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  /** 1-minute load average when the run started; > 0.5 on 2 cores means the timings are noisy. */
  loadAverageAtStart: number;
  gitCommit: string | null;
  versions: Record<string, string | null>;
}

const quiet = (f: () => string): string | null => {
  try {
    return f().trim();
  } catch {
    return null;
  }
};

const packageVersion = (fromPackageJson: string, name: string): string | null =>
  quiet(() => {
    const req = createRequire(fileURLToPath(new URL(fromPackageJson, import.meta.url)));
    let dir = req.resolve(name);
    // Walk up from the entry point to the package's own package.json.
    for (;;) {
      dir = dir.slice(0, dir.lastIndexOf('/'));
      const pj = quiet(() => readFileSync(`${dir}/package.json`, 'utf8'));
      if (pj) {
        const j = JSON.parse(pj) as { name?: string; version?: string };
        if (j.name === name) return j.version ?? '';
      }
      if (!dir.includes('/')) throw new Error('not found');
    }
  });

const importsPandas = (python: string): boolean => quiet(() => execFileSync(python, ['-c', 'import pandas'], { stdio: 'ignore' }).toString()) !== null;

/**
 * The Python the pandas baseline runs: `$PYTHON` if set, else the first of Debian's
 * `/usr/bin/python3` (python3-pandas) and the `python3` on PATH (often a pyenv shim without
 * pandas) that imports pandas, else `/usr/bin/python3`.
 */
export const PYTHON = process.env['PYTHON'] ?? ['/usr/bin/python3', 'python3'].find(importsPandas) ?? '/usr/bin/python3';

/** pandas' version under {@link PYTHON}, or null when absent. */
export const pandasVersion = (): string | null =>
  quiet(() => execFileSync(PYTHON, ['-c', 'import pandas; print(pandas.__version__)'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());

/** Describes this machine now. */
export function describeMachine(): Machine {
  const cpu = cpus();
  const distro = quiet(() => /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '');
  return {
    date: new Date().toISOString(),
    host: hostname(),
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${distro ?? process.platform} (kernel ${release()})`,
    node: process.version,
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    gitCommit: quiet(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString()),
    versions: {
      '@duckdb/node-api': packageVersion('../package.json', '@duckdb/node-api'),
      'csv-parse': packageVersion('../packages/csv/package.json', 'csv-parse'),
      pandas: pandasVersion(),
      python: quiet(() => execFileSync(PYTHON, ['--version']).toString()),
    },
  };
}

/** One line for the terminal and the markdown table's caption. */
export function machineLine(m: Machine): string {
  return (
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, node ${m.node}, ` +
    `load average ${m.loadAverageAtStart} at start, ${m.date}${m.gitCommit ? `, commit ${m.gitCommit}` : ''}`
  );
}
