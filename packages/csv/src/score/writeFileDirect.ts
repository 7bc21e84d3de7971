import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { InputError } from '../errors/inputError.js';

/**
 * Writes the chunks to a file with plain synchronous writes as they come — each chunk is written
 * before the next is asked for, so the maker may reuse one buffer for all of them (a million
 * lines through a stream instead allocated and freed hundreds of MB of buffers, whose page faults
 * and unmapping slowed the other thread too). A failure to open or write is an InputError `cannot-write` naming the file as shown;
 * on any failure (the chunks' maker's too: a score out of range found while writing) the file is removed, never left half written.
 */
export async function writeFileDirect(path: string, shown: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw cannotWrite(shown, error);
  }
  try {
    for await (const chunk of chunks) {
      try {
        for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
      } catch (error) {
        throw cannotWrite(shown, error);
      }
    }
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/** The error for an output file that could not be opened or written (`shown`: the path as the user gave it). */
function cannotWrite(shown: string, error: unknown): InputError {
  const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
  return new InputError('cannot-write', shown, { zh: `无法写入 ${shown}（${reason}）`, en: `cannot write ${shown} (${reason})` });
}
