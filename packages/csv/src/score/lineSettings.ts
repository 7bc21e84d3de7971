import type { TableWords } from '../table/tableLanguage.js';

/** What every line of a results table shares: the year, the columns' kinds, the classes, the indicator columns, the words of its language. */
export interface LineSettings {
  year: string;
  decimals: number;
  kinds: ('text' | 'number' | 'code')[];
  tierIds: string[];
  indicatorIds: string[];
  /** Group, status, class and indicator names in the table's language (table/tableLanguage). */
  words: TableWords;
}
