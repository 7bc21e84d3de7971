/**
 * Runs one contender as its own child process and measures its wall time and peak RSS, so every
 * contender's memory is its own (no shared heap with the harness).
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`, Debian package `time`) when present, else
 * from polling /proc/<pid>/status VmHWM (the kernel's high-water mark) every 10 ms, which can miss
 * growth in the last few milliseconds of a run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** How peak RSS is measured on this machine. */
export const rssMethod: 'gnu-time' | 'proc-vmhwm' = existsSync(GNU_TIME) ? 'gnu-time' : 'proc-vmhwm';

/** One measured run. */
export interface Measurement {
  wallMs: number;
  /** Peak resident set size in bytes, or null when it could not be read. */
  peakRssBytes: number | null;
  /** User + system CPU seconds (GNU time only): steadier than wall time on a busy machine. */
  cpuSeconds: number | null;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const tail = (s: string, n = 2000): string => (s.length > n ? `…${s.slice(-n)}` : s);

function readVmHwmKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

let counter = 0;

/** Runs `command args…` to completion (or `timeoutMs`), measuring wall time and peak RSS. */
export function measure(command: string, args: readonly string[], timeoutMs = 15 * 60_000): Promise<Measurement> {
  const timeFile = join(tmpdir(), `mujun-bench-time-${process.pid}-${counter++}.txt`);
  const [cmd, argv] = rssMethod === 'gnu-time' ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    // Its own process group, so a timeout kills the contender too, not only GNU time above it.
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout = tail(stdout + d, 20_000)));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = tail(stderr + d, 20_000)));
    let hwmKb: number | null = null;
    const poll =
      rssMethod === 'proc-vmhwm'
        ? setInterval(() => {
            const kb = child.pid ? readVmHwmKb(child.pid) : null;
            if (kb !== null) hwmKb = Math.max(hwmKb ?? 0, kb);
          }, 10)
        : undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let peakKb = hwmKb;
      let cpuSeconds: number | null = null;
      if (rssMethod === 'gnu-time') {
        try {
          // GNU time writes "Command exited with non-zero status N" before the figures on failure.
          const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
          const [kb, user, sys] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
          peakKb = kb !== undefined && Number.isFinite(kb) ? kb : null;
          cpuSeconds = user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? user + sys : null;
        } catch {
          peakKb = null;
        }
        rmSync(timeFile, { force: true });
      }
      resolvePromise({
        wallMs,
        peakRssBytes: peakKb === null ? null : peakKb * 1024,
        cpuSeconds,
        exitCode: code,
        stdout: tail(stdout),
        stderr: tail(stderr),
        timedOut,
      });
    });
  });
}
