import { gb18030Chunks } from '@mujun/csv/node';
import { describe, expect, test } from 'vitest';
import { gb18030Bytes } from './gb18030.js';

/** What `score --encoding gbk` writes for `text` (iconv-lite, through @mujun/csv/node). */
async function cliBytes(text: string): Promise<Buffer> {
  async function* utf8() {
    yield new TextEncoder().encode(text);
  }
  const parts: Buffer[] = [];
  for await (const part of gb18030Chunks(utf8())) parts.push(part);
  return Buffer.concat(parts);
}

describe('gb18030Bytes', () => {
  test('writes every character of the Basic Multilingual Plane as score --encoding gbk does', async () => {
    let text = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c >= 0xe000) text += String.fromCharCode(c);
    const mine = gb18030Bytes(text);
    const theirs = await cliBytes(text);
    // Not vacuous: one-, two- and four-byte codes, some 63 000 characters.
    expect(theirs.length).toBeGreaterThan(200_000);
    expect(Buffer.from(mine).equals(theirs)).toBe(true);
  });

  test('and the planes above it, a rare name character and a lone surrogate', async () => {
    const text = `𠀀张𪚥${String.fromCodePoint(0x10ffff)}${String.fromCodePoint(0x2a6d6)}a\ud800b\udc00`;
    expect(Buffer.from(gb18030Bytes(text))).toEqual(await cliBytes(text));
    expect([...gb18030Bytes('𠀀')]).toEqual([0x95, 0x32, 0x82, 0x36]);
  });
});
