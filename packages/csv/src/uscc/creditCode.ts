import type { Message } from '../errors/rowError.js';
import { halfWidth } from '../values/halfWidth.js';

/** The 31 characters a 统一社会信用代码 may use (GB 32100-2015): digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1–17 (3^(i−1) mod 31). */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

const VALUE = new Map<string, number>([...CREDIT_CODE_CHARSET].map((ch, i) => [ch, i]));

/**
 * The GB 32100-2015 check character for the first 17 characters of a credit code:
 * `31 − (Σ value(cᵢ) × wᵢ mod 31)`, where 31 stands for 0. Null when a character is outside
 * the charset or the length is not 17.
 */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE.get(first17[i]!);
    if (v === undefined) return null;
    sum += v * CREDIT_CODE_WEIGHTS[i]!;
  }
  const c = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[c === 31 ? 0 : c]!;
}

/** True when `code` is 18 characters of the charset with the right check character. */
export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** What {@link checkCreditCode} found. */
export type CreditCodeCheck =
  | { ok: true; code: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'invalid'; normalized: string; why: Message };

const EXCEL_TEXT = /^="(.*)"$/;
const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/;
const CLEAN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/**
 * Normalises a credit code as exported (full-width → half-width, trimmed, upper case, inner
 * spaces removed, Excel's `="…"` text wrapper removed) and validates it.
 */
export function checkCreditCode(raw: string): CreditCodeCheck {
  // Fast path: a clean 18-character code as most exports have it.
  if (raw.length === 18 && CLEAN.test(raw)) {
    if (creditCodeCheckChar(raw.slice(0, 17)) === raw[17]) return { ok: true, code: raw };
  }
  let s = halfWidth(raw).trim();
  const wrapped = EXCEL_TEXT.exec(s);
  if (wrapped) s = wrapped[1]!.trim();
  s = s.replace(/\s+/g, '').toUpperCase();
  if (s.startsWith("'")) s = s.slice(1);
  if (s === '') return { ok: false, reason: 'missing' };
  if (SCIENTIFIC.test(s)) {
    return {
      ok: false,
      reason: 'invalid',
      normalized: s,
      why: {
        zh: '被 Excel 显示为科学计数法，末几位已丢失；请将该列设为文本格式后重新导出',
        en: 'Excel turned it into scientific notation and lost its last digits; format the column as text and export again',
      },
    };
  }
  if (s.length !== 18) {
    return {
      ok: false,
      reason: 'invalid',
      normalized: s,
      why: { zh: `应为 18 位，实为 ${s.length} 位`, en: `it should have 18 characters, it has ${s.length}` },
    };
  }
  for (const ch of s) {
    if (!VALUE.has(ch)) {
      return {
        ok: false,
        reason: 'invalid',
        normalized: s,
        why: {
          zh: `含有不允许的字符“${ch}”（不使用 I、O、S、V、Z）`,
          en: `it contains ${JSON.stringify(ch)}, which the code never uses (no I, O, S, V, Z)`,
        },
      };
    }
  }
  const expected = creditCodeCheckChar(s.slice(0, 17))!;
  if (expected !== s[17]) {
    return {
      ok: false,
      reason: 'invalid',
      normalized: s,
      why: {
        zh: `校验码应为“${expected}”，实为“${s[17]}”（GB 32100-2015）`,
        en: `its check character should be ${expected}, not ${s[17]} (GB 32100-2015)`,
      },
    };
  }
  return { ok: true, code: s };
}
