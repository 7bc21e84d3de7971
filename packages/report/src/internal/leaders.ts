import type { EnterpriseRecord, EnterpriseResult, RunAccounting } from '@mujun/core';
import { fill, label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ReportInput } from '../types.js';
import { classSlug } from './classTable.js';
import { countAll, countByKey, share } from './classShares.js';
import type { ClassCounts } from './classShares.js';
import { formatDecimal } from './decimal.js';
import { escapeHtml } from './escape.js';
import { catalogName } from './fiscal.js';
import { num, raw, table } from './html.js';
import type { Cell } from './html.js';
import { industryDivision } from './industries.js';
import type { MigrationView } from './migrationOf.js';
import { placeName } from './placeName.js';
import { shareBar } from './shareBar.js';

/** Everything the leaders' page is drawn from. */
export interface LeadersInput {
  input: ReportInput;
  classes: readonly string[];
  accounting: RunAccounting;
  migration: MigrationView | undefined;
  year: number | null;
}

/**
 * The leaders' page, first in the report: classes with their shares and a chart, the same by
 * group, industry (GB/T 4754-2017 division), town and park where the data has them; the change
 * from last year; and what the policies collect and give. It prints on its own A4 pages.
 */
export function leadersSection(l: LeadersInput, dict: Dictionary): string {
  const ui = dict.ui;
  const results = l.input.evaluation.results;
  const all = countAll(results, l.classes);
  const lang = l.input.lang ?? 'zh';
  const records = new Map<string, EnterpriseRecord>();
  for (const r of l.input.records ?? []) records.set(r.creditCode, r);
  const by = (heading: string, id: string, keyOf: (r: EnterpriseResult) => string, nameOf: (key: string) => string): string =>
    breakdown(heading, id, countByKey(results, l.classes, keyOf), l.classes, dict, nameOf);
  // By town (镇/街道) or park (园区): only where some record carries one.
  const byArea = (heading: string, id: string, field: 'town' | 'park'): string => {
    const area = (r: EnterpriseResult): string => records.get(r.creditCode)?.[field]?.trim() ?? '';
    return results.some((r) => area(r) !== '') ? by(heading, id, area, (k) => k || ui.unknownArea) : '';
  };
  const parts = [
    `<h2>${escapeHtml(ui.summary)}</h2>`,
    `<p class="lead" id="summary-lead">${escapeHtml(leadSentence(all, l, dict))}</p>`,
    classCards(all, l.classes, dict),
    all.total > 0 ? `<figure class="share-figure">${shareBar(all.counts, l.classes, all.total, dict)}</figure>` : '',
    by(
      ui.byGroup,
      'by-group',
      (r) => r.group,
      (k) => label(dict.groups, k),
    ),
    // By county only when the run covers several (a district's own run has one).
    new Set(results.map((r) => r.county ?? '')).size > 1
      ? by(
          ui.byCounty,
          'by-county',
          (r) => r.county ?? '',
          (k) => k || ui.unknownCounty,
        )
      : '',
    by(
      ui.byIndustry,
      'by-industry',
      (r) => industryDivision(r.industryCode, lang).code,
      (k) => {
        const d = industryDivision(k, lang);
        return d.code ? `${d.code} ${d.name}` : ui.unknownIndustry;
      },
    ),
    byArea(ui.byTown, 'by-town', 'town'),
    byArea(ui.byPark, 'by-park', 'park'),
    migrationSummary(l.migration, l.classes, dict),
    fiscalSummary(l.input, dict),
  ];
  return `<section id="summary" class="leaders">${parts.join('')}</section>`;
}

function leadSentence(all: ClassCounts, l: LeadersInput, dict: Dictionary): string {
  const ui = dict.ui;
  const byClass = l.classes
    .map((c) => fill(ui.classCountShare, { class: c, n: all.counts[c] ?? 0, share: share(all.counts[c] ?? 0, all.total) }))
    .join(ui.listComma);
  const head = fill(l.year === null ? ui.leadNoYear : ui.lead, { year: l.year ?? '', n: all.total, classes: byClass });
  const rest = l.accounting.excluded + l.accounting.rejected > 0 ? fill(ui.leadRest, { excluded: l.accounting.excluded, rejected: l.accounting.rejected }) : '';
  return head + rest;
}

function classCards(all: ClassCounts, classes: readonly string[], dict: Dictionary): string {
  const cards = classes.map((c) => {
    const n = all.counts[c] ?? 0;
    return (
      `<div class="card class-card" data-class="${escapeHtml(c)}"><div class="card-l cls cls-${classSlug(c)}">${escapeHtml(label(dict.classes, c))}</div>` +
      `<div class="card-n">${n}</div><div class="card-s" data-share="${escapeHtml(c)}">${escapeHtml(share(n, all.total))}</div></div>`
    );
  });
  return `<div class="cards">${cards.join('')}<div class="card"><div class="card-l">${escapeHtml(dict.ui.total)}</div><div class="card-n">${all.total}</div><div class="card-s">100%</div></div></div>`;
}

/** A table of class counts and shares per key, with a bar per row. */
function breakdown(
  heading: string,
  id: string,
  rows: readonly ClassCounts[],
  classes: readonly string[],
  dict: Dictionary,
  name: (key: string) => string,
): string {
  if (rows.length === 0) return '';
  const body: Cell[][] = rows.map((r) => [
    name(r.key),
    ...classes.map((c) => raw(`<span class="num">${r.counts[c] ?? 0}</span><span class="pct">${escapeHtml(share(r.counts[c] ?? 0, r.total))}</span>`)),
    r.total,
    raw(shareBar(r.counts, classes, r.total, dict, 300, 14)),
  ]);
  const headers: Cell[] = [heading, ...classes.map((c) => raw(`<span class="cls cls-${classSlug(c)} num">${escapeHtml(c)}</span>`)), num(dict.ui.total), ''];
  return `<h3>${escapeHtml(heading)}</h3>` + table(headers, body, `id="${id}" class="breakdown"`);
}

/** Year-over-year: how many moved up, down or stayed, a bar per earlier class, and the matrix; the list of movers is drawn by the page. */
function migrationSummary(m: MigrationView | undefined, classes: readonly string[], dict: Dictionary): string {
  if (!m) return '';
  const ui = dict.ui;
  const rank = (c: string): number => classes.indexOf(c);
  // core's compare counted the moves; a firm excluded on both sides did not stay in a class.
  const { up, down, entered, left } = m.tally;
  const same = m.tally.stayed - (m.counts['excluded']?.['excluded'] ?? 0);
  const sentence = fill(ui.migrationLead, { from: m.fromLabel, up, down, same, entered, left });
  const bars = m.rows
    .filter((from) => rank(from) >= 0)
    .map((from) => {
      const row = m.counts[from] ?? {};
      const total = Object.values(row).reduce((a, b) => a + b, 0);
      const counts = Object.fromEntries(classes.map((c) => [c, row[c] ?? 0]));
      const gone = total - classes.reduce((s, c) => s + (row[c] ?? 0), 0);
      return [
        raw(`<strong>${escapeHtml(fill(ui.previousClassOf, { from: m.fromLabel, class: from }))}</strong>`),
        total,
        raw(shareBar(counts, classes, total, dict, 300, 14)),
        gone,
      ];
    });
  const rows = m.rows.map((from) => [
    raw(`<strong>${escapeHtml(placeName(from, dict))}</strong>`),
    ...m.columns.map((to) =>
      raw(`<span class="num${from === to ? ' same' : ''}" data-from="${escapeHtml(from)}" data-to="${escapeHtml(to)}">${m.counts[from]?.[to] ?? 0}</span>`),
    ),
  ]);
  const matrix = table([`${m.fromLabel} → ${m.toLabel}`, ...m.columns.map((c) => num(placeName(c, dict)))], rows, 'id="migration-table" class="compact"');
  return (
    `<h3 id="migration">${escapeHtml(fill(ui.migrationHeading, { from: m.fromLabel }))}</h3>` +
    `<p class="lead" data-up="${up}" data-down="${down}" data-same="${same}">${escapeHtml(sentence)}</p>` +
    table([ui.fromClass, num(ui.enterprises), fill(ui.nowClass, { to: m.toLabel }), num(ui.leftEvaluation)], bars, 'id="migration-bars" class="breakdown"') +
    `<p class="note">${escapeHtml(fill(ui.migrationNote, { from: m.fromLabel, to: m.toLabel }))}</p>` +
    matrix +
    `<h3>${escapeHtml(ui.movedFirms)}</h3><div id="moved-firms"><p class="note">${escapeHtml(ui.noScript)}</p></div>`
  );
}

/** What the policies collect and give, in three numbers and by class. */
function fiscalSummary(input: ReportInput, dict: Dictionary): string {
  const p = input.policy;
  if (!p) return '';
  const ui = dict.ui;
  const f = p.fiscal.total;
  const card = (key: string, text: string, value: string): string =>
    `<div class="card" data-fiscal="${key}"><div class="card-l">${escapeHtml(text)}</div><div class="card-n money">${escapeHtml(value)}</div></div>`;
  const named = catalogName(p, input.policyTitle, input.lang ?? 'zh');
  const byClass = Object.entries(p.fiscal.byClass).map(([c, x]) => [
    label(dict.classes, c),
    x.firms,
    x.firmsCharged,
    x.firmsRelieved,
    num(formatDecimal(x.surchargeRevenue, 2)),
    num(formatDecimal(x.reliefForgone, 2)),
  ]);
  return (
    `<h3 id="fiscal-summary">${escapeHtml(ui.fiscalEffect)}</h3>${named ? `<p class="note">${escapeHtml(ui.catalog)}${escapeHtml(ui.colon)}${escapeHtml(named)}</p>` : ''}` +
    `<div class="cards">${card('collected', ui.collected, formatDecimal(f.surchargeRevenue, 2))}${card('given', ui.given, formatDecimal(f.reliefForgone, 2))}${card('net', ui.net, formatDecimal(f.net, 2))}` +
    `${card('charged', ui.firmsCharged, String(f.firmsCharged))}${card('relieved', ui.firmsRelieved, String(f.firmsRelieved))}</div>` +
    table([ui.class, ...[ui.enterprises, ui.firmsCharged, ui.firmsRelieved, ui.collected, ui.given].map(num)], byClass, 'class="compact"')
  );
}
