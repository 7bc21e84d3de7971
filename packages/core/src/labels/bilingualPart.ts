import type { Bilingual } from '../types/bilingual.js';
import { flagLabel } from './labels.js';

const CJK = /[\u3400-\u9fff\uff08\uff09\u3001-\u3011]/;

/**
 * One half of a `中文 / English` text (an exclusion's detail, a row's problem). The engine's
 * details may end in a bilingual value of their own (`免评行业 D46 / exempt industry D46: 水的生产和供应业 / water
 * supply …`, `… found 无用地数据 / no land figures`): the inner value's halves go with the outer ones.
 */
export function bilingualPart(text: string, language: keyof Bilingual): string {
  const parts = text.split(/\s*\/\s+/);
  if (parts.length < 2) return text;
  let zh = parts[0]!;
  let en = parts.slice(1).join(' / ');
  if (parts.length === 3) {
    // parts[1] is the English sentence followed by the inner value's Chinese half.
    const middle = parts[1]!;
    const at = middle.search(CJK);
    if (at > 0) {
      zh = `${zh}：${middle.slice(at)}`;
      en = `${middle.slice(0, at)}${parts[2]}`;
    }
  }
  if (language === 'zh') return zh.replace(/\(([a-z][a-z-]+)\)/g, (_match: string, id: string) => `（${flagLabel(id).zh}）`);
  return en.replace(/(\d) 亩/g, '$1 mu');
}
