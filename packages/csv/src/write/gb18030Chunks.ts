import iconv from 'iconv-lite';

/**
 * UTF-8 chunks (cut anywhere) re-encoded as GB18030 — GBK for every character GBK has, the rest
 * kept instead of turned into `?` — as {@link writeResultsCsv} encodes `encoding: 'gbk'`.
 */
export async function* gb18030Chunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield iconv.encode(decoder.decode(chunk, { stream: true }), 'gb18030');
  const rest = decoder.decode();
  if (rest !== '') yield iconv.encode(rest, 'gb18030');
}
