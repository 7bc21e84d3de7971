/** A default output name in the working folder that takes no existing file's place: report.html, report-2.html, … */
import { existsSync } from 'node:fs';
import { resolvePath, type Io } from '../io.js';

/** `${stem}${ext}`, or the first `${stem}-N${ext}` (N ≥ 2) that does not exist yet. */
export function freshName(io: Io, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`;
    if (!existsSync(resolvePath(io, name))) return name;
  }
}
