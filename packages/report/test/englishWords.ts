/**
 * What counts as English in a Chinese report: a Latin word in its visible text. A "word" is a
 * run of ASCII letters, digits and the joiners . _ - : that holds a letter; it is allowed only
 * when it is one of these, which are not English:
 * - a 统一社会信用代码 (18 characters of GB 32100's alphabet),
 * - a GB/T 4754 industry code (a section letter and 2–4 digits, e.g. C3311, C33),
 * - a class letter (A, B, C, C-, D),
 * - a data file named by the user, with its row (tax.csv:22, 2024数据.xlsx),
 * - the units tce and kWh.
 * Anything else — "above-scale", "COD", "m2", a policy id, "user setting" — is English.
 */
const ALLOWED: RegExp[] = [/^[0-9A-HJ-NPQRTUWXY]{18}$/, /^[A-T]\d{2,4}$/, /^(A|B|C|C-|D)$/, /^(tce|kWh)$/];

/** The Latin words of a text that are not allowed in a Chinese report, each once. */
export function englishWords(text: string): string[] {
  const found = new Set<string>();
  // File names may hold Chinese ("2024数据.xlsx"): they go first, whole.
  const withoutFiles = text.replace(/[^\s()（）:：,，;；、]+\.(csv|xlsx|xls|json)(:\d+)?/gi, ' ');
  for (const m of withoutFiles.matchAll(/[A-Za-z0-9._:-]+/g)) {
    // Trailing joiners belong to the sentence ("见 tax.csv。" has none, "A." may).
    const word = m[0].replace(/^[.:\-_]+|[.:\-_]+$/g, '');
    if (!/[A-Za-z]/.test(word)) continue;
    if (!ALLOWED.some((re) => re.test(word))) found.add(word);
  }
  return [...found];
}
