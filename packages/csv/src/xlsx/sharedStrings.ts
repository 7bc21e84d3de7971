import { walkXml } from './xmlWalk.js';

/**
 * The shared strings table: each `<si>` as the text shown in the cell (its `<t>` runs joined;
 * phonetic guides `<rPh>`, which Excel keeps for Japanese and Chinese readings, left out).
 */
export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  let current: string | null = null;
  let inText = false;
  let inPhonetic = 0;
  walkXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic++;
      else if (name === 't') inText = true;
    },
    text(t) {
      if (inText && inPhonetic === 0 && current !== null) current += t;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic--;
      else if (name === 'si') {
        out.push(current ?? '');
        current = null;
      }
    },
  });
  return out;
}
