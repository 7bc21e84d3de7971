/** What every line of a results table shares: the year, the columns' kinds, the classes, the indicator columns. */
export interface LineSettings {
  year: string;
  decimals: number;
  lang: 'zh' | 'en';
  kinds: ('text' | 'number' | 'code')[];
  cached: boolean[];
  tierIds: string[];
  tierNames: string[];
  indicatorIds: string[];
}
