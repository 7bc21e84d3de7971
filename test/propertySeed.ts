/**
 * Vitest setup (every project): the seed of each test's property runs, said when the test fails.
 *
 * Property tests run unseeded, so that each run explores new cases, and most then assert a floor
 * on how many interesting cases they met: a count that varies with the seed (CONTRIBUTING.md,
 * "Property tests"). So that any failure — of the law or of its floor — can be replayed, every
 * fast-check run of a test (`fc.assert`, `fc.check`, `fc.sample` without a seed of their own)
 * takes one seed, drawn here unless `MUJUN_SEED` is set, and a failing test ends its message with
 * the command that runs the same cases again.
 */
import fc from 'fast-check';
import { beforeEach } from 'vitest';

const fixed = process.env['MUJUN_SEED'];
if (fixed !== undefined && !/^-?\d+$/.test(fixed)) throw new Error(`MUJUN_SEED must be an integer, found "${fixed}"`);

/** The seed for the next test: MUJUN_SEED's, or a fresh one. */
const nextSeed = (): number => (fixed !== undefined ? Number(fixed) : Math.floor(Math.random() * 2 ** 31));

/** A test's name as a `-t` pattern (a regular expression) quoted for the shell. */
const namePattern = (name: string): string => `'${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", "'\\''")}'`;

// Properties asserted while a file loads, outside any test, take a seed too.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: nextSeed() });

beforeEach((context) => {
  const seed = nextSeed();
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
  context.onTestFailed(() => {
    const replay = `replay: MUJUN_SEED=${seed} npx vitest run ${context.task.file.name} -t ${namePattern(context.task.name)}`;
    for (const error of context.task.result?.errors ?? []) error.message += `\n${replay}`;
  });
});
