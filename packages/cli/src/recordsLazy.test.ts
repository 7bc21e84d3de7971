/**
 * A plain `score` run (CSV out, no policy) works on the merged columns from reading to writing:
 * its data checks included, it never makes the record objects (`inputs.records`), which at 10⁶
 * firms cost seconds and most of a gibibyte.
 */
import { describe, expect, test, vi } from 'vitest';
import { runScore } from './test/runScore.js';
import { FIXTURE_FILES } from './test/spawnScore.js';

const touched = vi.hoisted(() => ({ records: 0 }));

// Counts every read of `inputs.records` of every run in this file.
vi.mock('./load/readInputs.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./load/readInputs.js')>();
  return {
    ...real,
    readInputs: async (...args: Parameters<typeof real.readInputs>) => {
      const inputs = await real.readInputs(...args);
      const records = Object.getOwnPropertyDescriptor(inputs, 'records')!.get!;
      Object.defineProperty(inputs, 'records', {
        get() {
          touched.records++;
          return records.call(inputs);
        },
      });
      return inputs;
    },
  };
});

describe('score on the columns only', () => {
  test('the fixture district with CSV out never builds record objects', async () => {
    touched.records = 0;
    const r = await runScore([...FIXTURE_FILES, '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(800);
    expect(touched.records).toBe(0);
  });

  test('validate, data checks and all, does not either', async () => {
    touched.records = 0;
    const r = await runScore(['validate', ...FIXTURE_FILES, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(touched.records).toBe(0);
  });

  test('the count sees a command that does read them (explain)', async () => {
    touched.records = 0;
    const first = (await runScore([...FIXTURE_FILES, '--out', '-'])).stdout.split('\n')[1]!.split(',')[0]!;
    const r = await runScore(['explain', ...FIXTURE_FILES, '--id', first]);
    expect(r.code).toBe(0);
    expect(touched.records).toBeGreaterThan(0);
  });
});
