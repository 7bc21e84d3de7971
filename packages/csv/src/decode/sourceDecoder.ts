import { InputError } from '../errors/inputError.js';

/** The text encodings a source can be in. GBK files are read as GB18030, of which GBK is a subset. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** What a file is, from its first bytes: an .xlsx package is a zip, an old .xls (or an encrypted .xlsx) an OLE2 compound file. */
export type FileKind = 'xlsx' | 'xls' | 'csv';

/** The kind of a file from its first four bytes (the extension is not trusted: `.xls` files are often CSV or HTML). */
export function fileKindOf(head: Uint8Array): FileKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  return 'csv';
}

/** Bytes of non-ASCII text looked at before deciding between UTF-8 and GB18030. */
const WINDOW = 64 * 1024;

type State = 'start' | 'ascii' | 'sniff' | 'decoding';

interface Decoder {
  write(b: Uint8Array): string;
  end(): string;
}

/**
 * The platform's decoder (WHATWG Encoding: Node and every browser have UTF-16 and GB18030). UTF-8 is
 * strict: a bad byte throws. GB18030 is not: a byte it cannot map becomes U+FFFD, which
 * {@link SourceDecoder} reports with the offset of the chunk it appeared in.
 */
function textDecoder(encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'): Decoder {
  const d = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

/** Decodes bytes all below 0x80 (ASCII reads the same as UTF-8). */
const ASCII = new TextDecoder('utf-8');

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** True when `b` is valid UTF-8, allowing the last character to be cut off by the window's end. */
function looksUtf8(b: Uint8Array, complete: boolean): boolean {
  let end = b.length;
  if (!complete) {
    // Back up over an incomplete trailing sequence (at most 3 bytes) to the last lead byte.
    let i = end - 1;
    while (i >= 0 && end - i <= 3 && (b[i]! & 0xc0) === 0x80) i--;
    if (i >= 0 && b[i]! >= 0xc0) end = i;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns a source's bytes into text, chunk by chunk, detecting the encoding without being told:
 * a BOM says UTF-8 or UTF-16; otherwise ASCII is passed through until the first non-ASCII byte,
 * then up to 64 KiB from there are tried as strict UTF-8, and GB18030 (which reads GBK) is used
 * when they are not valid UTF-8. Text that is neither — bytes GB18030 cannot map, NUL bytes, an
 * Excel workbook — is an InputError (`undecodable`, `excel-workbook`).
 */
export class SourceDecoder {
  /** The encoding found; null until the first non-ASCII byte (ASCII reads the same in all of them). */
  encoding: SourceEncoding | null = null;
  private state: State = 'start';
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private decoder: Decoder | null = null;
  private offset = 0;

  constructor(readonly source: string) {}

  /** Decodes the next chunk; returns the text that is ready. */
  push(chunk: Uint8Array): string {
    return this.feed(chunk, false);
  }

  /** Ends the input; returns the remaining text. */
  end(): string {
    return this.feed(new Uint8Array(0), true);
  }

  private feed(chunk: Uint8Array, final: boolean): string {
    if (this.state === 'decoding') return this.decode(chunk, final);
    if (chunk.length > 0) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
    }
    if (this.state === 'start') {
      if (this.pendingBytes < 4 && !final) return '';
      const head = this.take();
      this.state = 'ascii';
      return this.start(head, final);
    }
    if (this.state === 'ascii') return this.ascii(this.take(), final);
    // sniff: wait for a window of non-ASCII text, then decide.
    if (this.pendingBytes < WINDOW && !final) return '';
    return this.decide(this.take(), final);
  }

  private take(): Uint8Array {
    const all = this.pending.length === 1 ? this.pending[0]! : concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    return all;
  }

  private start(b: Uint8Array, final: boolean): string {
    if (fileKindOf(b) !== 'csv') this.fail('excel-workbook');
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return this.use('utf-8-bom', textDecoder('utf-8'), b.subarray(3), final, 3);
    if (b[0] === 0xff && b[1] === 0xfe) return this.use('utf-16le', textDecoder('utf-16le'), b.subarray(2), final, 2);
    if (b[0] === 0xfe && b[1] === 0xff) return this.use('utf-16be', textDecoder('utf-16be'), b.subarray(2), final, 2);
    return this.ascii(b, final);
  }

  private ascii(b: Uint8Array, final: boolean): string {
    let i = 0;
    const n = b.length;
    while (i < n && b[i]! < 0x80 && b[i] !== 0) i++;
    if (i < n && b[i] === 0) {
      this.offset += i;
      this.fail('nul');
    }
    const text = ASCII.decode(b.subarray(0, i));
    this.offset += i;
    if (i === n) {
      if (final) this.encoding ??= 'utf-8';
      return text;
    }
    this.state = 'sniff';
    const rest = b.subarray(i);
    if (rest.length < WINDOW && !final) {
      this.pending.push(rest);
      this.pendingBytes = rest.length;
      return text;
    }
    return text + this.decide(rest, final);
  }

  private decide(b: Uint8Array, final: boolean): string {
    const window = b.subarray(0, WINDOW);
    const complete = final && window.length === b.length;
    return looksUtf8(window, complete) ? this.use('utf-8', textDecoder('utf-8'), b, final, 0) : this.use('gb18030', textDecoder('gb18030'), b, final, 0);
  }

  private use(encoding: SourceEncoding, decoder: Decoder, b: Uint8Array, final: boolean, skipped: number): string {
    this.encoding = encoding;
    this.decoder = decoder;
    this.state = 'decoding';
    this.offset += skipped;
    return this.decode(b, final);
  }

  private decode(b: Uint8Array, final: boolean): string {
    const d = this.decoder!;
    const utf16 = this.encoding === 'utf-16le' || this.encoding === 'utf-16be';
    if (!utf16 && b.indexOf(0) >= 0) {
      this.offset += b.indexOf(0);
      this.fail('nul');
    }
    let text: string;
    try {
      text = d.write(b) + (final ? d.end() : '');
    } catch {
      this.fail('utf8');
    }
    if (this.encoding === 'gb18030' && text.includes('\uFFFD')) this.fail('gb18030');
    this.offset += b.length;
    return text;
  }

  private fail(why: 'excel-workbook' | 'nul' | 'utf8' | 'gb18030'): never {
    const s = this.source;
    if (why === 'excel-workbook') {
      throw new InputError('excel-workbook', s, {
        zh: `${s} 是 Excel 工作簿而不是 CSV 文件；请在 Excel/WPS 中“另存为 CSV”后再读取`,
        en: `${s} is an Excel workbook, not a CSV file; save it as CSV from Excel/WPS first`,
      });
    }
    const where = `${this.offset}`;
    const detail =
      why === 'nul'
        ? { zh: `第 ${where} 字节处含有空字节（二进制文件？）`, en: `it holds a NUL byte at byte ${where} (a binary file?)` }
        : why === 'utf8'
          ? { zh: `约第 ${where} 字节起不是有效的 UTF-8（文件混用了编码？）`, en: `it is not valid UTF-8 from about byte ${where} (mixed encodings?)` }
          : { zh: `约第 ${where} 字节起既不是 UTF-8 也不是 GBK/GB18030`, en: `it is neither UTF-8 nor GBK/GB18030 from about byte ${where}` };
    throw new InputError('undecodable', s, { zh: `无法解码 ${s}：${detail.zh}`, en: `cannot decode ${s}: ${detail.en}` });
  }
}
