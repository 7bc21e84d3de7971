import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, jsonForScript } from './escape.js';

describe('jsonForScript', () => {
  test('round-trips through JSON.parse (law: escaping loses nothing)', () =>
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(jsonForScript(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    ));

  it('never contains a sequence that ends or escapes a script element', () => {
    const s = jsonForScript({ a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'line\u2028sep\u2029' });
    expect(s).not.toMatch(/<\/script/i);
    expect(s).not.toContain('<!--');
    expect(s).not.toContain('\u2028');
    expect(s).not.toContain('\u2029');
    expect(JSON.parse(s)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'line\u2028sep\u2029' });
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
