import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, isValidCreditCode } from '@mujun/core';
import type { Bilingual } from '@mujun/core';
import { halfWidth } from '../values/halfWidth.js';

/** What {@link checkCreditCode} found. */
export type CreditCodeCheck =
  | { ok: true; code: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'invalid'; normalized: string; why: Bilingual };

const EXCEL_TEXT = /^="(.*)"$/;
const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/;

/**
 * Normalises a credit code as exported (full-width → half-width, trimmed, upper case, inner
 * spaces removed, Excel's `="…"` text wrapper removed) and validates it.
 */
export function checkCreditCode(raw: string): CreditCodeCheck {
  // Fast path: a clean 18-character code as most exports have it.
  if (isValidCreditCode(raw)) return { ok: true, code: raw };
  let s = halfWidth(raw).trim();
  const wrapped = EXCEL_TEXT.exec(s);
  if (wrapped) s = wrapped[1]!.trim();
  s = s.replace(/\s+/g, '').toUpperCase();
  if (s.startsWith("'")) s = s.slice(1);
  if (s === '') return { ok: false, reason: 'missing' };
  const invalid = (zh: string, en: string): CreditCodeCheck => ({ ok: false, reason: 'invalid', normalized: s, why: { zh, en } });
  if (SCIENTIFIC.test(s)) {
    return invalid(
      '被 Excel 显示为科学计数法，末几位已丢失；请将该列设为文本格式后重新导出',
      'Excel turned it into scientific notation and lost its last digits; format the column as text and export again',
    );
  }
  if (s.length !== 18) return invalid(`应为 18 位，实为 ${s.length} 位`, `it should have 18 characters, it has ${s.length}`);
  for (const ch of s) {
    if (!CREDIT_CODE_CHARSET.includes(ch)) {
      return invalid(`含有不允许的字符“${ch}”（不使用 I、O、S、V、Z）`, `it contains ${JSON.stringify(ch)}, which the code never uses (no I, O, S, V, Z)`);
    }
  }
  const expected = creditCodeCheckCharacter(s.slice(0, 17));
  if (expected !== s[17])
    return invalid(`校验码应为“${expected}”，实为“${s[17]}”（GB 32100-2015）`, `its check character should be ${expected}, not ${s[17]} (GB 32100-2015)`);
  return { ok: true, code: s };
}
