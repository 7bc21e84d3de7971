/** The version `score --version` prints: @mujun/cli's package.json, or the one the bundle was built with. */
import { readFileSync } from 'node:fs';

/** Set by the single-file build (scripts/bundle.mjs, esbuild `define`), where no package.json is beside the code. */
declare const MUJUN_CLI_VERSION: string | undefined;

/** The CLI's version, e.g. "0.1.0". */
export function cliVersion(): string {
  if (typeof MUJUN_CLI_VERSION === 'string') return MUJUN_CLI_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
