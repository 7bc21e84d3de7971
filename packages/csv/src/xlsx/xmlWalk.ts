import { SaxesParser } from 'saxes';

/** What {@link walkXml} calls back with: element names without their namespace prefix. */
export interface XmlVisitor {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

/** `x:c` → `c`: some writers (the Open XML SDK) prefix every element of a part. */
function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * Walks one XML part of a workbook with saxes (entities decoded, CDATA as text), calling the
 * visitor for each element and text. Throws on XML that is not well-formed.
 */
export function walkXml(xml: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  if (visitor.open) {
    const open = visitor.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  }
  if (visitor.text) {
    parser.on('text', visitor.text);
    parser.on('cdata', visitor.text);
  }
  if (visitor.close) {
    const close = visitor.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  parser.write(xml).close();
  if (failure) throw failure;
}

/** An attribute by its local name (`r:id` and `id` alike are found as `id` when asked for `r:id`'s local part). */
export function attribute(attributes: Record<string, string>, local: string): string | undefined {
  if (attributes[local] !== undefined) return attributes[local];
  for (const [k, v] of Object.entries(attributes)) if (localName(k) === local) return v;
  return undefined;
}
