import { Readable } from 'node:stream';
import { resultsJsonText } from './resultsJsonText.js';

/**
 * Writes a results document as a JSON byte stream (UTF-8, no BOM): {@link resultsJsonText}'s
 * pieces as they are made, so a million results never sit in memory as one string.
 */
export function writeResultsJson(doc: Record<string, unknown>): Readable {
  function* chunks(): Generator<Buffer> {
    for (const text of resultsJsonText(doc)) yield Buffer.from(text);
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** The same text as {@link writeResultsJson}, at once. */
export function formatResultsJson(doc: Record<string, unknown>): string {
  return [...resultsJsonText(doc)].join('');
}
