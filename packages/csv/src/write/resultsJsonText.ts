function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`internal error: non-finite number ${value} in JSON output`);
  return value;
}

/**
 * JSON text of a value. A replacer function makes JSON.stringify call back for every key — most
 * of the time of a million results — so it is used only where it can matter: when the plain call
 * throws (a bigint) or writes a null (which a non-finite number would have become).
 */
function json(v: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(v);
  } catch {
    text = undefined;
  }
  return text === undefined || text.includes('null') ? (JSON.stringify(v, replacer) ?? 'null') : text;
}

/**
 * A results document as JSON text, in pieces of about 64 kB: a top-level object whose array (or
 * iterable) values are written one element per line as they are produced, so a million results
 * never sit in memory as one string. Decimals should already be strings; bigints become strings,
 * and a non-finite number is an internal error. `@mujun/csv/node`'s writeResultsJson streams the
 * same text as bytes.
 */
export function* resultsJsonText(doc: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(doc).filter((k) => doc[k] !== undefined);
  yield '{\n';
  for (const [i, key] of keys.entries()) {
    const v = doc[key];
    const last = i === keys.length - 1;
    if (typeof v !== 'object' || v === null || !(Symbol.iterator in v)) {
      yield `  ${JSON.stringify(key)}: ${json(v)}${last ? '' : ','}\n`;
      continue;
    }
    let first = true;
    let batch = `  ${JSON.stringify(key)}: [`;
    for (const el of v as Iterable<unknown>) {
      batch += `${first ? '\n' : ',\n'}    ${json(el)}`;
      first = false;
      if (batch.length > 1 << 16) {
        yield batch;
        batch = '';
      }
    }
    yield `${batch}${first ? '' : '\n  '}]${last ? '' : ','}\n`;
  }
  yield '}\n';
}
