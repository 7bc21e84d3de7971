import { Readable } from 'node:stream';

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
 * Writes a results document as a JSON byte stream (UTF-8, no BOM): a top-level object whose
 * array (or iterable) values are written one element per line as they are produced, so a
 * million results never sit in memory as one string. Decimals should already be strings;
 * bigints become strings, and a non-finite number is an internal error.
 */
export function writeResultsJson(doc: Record<string, unknown>): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    const keys = Object.keys(doc).filter((k) => doc[k] !== undefined);
    yield Buffer.from('{\n');
    for (const [i, key] of keys.entries()) {
      const v = doc[key];
      const last = i === keys.length - 1;
      const isList =
        Array.isArray(v) || (typeof v === 'object' && v !== null && (Symbol.iterator in v || Symbol.asyncIterator in v) && !(typeof v === 'string'));
      if (!isList) {
        yield Buffer.from(`  ${JSON.stringify(key)}: ${json(v)}${last ? '' : ','}\n`);
        continue;
      }
      let first = true;
      let batch = `  ${JSON.stringify(key)}: [`;
      for await (const el of v as AsyncIterable<unknown>) {
        batch += `${first ? '\n' : ',\n'}    ${json(el)}`;
        first = false;
        if (batch.length > 1 << 16) {
          yield Buffer.from(batch);
          batch = '';
        }
      }
      batch += `${first ? '' : '\n  '}]${last ? '' : ','}\n`;
      yield Buffer.from(batch);
    }
    yield Buffer.from('}\n');
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** The same text as {@link writeResultsJson}, at once. */
export function formatResultsJson(doc: Record<string, unknown>): string {
  const keys = Object.keys(doc).filter((k) => doc[k] !== undefined);
  const parts = keys.map((key) => {
    const v = doc[key];
    if (!Array.isArray(v)) return `  ${JSON.stringify(key)}: ${json(v)}`;
    return v.length === 0 ? `  ${JSON.stringify(key)}: []` : `  ${JSON.stringify(key)}: [\n${v.map((el) => `    ${json(el)}`).join(',\n')}\n  ]`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}
