import { type Bilingual, bilingualPart } from '@mujun/core';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { FiscalFigures, PolicyOutcome } from '@mujun/policy';
import { formatDecimal } from './decimal.js';
import { industryDivision } from './industries.js';
import { escapeHtml } from './escape.js';
import { num, raw, section, table } from './html.js';
import type { Cell } from './html.js';
import type { ReportLang } from '../types.js';

/** The catalog by its title; without one, by its year alone (an id is not a name people read). */
export function catalogName(policy: PolicyOutcome, title: Bilingual | undefined, lang: ReportLang): string {
  return [title ? title[lang] : '', policy.year ?? ''].filter(Boolean).join(' · ');
}

/** Overview section: what the policies collect and give up, by class, group, county and industry. */
export function fiscalSection(policy: PolicyOutcome | undefined, dict: Dictionary, lang: ReportLang, title: Bilingual | undefined): string {
  if (!policy) return '';
  const ui = dict.ui;
  const f = policy.fiscal;
  const line = (name: Cell, x: FiscalFigures): Cell[] => [
    name,
    x.firms,
    x.firmsCharged,
    x.firmsRelieved,
    num(formatDecimal(x.surchargeRevenue, 2)),
    num(formatDecimal(x.reliefForgone, 2)),
    num(formatDecimal(x.net, 2)),
  ];
  const block = (heading: string, rows: Record<string, FiscalFigures>, name: (key: string) => string): string => {
    const keys = Object.keys(rows);
    if (keys.length === 0) return '';
    const body = keys.map((k) => line(name(k), rows[k] as FiscalFigures));
    body.push(line(raw(`<strong>${escapeHtml(ui.total)}</strong>`), f.total));
    const headers: Cell[] = [heading, ...[ui.enterprises, ui.firmsCharged, ui.firmsRelieved, ui.collected, ui.given, ui.net].map(num)];
    return `<h3>${escapeHtml(heading)}</h3>` + table(headers, body, 'class="fiscal"');
  };
  const named = catalogName(policy, title, lang);
  const catalog = named ? `<p class="note">${escapeHtml(ui.catalog)}: ${escapeHtml(named)}</p>` : '';
  const warnings = (policy.warnings ?? []).length
    ? `<details><summary>${escapeHtml(ui.warnings)} (${policy.warnings?.length})</summary><ul>${(policy.warnings ?? []).map((w) => `<li>${escapeHtml(bilingualPart(w, lang))}</li>`).join('')}</ul></details>`
    : '';
  const unknown = (k: string, known: (k: string) => string): string => (k === '(unknown)' ? ui.unknownArea : known(k));
  return section(
    'fiscal',
    ui.fiscal,
    catalog +
      block(ui.byClass, f.byClass, (k) => label(dict.classes, k)) +
      block(ui.byGroup, f.byGroup, (k) => label(dict.groups, k)) +
      block(ui.byCounty, f.byCounty, (k) => unknown(k, (c) => c)) +
      block(ui.byIndustry, f.byIndustry, (k) =>
        unknown(k, (c) => {
          const d = industryDivision(c, lang);
          return d.code ? `${d.code} ${d.name}` : c;
        }),
      ) +
      warnings,
  );
}
