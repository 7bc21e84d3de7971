import type { Scheme } from '@mujun/core';
import { resultsLayout } from '../table/resultsLayout.js';
import { tableWords } from '../table/tableLanguage.js';
import { csvCell } from '../write/csvCell.js';
import type { LineSettings } from './lineSettings.js';

/**
 * What every line of a results table shares, and its header line (CRLF-ended): the one results
 * layout (table/resultsLayout) of `scheme` — with the policy columns when `policies` — in `lang`.
 */
export function tableSetup(scheme: Scheme, referenceDate: string | null, lang: 'zh' | 'en', policies: boolean): { settings: LineSettings; header: string } {
  const layout = resultsLayout(scheme, { policies });
  const settings: LineSettings = {
    year: referenceDate?.slice(0, 4) ?? '',
    decimals: scheme.rounding.decimals,
    kinds: layout.map((c) => c.kind),
    tierIds: scheme.classes.tiers.map((tier) => tier.id),
    indicatorIds: layout.filter((c) => c.shown === 'six-digits').map((c) => c.id),
    words: tableWords(scheme, lang),
  };
  const header = `${layout.map((c) => csvCell(lang === 'zh' ? c.zh : c.en, { kind: 'text', yes: '', no: '' })).join(',')}\r\n`;
  return { settings, header };
}
