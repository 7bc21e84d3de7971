import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether a worker thread can be started from `url`: the compiled worker file next to its module
 * (tests run the TypeScript sources, where it does not exist), or a `data:` URL — how the
 * single-file `score.mjs` embeds its workers.
 */
export function workerAvailable(url: URL): boolean {
  return url.protocol === 'data:' || (url.protocol === 'file:' && existsSync(fileURLToPath(url)));
}
