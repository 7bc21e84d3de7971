/**
 * The part of a "中文 / English" text in the report's language. Core and policy write exclusion
 * details and notes in both languages joined by " / "; a text without the separator is kept whole.
 */
export function oneLanguage(text: string, lang: 'zh' | 'en'): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return lang === 'en' ? text.slice(at + 3) : text.slice(0, at);
}
