/**
 * `score 数据/*.csv` where the shell does not expand patterns (Windows cmd and PowerShell do not;
 * a quoted pattern neither): each argument with `*`, `?` or `[…]` that is not itself an existing
 * file is replaced by the files it matches, as a POSIX shell would (hidden files only when the
 * pattern names the dot), sorted by code point — the same order on every machine, where a shell
 * sorts by its locale's collation. The merge does not depend on the order of its files either.
 * `**` matches any depth of folders.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { compareCodePoints } from '@mujun/csv';
import { InputUnusableError } from '../errors.js';

const PATTERN = /[*?[]/;

/** The arguments with every pattern replaced by its matches; a pattern that matches nothing is an error (exit 1). */
export function expandGlobs(cwd: string, args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (!PATTERN.test(arg) || exists(resolve(cwd, arg))) return [arg];
    const matches = matchPattern(cwd, arg);
    if (matches.length === 0) throw new InputUnusableError({ zh: `没有文件与 ${arg} 匹配`, en: `no file matches ${arg}` });
    return matches;
  });
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Matches of `pattern`, spelled as the user spelled its fixed part (so messages show their path). */
function matchPattern(cwd: string, pattern: string): string[] {
  const segments = pattern.split(/[\\/]/);
  // An absolute pattern starts at its root ("/" or "C:"); a relative one at the working folder.
  const root = isAbsolute(pattern) ? `${segments.shift() ?? ''}/` : '';
  const found: string[] = [];
  const walk = (shown: string, rest: readonly string[]): void => {
    const [segment, ...after] = rest;
    if (segment === undefined) {
      found.push(shown);
      return;
    }
    const dir = resolve(cwd, shown === '' ? '.' : shown);
    const prefix = shown === '' || shown.endsWith('/') ? shown : `${shown}/`;
    if (!PATTERN.test(segment)) {
      const next = `${prefix}${segment}`;
      if (after.length === 0 ? exists(resolve(cwd, next)) : isFolder(resolve(cwd, next))) walk(next, after);
      return;
    }
    if (segment === '**') {
      walk(shown, after); // zero folders
      for (const name of entries(dir)) if (!name.startsWith('.') && isFolder(join(dir, name))) walk(`${prefix}${name}`, rest);
      return;
    }
    const re = segmentRegExp(segment);
    for (const name of entries(dir)) {
      if (name.startsWith('.') && !segment.startsWith('.')) continue;
      if (!re.test(name)) continue;
      if (after.length > 0 && !isFolder(join(dir, name))) continue;
      walk(`${prefix}${name}`, after);
    }
  };
  walk(root, segments);
  return [...new Set(found)].sort(compareCodePoints);
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort(compareCodePoints);
  } catch {
    return [];
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** One path segment's pattern as a regular expression: `*`, `?`, `[abc]`, `[!abc]`. */
function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}
