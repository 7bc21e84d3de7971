/**
 * Ctrl-C (SIGINT) or a kill (SIGTERM) during a run: the output being written is abandoned — its
 * temporary file removed (files/temporaryFiles), the previous file at the target untouched — and
 * stderr says so; then the signal is raised again, so the process ends as killed by it (the shell
 * shows 130 or 143) — at once, even with a thread blocked reading a pipe, where process.exit waits.
 */
import { removeTemporaries } from './files/temporaryFiles.js';
import type { Io } from './io.js';

/** Installs the handlers for this process (the bin's run; in-process runs leave signals alone). */
export function onInterrupt(io: Io): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      const abandoned = removeTemporaries();
      io.stderr(
        abandoned.length === 0
          ? `score: 已中断（${signal}），没有写出文件 / interrupted (${signal}): no file was written`
          : `score: 已中断（${signal}），未写出 ${abandoned.join('、')}，原有文件保持不变 / interrupted (${signal}): ${abandoned.join(', ')} not written, any previous file left as it was`,
      );
      process.kill(process.pid, signal); // the handler was `once`: now the default action ends the process
    });
}
