/**
 * The form headers are compared in: NFKC (full-width brackets, letters and digits → half-width,
 * ㎡ → m2, ₃ → 3), lower case, with white space, `-`, `_`, quotes and required-field stars
 * removed, and 【】[]〔〕 read as (). `实缴税金（万元）` → `实缴税金(万元)`, `Credit Code` →
 * `creditcode`, `credit_code` → `creditcode`.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[【[〔]/g, '(')
    .replace(/[】\]〕]/g, ')')
    .replace(/[\s\-_"'“”‘’《》*※]/g, '');
}

/** A normalised header split into its name and the unit in its last bracket: `税收(元)` → [`税收`, `元`]. */
export function splitUnit(normalized: string): { base: string; unit: string } | null {
  const m = /^(.+)\(([^()]*)\)$/.exec(normalized);
  return m ? { base: m[1]!, unit: m[2]! } : null;
}
