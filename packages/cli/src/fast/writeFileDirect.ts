import { closeSync, openSync, writeSync } from 'node:fs';
import { InputUnusableError } from '../errors.js';

/**
 * Writes the chunks to a file with plain synchronous writes as they come — each chunk is written
 * before the next is asked for, so the maker may reuse one buffer for all of them (a million
 * lines through a stream instead allocated and freed hundreds of MB of buffers, whose page faults
 * and unmapping slowed the other thread too). Failures to open or write say so as output/emit does.
 */
export async function writeFileDirect(path: string, shown: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  const fail = (error: unknown) => {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return new InputUnusableError({ zh: `无法写入 ${shown}（${reason}）`, en: `cannot write ${shown} (${reason})` });
  };
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw fail(error);
  }
  try {
    for await (const chunk of chunks) {
      try {
        for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
      } catch (error) {
        throw fail(error);
      }
    }
  } finally {
    closeSync(fd);
  }
}
