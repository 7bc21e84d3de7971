/** Reads in flight at once: the next file's bytes and first part while the last one's columns are put together. */
const IN_FLIGHT = 2;

/**
 * `read` of each item, two at a time, the results in the items' order. A big source is parsed in
 * parts by worker threads while this thread waits; with the next read started, its parts are
 * queued behind the last one's, and this thread puts the last one's columns together while the
 * workers parse the next — five bureau files are read as one stream of parts instead of five stops. When reads fail, the first failure in item order is
 * thrown, as reading one by one would; the items after it may have started.
 */
export async function readInOrder<T, R>(items: readonly T[], read: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const started: Promise<R>[] = [];
  const start = (i: number) => {
    if (i >= items.length) return;
    const p = read(items[i]!, i);
    // Awaited in order below; a failure after an earlier one is not waited for.
    p.catch(() => {});
    started.push(p);
  };
  for (let i = 0; i < IN_FLIGHT; i++) start(i);
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    out.push(await started[i]!);
    start(i + IN_FLIGHT);
  }
  return out;
}
