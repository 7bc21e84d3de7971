/** A text in both languages, for the CLI and the report. */
export interface Bilingual {
  zh: string;
  en: string;
}
