/** `--history <prior results>`: the prior results files read from disk, then run/history's historyFromFiles. */
import { readFile } from 'node:fs/promises';
import type { ClassHistory } from '@mujun/policy';
import { InputUnusableError } from '../errors.js';
import { resolvePath, type Io } from '../io.js';
import { historyFromFiles, type HistoryFile } from '../run/history.js';

/** The class history from one or more prior result files, or undefined when none were given. */
export async function loadHistory(io: Io, paths: string[] | undefined): Promise<ClassHistory | undefined> {
  if (!paths || paths.length === 0) return undefined;
  const files: HistoryFile[] = [];
  for (const path of paths) {
    try {
      files.push({ name: path, text: await readFile(resolvePath(io, path), 'utf8') });
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      throw new InputUnusableError({ zh: `无法读取历史结果 ${path}（${reason}）`, en: `cannot read prior results ${path} (${reason})` });
    }
  }
  return historyFromFiles(files);
}
