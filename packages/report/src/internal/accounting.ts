import { bilingualPart, type Evaluation, type RejectedRow, type RunAccounting } from '@mujun/core';
import { label } from '../i18n/strings.js';
import type { Dictionary } from '../i18n/strings.js';
import type { ReportInput } from '../types.js';
import { escapeHtml } from './escape.js';
import { num, raw, section, table } from './html.js';
import type { ReportLang } from '../types.js';

/** The accounting shown: the caller's, else the evaluation's plus the rejected rows. */
export function accountingOf(input: ReportInput): RunAccounting {
  if (input.accounting) return input.accounting;
  const rejected = input.rejected?.length ?? 0;
  const a = input.evaluation.accounting;
  return { rows: a.records + rejected, scored: a.scored, excluded: a.excluded, rejected };
}

/** Overview section: the accounting cards, exclusions by reason and rejected rows. */
export function accountingSection(input: ReportInput, dict: Dictionary): string {
  const a = accountingOf(input);
  const ui = dict.ui;
  const balanced = a.rows === a.scored + a.excluded + a.rejected;
  const card = (key: keyof RunAccounting, text: string): string =>
    `<div class="card" data-count="${key}"><div class="card-n">${a[key]}</div><div class="card-l">${escapeHtml(text)}</div></div>`;
  const cards =
    `<div class="cards">${card('rows', ui.rows)}<div class="op">=</div>${card('scored', ui.scored)}<div class="op">+</div>` +
    `${card('excluded', ui.excluded)}<div class="op">+</div>${card('rejected', ui.rejected)}</div>` +
    `<p class="note ${balanced ? 'ok' : 'bad'}">${escapeHtml(ui.accountingNote)} — ${escapeHtml(balanced ? ui.balanced : ui.unbalanced)}</p>`;
  const lang = input.lang ?? 'zh';
  return section('accounting', ui.accounting, cards + exclusionsTable(input.evaluation, dict, lang) + rejectedTable(input.rejected ?? [], dict, lang));
}

function exclusionsTable(evaluation: Evaluation, dict: Dictionary, lang: ReportLang): string {
  if (evaluation.excluded.length === 0) return '';
  const byReason = new Map<string, number>();
  for (const e of evaluation.excluded) byReason.set(e.reason, (byReason.get(e.reason) ?? 0) + 1);
  const rows = [...byReason].map(([reason, n]) => [label(dict.reasons, reason), n]);
  // Each name opens the firm's sheet, which says why it was not evaluated.
  const list = evaluation.excluded.map((e) => [
    e.creditCode,
    raw(`<a href="#/firm/${encodeURIComponent(e.creditCode)}">${escapeHtml(e.name)}</a>`),
    label(dict.reasons, e.reason),
    bilingualPart(e.detail, lang),
  ]);
  return (
    `<h3>${escapeHtml(dict.ui.excludedByReason)}</h3>` +
    table([dict.ui.reason, num(dict.ui.count)], rows, 'class="compact" id="excluded-by-reason"') +
    `<details><summary>${escapeHtml(dict.ui.excluded)} (${evaluation.excluded.length})</summary>` +
    table([dict.ui.creditCode, dict.ui.name, dict.ui.reason, dict.ui.exclusionDetail], list) +
    `</details>`
  );
}

function rejectedTable(rejected: readonly RejectedRow[], dict: Dictionary, lang: ReportLang): string {
  if (rejected.length === 0) return '';
  const ui = dict.ui;
  // The message says what the machine code means, in the report's language.
  const rows = rejected.map((r) => [r.source, r.row, r.column, r.message[lang]]);
  return (
    `<details><summary>${escapeHtml(ui.rejectedRows)} (${rejected.length})</summary>` +
    table([ui.file, ui.row, ui.column, ui.message], rows, 'id="rejected-rows"') +
    `</details>`
  );
}
