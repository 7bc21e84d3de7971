/**
 * The one-line bilingual errors for files and streams the system refused: what the user named,
 * and the reason in words as well as the system's code (ENOSPC …), so the guide's table can list them.
 */
import { InputUnusableError, UsageError, type Bilingual } from '../errors.js';

/** Why a file could not be read, by the system's error code. */
const READ_REASONS: Record<string, Bilingual> = {
  ENOENT: { zh: '文件不存在', en: 'no such file' },
  EISDIR: { zh: '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  ENAMETOOLONG: { zh: '路径太长', en: 'the path is too long' },
  ELOOP: { zh: '符号链接循环', en: 'a loop of symbolic links' },
  EIO: { zh: '磁盘读取错误', en: 'an input/output error' },
  CHANGED: { zh: '文件在读取过程中被修改，请在它不再变化后重试', en: 'the file changed while it was read; retry once it no longer changes' },
};

/** Why a file or stream could not be written, by the system's error code. */
const WRITE_REASONS: Record<string, Bilingual> = {
  ENOENT: { zh: '输出文件夹不存在', en: 'the output folder does not exist' },
  ENOTDIR: { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  EISDIR: { zh: '这是一个文件夹', en: 'it is a folder' },
  EACCES: { zh: '没有写入权限', en: 'permission denied' },
  EPERM: { zh: '没有写入权限', en: 'permission denied' },
  EROFS: { zh: '只读文件系统', en: 'a read-only file system' },
  ENOSPC: { zh: '磁盘已满', en: 'the disk is full' },
  EDQUOT: { zh: '超出磁盘配额', en: 'the disk quota is exceeded' },
  EFBIG: { zh: '文件太大', en: 'the file is too large' },
  ENAMETOOLONG: { zh: '路径太长', en: 'the path is too long' },
  EIO: { zh: '磁盘写入错误', en: 'an input/output error' },
  EPIPE: { zh: '读取方已提前关闭，结果未完整写出', en: 'the reader closed it early; the results were not written in full' },
  EBADF: { zh: '标准输出已关闭，结果无处可写（请用 --out 指定文件）', en: 'standard output is closed; nowhere to write the results (give --out a file)' },
};

/** The system's error code of `error`, or "". */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

function withReason(what: Bilingual, reasons: Record<string, Bilingual>, error: unknown): Bilingual {
  const code = errorCode(error);
  const reason = reasons[code];
  const fallback = code || (error instanceof Error ? error.message : String(error));
  return reason
    ? { zh: `${what.zh}：${reason.zh}（${code}）`, en: `${what.en}: ${reason.en} (${code})` }
    : { zh: `${what.zh}（${fallback}）`, en: `${what.en} (${fallback})` };
}

/** An input file (as the user named it) that the system would not let us read. Exit 1. */
export function cannotRead(shown: string, error: unknown): InputUnusableError {
  return new InputUnusableError(withReason({ zh: `无法读取 ${shown}`, en: `cannot read ${shown}` }, READ_REASONS, error));
}

/** An output file (as the user named it) that could not be written; nothing was put in its place. Exit 1. */
export function cannotWrite(shown: string, error: unknown): InputUnusableError {
  const why = withReason({ zh: `无法写入 ${shown}`, en: `cannot write ${shown}` }, WRITE_REASONS, error);
  return new InputUnusableError({ zh: `${why.zh}；原有文件（如有）保持不变`, en: `${why.en}; any previous file there is untouched` });
}

/** Standard output refused the results (closed, a full disk, /dev/full). Exit 1. */
export function cannotWriteStdout(error: unknown): InputUnusableError {
  return new InputUnusableError(withReason({ zh: '无法写入标准输出', en: 'cannot write to standard output' }, WRITE_REASONS, error));
}

/** An output file that exists: replacing it is the user's decision (`--force`). Exit 2. */
export function outputExists(shown: string): UsageError {
  return new UsageError({
    zh: `${shown} 已存在，未覆盖（确需覆盖请加 --force，或换一个文件名）`,
    en: `${shown} exists and was not overwritten (add --force to replace it, or choose another name)`,
  });
}

/** A file that changed while it was read (its size or time of change differ after the read). Exit 1. */
export function changedWhileRead(shown: string): InputUnusableError {
  return cannotRead(shown, Object.assign(new Error('changed'), { code: 'CHANGED' }));
}
