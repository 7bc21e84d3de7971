/// <reference lib="dom" />
/**
 * The page's script: takes the files, asks the worker to cross-check and to run, shows what
 * `score` says, the results and the report, and hands out the downloads. All computing is the
 * worker's; nothing leaves the machine (the page's CSP allows no request).
 */
import type { Accounting } from '@mujun/cli/run';
import type { Reply, Request } from '../protocol.js';
import { bytesOf, runChoice as choiceOf, schemeChoice, showSettings, type PolicyPreset } from './choices.js';
import { $, download } from './dom.js';
import { PAGE_STYLES, SHELL } from './shell.js';
import { startReporter, startWorker, transferOf } from './workers.js';
import { wordsOf, type Lang } from './words.js';

/** Filled in by scripts/build.mjs: the presets' names (and the catalogs' settings). */
declare const SCHEME_PRESETS: { id: string; name: string; nameEn: string; isDefault: boolean }[];
declare const POLICY_PRESETS: PolicyPreset[];

const style = document.createElement('style');
style.textContent = PAGE_STYLES;
document.head.append(style);
document.body.innerHTML = SHELL;

/** The worker that cross-checks, runs and explains (and its readers). */
const worker = startWorker(
  (reply) => onReply(reply),
  () => {
    $('run-step').hidden = false;
    $('crashed').hidden = false;
  },
);
/** The report's worker of the last run, if one was started. */
let reporter: Worker | null = null;
/**
 * Up to this many scored firms the report is made at once (issue 12's bar for opening it); above,
 * on a click: its time grows faster than the firms (76 s at 10 000 for `score report` too).
 */
const REPORT_AT_ONCE = 20_000;
/** Lines of the cross-check shown on the page; the whole text is a download. */
const SHOWN_LINES = 300;

let lang: Lang = 'zh';
let files: File[] = [];
/** Counts the file choices: the worker reads a choice once, for the cross-check and the run. */
let generation = 0;
let reportHtml: string | null = null;
let validation: string | null = null;
let accounting: Accounting | null = null;

function label(): void {
  const words = wordsOf(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = words.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = words[el.dataset['t'] as keyof typeof words];
  const scheme = $<HTMLSelectElement>('scheme');
  const chosen = scheme.value;
  scheme.replaceChildren(...SCHEME_PRESETS.map((p) => new Option(`${lang === 'zh' ? p.name : p.nameEn} (${p.id})`, p.id, p.isDefault, false)));
  if (chosen) scheme.value = chosen;
  const policy = $<HTMLSelectElement>('policy');
  const chosenPolicy = policy.value;
  policy.replaceChildren(new Option(words.noPolicy, ''), ...POLICY_PRESETS.map((p) => new Option(`${p.title[lang]} (${p.id})`, p.id)));
  policy.value = chosenPolicy;
  showFiles();
  showPicked();
  showAccounting();
}

/** The names of the files chosen in the scheme's, the catalog's and the history's pickers. */
function showPicked(): void {
  for (const el of document.querySelectorAll<HTMLElement>('.picked')) {
    const chosen = [...($<HTMLInputElement>(el.dataset['for'] ?? '').files ?? [])];
    el.textContent = chosen.length === 0 ? wordsOf(lang).noFile : chosen.map((f) => f.name).join('、');
    const clear = document.querySelector<HTMLElement>(`[data-clear="${el.dataset['for']}"]`);
    if (clear) clear.hidden = chosen.length === 0;
  }
}

function showFiles(): void {
  const list = $('file-list');
  if (files.length === 0) list.replaceChildren(wordsOf(lang).noFiles);
  else list.replaceChildren(...files.map((f) => Object.assign(document.createElement('li'), { textContent: `${f.name} (${(f.size / 1024).toFixed(1)} KiB)` })));
}

function showAccounting(): void {
  const box = $('accounting');
  if (accounting === null) {
    box.replaceChildren();
    return;
  }
  const words = wordsOf(lang);
  const card = (key: keyof Accounting & keyof typeof words) => {
    const el = document.createElement('div');
    el.className = 'card';
    el.dataset['count'] = key;
    el.innerHTML = '<div class="card-n"></div><div class="card-l"></div>';
    (el.firstChild as HTMLElement).textContent = String(accounting?.[key]);
    (el.lastChild as HTMLElement).textContent = words[key];
    return el;
  };
  box.replaceChildren(card('rows'), card('scored'), card('excluded'), card('rejected'));
}

/** The run's choice: the files read afresh (their bytes are handed over to a worker), the scheme, catalog, history and settings. */
const runChoice = () => choiceOf(files, generation);

function send(request: Request, transfer: Transferable[] = []): void {
  worker.postMessage(request, transfer);
}

/** The report as the page asks for it: its language, and the title and issuer typed in. */
function reportRequest(): Extract<Request, { type: 'report' }> {
  return { type: 'report', lang, title: $<HTMLInputElement>('report-title').value.trim(), issuer: $<HTMLInputElement>('report-issuer').value.trim() };
}

/** Starts the report's worker on the run's choice; the report appears in the frame when it answers. */
async function startReport(): Promise<void> {
  reporter?.terminate();
  $('make-report').hidden = true;
  $('report-status').hidden = false;
  reporter = startReporter(await runChoice(), reportRequest(), (reply) => {
    if (reply.type === 'reported') {
      reportHtml = reply.html;
      $<HTMLIFrameElement>('report').srcdoc = reply.html;
      $<HTMLButtonElement>('download-report').disabled = false;
      $('report-status').hidden = true;
    } else if (reply.type === 'failed') $('report-status').textContent = reply.lines.join('\n');
  });
}

/** The cross-check's first lines (a large district's runs to megabytes, which a page lays out slowly). */
function shownValidation(text: string): string {
  const lines = text.split('\n');
  if (lines.length <= SHOWN_LINES) return text;
  return `${lines.slice(0, SHOWN_LINES).join('\n')}\n${wordsOf(lang).moreLines.replace('{n}', String(lines.length - SHOWN_LINES))}`;
}

/** Reads the chosen files and asks the worker for the cross-check (`score validate`). */
async function check(): Promise<void> {
  if (files.length === 0) return;
  $('check-step').hidden = false;
  $('validation').textContent = wordsOf(lang).checking;
  $<HTMLButtonElement>('download-check').disabled = true;
  const bytes = await Promise.all(files.map(bytesOf));
  send(
    { type: 'validate', files: bytes, generation, scheme: await schemeChoice() },
    bytes.map((f) => f.bytes.buffer),
  );
}

function setFiles(list: FileList | null): void {
  files = [...(list ?? [])];
  generation++;
  showFiles();
  $<HTMLButtonElement>('run').disabled = files.length === 0;
  void check();
}

async function run(): Promise<void> {
  reportHtml = null;
  accounting = null;
  $('run-step').hidden = false;
  $('results-step').hidden = true;
  delete $('results-step').dataset['done'];
  $('failed').hidden = true;
  $('download-failed').hidden = true;
  $('messages').textContent = '';
  $<HTMLButtonElement>('run').disabled = true;
  $<HTMLButtonElement>('download-report').disabled = true;
  reporter?.terminate();
  reporter = null;
  $('make-report').hidden = true;
  $('report-status').hidden = true;
  $<HTMLIFrameElement>('report').removeAttribute('srcdoc');
  const choice = await runChoice();
  send({ type: 'run', choice, forReport: false }, transferOf(choice));
}

function onReply(reply: Reply): void {
  switch (reply.type) {
    case 'progress': {
      const bar = $<HTMLProgressElement>('progress');
      if (reply.total > 0) bar.value = reply.done / reply.total;
      else bar.removeAttribute('value');
      $('stage').textContent = reply.stage;
      return;
    }
    case 'validated':
      validation = `${reply.text}\n${reply.lines.join('\n')}`;
      $('validation').textContent = shownValidation(validation);
      $<HTMLButtonElement>('download-check').disabled = false;
      return;
    case 'scored': {
      $<HTMLButtonElement>('run').disabled = false;
      const bar = $<HTMLProgressElement>('progress');
      bar.value = 1;
      $('stage').textContent = '';
      $('messages').textContent = reply.lines.join('\n');
      if (reply.exitCode !== 0) {
        $('failed').hidden = false;
        return;
      }
      accounting = reply.accounting;
      showAccounting();
      $('results-step').hidden = false;
      $('results-step').dataset['done'] = 'true';
      if ((accounting?.scored ?? 0) <= REPORT_AT_ONCE) void startReport();
      else $('make-report').hidden = false;
      return;
    }
    case 'reported':
      return;
    case 'explained': {
      const out = $('explanation');
      out.hidden = false;
      out.textContent = reply.text;
      return;
    }
    case 'csv':
      download('评价结果.csv', reply.bytes as Uint8Array<ArrayBuffer>, 'text/csv');
      return;
    case 'workbook':
      download('评价结果.xlsx', reply.bytes as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return;
    case 'failed': {
      const text = reply.lines.join('\n');
      if (reply.request === 'validate') $('validation').textContent = text;
      else if (reply.request === 'explain') Object.assign($('explanation'), { hidden: false, textContent: text });
      else if (reply.request === 'csv' || reply.request === 'workbook') Object.assign($('download-failed'), { hidden: false, textContent: text });
      else {
        $<HTMLButtonElement>('run').disabled = files.length === 0;
        $('run-step').hidden = false;
        $('messages').textContent = text;
        $('failed').hidden = false;
      }
      return;
    }
  }
}

$<HTMLInputElement>('files').addEventListener('change', (e) => setFiles((e.target as HTMLInputElement).files));
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  setFiles(e.dataTransfer?.files ?? null);
});
for (const id of ['scheme-file', 'policy-file', 'history']) $(id).addEventListener('change', showPicked);
for (const button of document.querySelectorAll<HTMLElement>('[data-clear]'))
  button.addEventListener('click', () => {
    const input = $<HTMLInputElement>(button.dataset['clear'] ?? '');
    input.value = '';
    input.dispatchEvent(new Event('change'));
  });
for (const id of ['policy', 'policy-file']) $(id).addEventListener('change', () => void showSettings(POLICY_PRESETS));
// The scheme decides whose figure wins a conflict (sourcePrecedence): a new one, a new cross-check.
for (const id of ['scheme', 'scheme-file']) $(id).addEventListener('change', () => void check());
$('run').addEventListener('click', () => void run());
$('lang').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  label();
  if (accounting !== null && reporter !== null) {
    $('report-status').hidden = false;
    reporter.postMessage(reportRequest());
  }
});
$('make-report').addEventListener('click', () => void startReport());
$('download-check').addEventListener('click', () => validation && download('比对报告.txt', validation, 'text/plain'));
$('download-csv').addEventListener('click', () =>
  send({ type: 'csv', headers: lang, encoding: $<HTMLSelectElement>('csv-encoding').value === 'gbk' ? 'gbk' : 'utf8' }),
);
// A new title or issuer: the report again (its worker keeps the run).
for (const id of ['report-title', 'report-issuer'])
  $(id).addEventListener('change', () => {
    if (reporter === null || accounting === null) return;
    $('report-status').hidden = false;
    reporter.postMessage(reportRequest());
  });
$('download-xlsx').addEventListener('click', () => send({ type: 'workbook', headers: lang }));
$('download-report').addEventListener('click', () => reportHtml && download('评价报告.html', reportHtml, 'text/html'));
$('explain').addEventListener('click', () => send({ type: 'explain', creditCode: $<HTMLInputElement>('explain-code').value }));
label();
