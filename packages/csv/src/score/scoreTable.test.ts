/**
 * The two threads of a results table take pools from both ends until they meet: whichever thread
 * ends up with which pool — a reader of the table that asks for each chunk at once leaves the worker
 * few pools (how few depends on the threads' pace), one that dawdles leaves this thread only the
 * first — the bytes are one thread's.
 * Workers run compiled code, so scoreFiles comes from packages/csv/dist (run `npx pnpm@12.4.2 build` first).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { getPreset } from '@mujun/core';
import { expect, test } from 'vitest';
import { messyCsv } from '../test/messyCsv.js';

const DIST = new URL('../../dist/node.js', import.meta.url);

test('whichever pools each thread takes, the table is the one thread makes', async () => {
  if (!existsSync(fileURLToPath(DIST))) throw new Error('packages/csv/dist is missing: run `npx pnpm@12.4.2 build` first');
  const { scoreFiles } = (await import(DIST.href)) as typeof import('../node.js');
  const dir = mkdtempSync(join(tmpdir(), 'mujun-claims-'));
  const file = join(dir, 'messy.csv');
  writeFileSync(file, messyCsv(1500));
  const scheme = getPreset();
  await scoreFiles([file], scheme, { out: join(dir, 'one.csv'), parallelFrom: Infinity });
  const one = readFileSync(join(dir, 'one.csv'));
  /** This thread's pools, as its stage says ("pools 1–k scored (this thread) …"), and the table. */
  const run = async (pause: number) => {
    const stages: string[] = [];
    const chunks: Buffer[] = [];
    const out = async (body: AsyncIterable<Uint8Array>) => {
      for await (const chunk of body) {
        chunks.push(Buffer.from(chunk)); // copied: the chunks share one buffer
        if (chunks.length === 1) await sleep(pause);
      }
    };
    await scoreFiles([file], scheme, { out, parallelFrom: 1, onStage: (s) => stages.push(s) });
    const own = stages.map((s) => /pools 1–(\d+) scored \(this thread\)/.exec(s)).find((m) => m !== null);
    return { own: Number(own?.[1]), table: Buffer.concat(chunks) };
  };
  const eager = await run(0);
  expect(eager.table.equals(one)).toBe(true);
  // A pause after the first chunk (the first pool's lines): meanwhile the worker takes every other
  // pool. It needs about 0.3 s to start and score them; on a loaded machine it may need longer, so
  // a slow run that still found a pool for this thread is tried again with a longer pause.
  let slow = { own: 0, table: Buffer.alloc(0) };
  for (const pause of [1000, 5000, 20_000]) {
    slow = await run(pause);
    expect(slow.table.equals(one)).toBe(true);
    if (slow.own === 1) break;
  }
  expect(slow.own).toBe(1);
}, 60_000);
