import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { gb18030Bytes } from './gb18030Bytes.js';
import { gb18030Chunks } from './gb18030Chunks.js';

describe('gb18030Bytes', () => {
  test('writes every character of the Basic Multilingual Plane as iconv-lite wrote it for score --encoding gbk', () => {
    let text = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c >= 0xe000) text += String.fromCharCode(c);
    const bytes = gb18030Bytes(text);
    // iconv-lite 0.7.3's iconv.encode(text, 'gb18030'), which score used before this encoder:
    // one-, two- and four-byte codes, some 63 000 characters.
    expect(bytes.length).toBe(205_690);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('f2fe88f7864929a597282b113a08e59b3773f205dc89ac046b934243047e155c');
    // The platform's (GB18030-2022) decoder reads them back, except the 19 characters whose
    // four-byte codes 2022 moved (2005's are kept).
    const back = new TextDecoder('gb18030').decode(bytes);
    let differ = 0;
    for (let i = 0; i < text.length; i++) if (back[i] !== text[i]) differ++;
    expect(differ).toBe(19);
  });

  test('and the planes above it, a rare name character and a lone surrogate (U+FFFD, as after UTF-8)', () => {
    const text = `𠀀张𪚥${String.fromCodePoint(0x10ffff)}${String.fromCodePoint(0x2a6d6)}a\ud800b\udc00`;
    // iconv-lite's bytes for the same text once through UTF-8, as score wrote it.
    expect(Buffer.from(gb18030Bytes(text)).toString('hex')).toBe('95328236d5c59835ee37e3329a359835f336618431a437628431a437');
    expect([...gb18030Bytes('𠀀')]).toEqual([0x95, 0x32, 0x82, 0x36]);
  });

  test('gb18030Chunks gives the same bytes whatever the UTF-8 is cut into', async () => {
    const text = '统一社会信用代码,企业名称\r\n9132,常州𠀀厂\r\n';
    const utf8 = new TextEncoder().encode(text);
    for (const cut of [1, 2, 3, 5, 7]) {
      async function* parts() {
        for (let i = 0; i < utf8.length; i += cut) yield utf8.subarray(i, i + cut);
      }
      const out: Uint8Array[] = [];
      for await (const part of gb18030Chunks(parts())) out.push(part);
      expect(Buffer.concat(out).equals(Buffer.from(gb18030Bytes(text))), `cut ${cut}`).toBe(true);
    }
  });
});
