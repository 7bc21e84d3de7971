import { gb18030Bytes } from '../write/gb18030Bytes.js';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/inputError.js';
import { SourceDecoder } from './sourceDecoder.js';

const TEXT = '统一社会信用代码,企业名称,实缴税金（万元）\r\n914403001922038216,华为技术有限公司,１２３．４\r\n';

function decodeAll(bytes: Uint8Array, chunk = 7): { text: string; encoding: string | null } {
  const d = new SourceDecoder('t.csv');
  let text = '';
  for (let i = 0; i < bytes.length; i += chunk) text += d.push(bytes.subarray(i, i + chunk));
  text += d.end();
  return { text, encoding: d.encoding };
}

function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e: unknown) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no InputError');
}

describe('SourceDecoder', () => {
  it('reads UTF-8', () => {
    expect(decodeAll(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeAll(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('detects GBK without being told, in any chunking', () => {
    const gbk = gb18030Bytes(TEXT);
    for (const chunk of [1, 2, 3, 5, 1 << 20]) expect(decodeAll(gbk, chunk)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('reads GB18030 four-byte characters', () => {
    const text = '名称\r\n𠀀记\r\n';
    expect(decodeAll(gb18030Bytes(text))).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads GB18030 with the 2022 edition’s mappings, in any chunking', () => {
    // A6D9 is the vertical comma ︐ (U+FE10) since GB18030-2022; GB18030-2005 had it at a private-use code point.
    const bytes = Buffer.concat([gb18030Bytes('名称,'), Buffer.from([0xa6, 0xd9]), gb18030Bytes('\r\n')]);
    for (const chunk of [1, 3, 1 << 20]) expect(decodeAll(bytes, chunk)).toEqual({ text: '名称,\ufe10\r\n', encoding: 'gb18030' });
  });

  it('detects GBK even when the first 64 KiB are ASCII', () => {
    const text = `${'a,b\r\n'.repeat(20000)}企业,名称\r\n`;
    expect(decodeAll(gb18030Bytes(text), 4096)).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeAll(bytes)).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('calls an ASCII-only file UTF-8', () => {
    expect(decodeAll(Buffer.from('a,b\n1,2\n'))).toEqual({ text: 'a,b\n1,2\n', encoding: 'utf-8' });
  });

  it('rejects an Excel workbook', () => {
    const e = inputError(() => decodeAll(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])));
    expect(e.code).toBe('excel-workbook');
    expect(e.message).toContain('t.csv');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030, and binary files', () => {
    expect(inputError(() => decodeAll(Buffer.from([0x61, 0x2c, 0x81, 0x20, 0xff, 0x0a]))).code).toBe('undecodable');
    const nul = inputError(() => decodeAll(Buffer.from('a,b\n\u0000\u0001')));
    expect(nul.code).toBe('undecodable');
    expect(nul.message).toMatch(/无法解码 t\.csv.* \/ cannot decode t\.csv/);
  });
});
