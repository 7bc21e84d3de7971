import { gb18030Bytes } from './gb18030Bytes.js';

/**
 * UTF-8 chunks (cut anywhere) re-encoded as GB18030 — GBK for every character GBK has, the rest
 * kept instead of turned into `?` — as {@link writeResultsCsv} encodes `encoding: 'gbk'`.
 */
export async function* gb18030Chunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield gb18030Buffer(decoder.decode(chunk, { stream: true }));
  const rest = decoder.decode();
  if (rest !== '') yield gb18030Buffer(rest);
}

/** {@link gb18030Bytes} as a Buffer over the same memory. */
export function gb18030Buffer(text: string): Buffer {
  const bytes = gb18030Bytes(text);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
