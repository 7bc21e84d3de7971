import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLUMN_SPECS } from '../packages/csv/src/headers/dictionary.js';
import { renderHeaderDictionary } from './scripts/headers.js';

const DOC = fileURLToPath(new URL('./headers.md', import.meta.url));

describe('docs/headers.md', () => {
  it('is exactly the dictionary the reader uses (regenerate: UPDATE_DOCS=1)', () => {
    const text = renderHeaderDictionary();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, text);
    expect(readFileSync(DOC, 'utf8')).toBe(text);
  });

  it('lists every canonical column and every alias', () => {
    const text = renderHeaderDictionary();
    for (const s of COLUMN_SPECS) {
      expect(text).toContain(`\`${s.column}\``);
      for (const a of s.aliases) expect(text).toContain(a);
    }
  });
});
