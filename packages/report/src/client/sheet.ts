/**
 * Page script for the enterprise sheets (一企一单): one at `#/firm/<credit code>`, or many at once
 * for printing (one A4 page each). A sheet holds the firm's own data, the published benchmarks
 * and class cut-offs of its pool, and nothing about any other firm. Its detail string is decoded
 * here, only when the sheet is drawn (see `firmDetail` in internal/model.ts for the layout).
 * Shipped as source text.
 */
export const SHEET_JS = String.raw`
var X = DATA.x;
var S = DATA.S;
var INDEX = null;
function h3(text) { return el('h3', { text: text }); }
function items(section) { return section ? section.split(';').map(function (s) { return s.split('|'); }) : []; }
/** Where a firm is: ['t', index] for an evaluated firm, ['x', index] for one not evaluated. */
function findFirm(code) {
  if (!INDEX) {
    INDEX = {};
    T.code.forEach(function (c, i) { INDEX[c] = ['t', i]; });
    X.forEach(function (x, i) { if (!INDEX[x[0]]) INDEX[x[0]] = ['x', i]; });
  }
  return INDEX[code] || null;
}
/** The sheet number: the year and the firm's place in the sheet order (evaluated firms by pool and rank, then the others by credit code). */
function refNo(n) { var s = String(n + 1); while (s.length < 5) s = '0' + s; return (DATA.head.year ? DATA.head.year + '-' : '') + s; }
function industryText(code) {
  var m = /^([A-Ta-t])?(\d{2})/.exec(code || '');
  if (!m) return code || '';
  var key = Object.keys(DATA.industries).filter(function (k) { return k.slice(1) === m[2]; })[0];
  return key ? code + ' ' + DATA.industries[key] : code;
}
function docHead(heading, n) {
  var meta = [
    UI.refNo + UI.colon + refNo(n),
    UI.scheme + UI.colon + DATA.head.scheme,
    DATA.head.issuer ? UI.issuer + UI.colon + DATA.head.issuer : '',
    DATA.head.date ? UI.date + UI.colon + DATA.head.date : ''
  ].filter(Boolean).join(' · ');
  return el('div', { className: 'doc-head' }, [
    el('div', { className: 'doc-title', text: fill(heading, { year: DATA.head.year ? fill(UI.yearValue, { year: DATA.head.year }) : '' }).trim() }),
    el('div', { className: 'doc-meta', 'data-field': 'ref', text: meta })
  ]);
}
function actions() {
  return el('div', { className: 'actions' }, [
    el('a', { href: '#/', text: UI.back }),
    el('button', { type: 'button', onclick: function () { window.print(); }, text: UI.print })
  ]);
}
function dataTable(rows, sources) {
  var src = items(sources).map(function (s) {
    var where = S[+s[1]] ? S[+s[1]] + (s[2] ? ':' + s[2] : '') : '';
    var bureau = S[+s[0]];
    return bureau ? (where ? bureau + ' (' + where + ')' : bureau) : where;
  });
  var t = simpleTable([UI.field, UI.value, UI.source], items(rows).map(function (d) {
    var value = d[1].charAt(0) === '@' ? S[+d[1].slice(1)] : d[1];
    return [S[+d[0]], value, d[2] === 'c' ? UI.computed : (d[2] === '' ? '' : src[+d[2]])];
  }), [false, true, false]);
  t.className = 'data';
  return t;
}
function signed(v) { return v.charAt(0) === '-' ? v.replace('-', '−') : '+' + v; }
function pathText(p) {
  var v = { figure: S[+p[0]], value: p[1], change: signed(p[2]), unit: S[+p[4]], total: p[5], 'class': p[6] };
  return fill(p[3] === 'l' ? UI.pathDown : UI.pathUp, v);
}
function nextClass(head, paths, total) {
  if (!head) return null;
  var h = head.split('|');
  var status = h[0], cls = h[1];
  var text = status === 'top' ? UI.nextTop : status === 'veto' ? UI.nextVeto : status === 'small-pool' ? UI.nextSmallPool :
    status === 'no-places' ? fill(UI.nextNoPlaces, { 'class': cls }) :
    fill(UI.targetReachable, { 'class': cls, target: h[2], total: total, points: h[3] }) + UI.sentenceSep + (h[4] === 'quota' ? fill(UI.basisQuota, { 'class': cls }) : h[4] === 'threshold' ? fill(UI.basisThreshold, { 'class': cls }) : '') +
    (h[5] === 'n' ? UI.sentenceSep + fill(UI.nextNone, { 'class': cls }) : '');
  var list = items(paths);
  return el('div', { 'data-field': 'next', 'data-status': status }, [
    el('p', { text: text }),
    list.length === 0 ? null : el('ul', { className: 'paths' }, list.map(function (p) {
      return el('li', { text: pathText(p) });
    }))
  ]);
}
function sumText(inds, adjs, total) {
  var parts = inds.map(function (i, n) { return n === 0 ? i[4] : ' + ' + i[4]; });
  adjs.forEach(function (a) { if (a[2]) parts.push(a[2].charAt(0) === '-' ? ' − ' + a[2].slice(1) : ' + ' + a[2]); });
  return parts.join('') + ' = ' + total;
}
function firmSheet(i) {
  var d = DATA.t.detail[i].split('~');
  var pool = DATA.pools[T.pool[i]] || { label: '', cut: [] };
  var inds = items(d[0]), adjs = items(d[1]);
  // The pool's name carries the county when pools are per county.
  var county = countyOf(i);
  var sub = [T.code[i], pool.label.indexOf(county) >= 0 ? '' : county, pool.label, industryText(T.industry[i])].filter(Boolean).join(' · ');
  var summary = el('div', { className: 'summary' }, [
    el('div', null, [UI.totalScore, el('b', null, [el('span', { 'data-field': 'total', text: T.total[i] }), ' ' + UI.scoreUnit])]),
    el('div', null, [UI['class'], el('b', { 'data-field': 'class' }, [badge(T.cls[i]), ' ', (DATA.classNames[T.cls[i]] || '').replace(/^\S+\s/, '')])]),
    el('div', null, [UI.rank, el('b', { 'data-field': 'rank', text: fill(UI.rankOf, { rank: T.rank[i], size: pool.size }) })])
  ]);
  if (d[8]) summary.appendChild(el('div', null, [UI.classBeforeVeto, el('b', null, [badge(d[8])])]));
  var prev = T.prev[i];
  if (prev) summary.appendChild(el('div', null, [fill(UI.previousClass, { from: DATA.previousLabel }), el('b', null, [DATA.classNames[prev] ? badge(prev) : placeName(prev)])]));
  var indTable = simpleTable([UI.indicator, UI.value, UI.benchmark, UI.weight, UI.score],
    inds.map(function (r) {
      var ind = DATA.indicators[+r[0]], note = +r[5];
      var notes = [note & 1 ? UI.imputedZero : '', note & 2 ? UI.imputedAverage : '', note & 4 ? UI.capped : ''].filter(Boolean).join(UI.listSep);
      return [el('span', null, [ind.label, ind.unit ? el('span', { className: 'unit', text: ind.unit }) : null, notes ? el('span', { className: 'note', text: fill(UI.noteParen, { note: notes }) }) : null]), r[1] || '—', r[2] || '—', r[3], r[4]];
    }), [false, true, true, true, true]);
  var adj = adjs.length === 0 ? el('p', { className: 'note', text: UI.none }) :
    simpleTable([UI.adjustments, UI.points, ''], adjs.map(function (a) {
      return [S[+a[0]] + UI.colon + S[+a[1]], a[2], [a[3] ? S[+a[3]] : '', a[4] ? S[+a[4]] : ''].filter(Boolean).join(' · ')];
    }), [false, true, false]);
  // The last class has no floor to reach: its "cut-off" is just the pool's lowest total.
  var cut = pool.cut.filter(function (c) { return c[0] !== DATA.classes[DATA.classes.length - 1]; }).map(function (c) { return fill(UI.cutoff, { 'class': c[0], score: c[1] }); }).join(UI.listSep);
  var pol;
  if (d[4] === 'n') pol = el('p', { className: 'note', text: UI.noPolicy });
  else if (!d[4]) pol = el('p', { className: 'note', text: UI.none });
  else {
    var totals = d[5] ? d[5].split('|') : [];
    pol = el('div', null, [
      simpleTable([UI.policies, '', UI.amount, ''], items(d[4]).map(function (p) {
        return [S[+p[0]], S[+p[1]], p[2] || '—', [p[3] + S[+p[4]], S[+p[5]]].filter(Boolean).join(' · ')];
      }), [false, false, true, false]),
      totals.length ? el('p', { 'data-field': 'policy-total', text: [totals[0] ? fill(UI.surchargeTotal, { amount: totals[0] }) : '', totals[1] ? fill(UI.reliefTotal, { amount: totals[1] }) : ''].filter(Boolean).join(UI.listSep) }) : null
    ]);
  }
  return el('article', { className: 'sheet', 'data-code': T.code[i] }, [
    actions(),
    docHead(UI.sheetHeading, i),
    el('h2', { 'data-field': 'name', text: T.name[i] }),
    el('div', { className: 'sub', text: sub }),
    summary,
    el('div', { className: 'cols' }, [
      el('div', null, [h3(UI.dataUsed), dataTable(d[2], d[3])]),
      el('div', null, [h3(UI.indicatorScores), indTable,
        el('p', { className: 'sum', 'data-field': 'sum', text: UI.totalScore + ' = ' + sumText(inds, adjs, T.total[i]) }),
        cut ? el('p', { className: 'sum', 'data-field': 'cutoffs', text: UI.cutoffs + UI.colon + cut }) : null,
        h3(UI.adjustments), adj])
    ]),
    h3(UI.policies), pol,
    h3(UI.nextClass), nextClass(d[6], d[7], T.total[i]),
    el('footer', { text: UI.sheetFooter + (DATA.head.issuer ? '　' + DATA.head.issuer : '') })
  ]);
}
function excludedSheet(j) {
  var x = X[j];
  var d = x[4].split('~');
  var summary = el('div', { className: 'summary' }, [
    el('div', null, [UI.notEvaluatedStatus, el('b', { 'data-field': 'class', text: UI.notEvaluated })]),
    el('div', null, [UI.reason, el('b', { 'data-field': 'reason', text: x[2] })])
  ]);
  if (x[5]) summary.appendChild(el('div', null, [fill(UI.previousClass, { from: DATA.previousLabel }), el('b', null, [DATA.classNames[x[5]] ? badge(x[5]) : placeName(x[5])])]));
  return el('article', { className: 'sheet excluded', 'data-code': x[0] }, [
    actions(),
    docHead(UI.notEvaluatedHeading, N + j),
    el('h2', { 'data-field': 'name', text: x[1] }),
    el('div', { className: 'sub', text: x[0] }),
    summary,
    el('p', { 'data-field': 'why', text: fill(UI.notEvaluatedText, { reason: x[2] }) }),
    x[3] ? el('p', { className: 'note', text: UI.exclusionDetail + UI.colon + x[3] }) : null,
    d[0] ? h3(UI.dataUsed) : null, d[0] ? dataTable(d[0], d[1]) : null,
    el('footer', { text: UI.sheetFooter + (DATA.head.issuer ? '　' + DATA.head.issuer : '') })
  ]);
}
function placeName(p) { return p === 'excluded' ? UI.notEvaluated : p === 'new' ? UI.newFirm : p === 'gone' ? UI.goneFirm : (DATA.classNames[p] || p); }
function sheetOf(where) { return where[0] === 't' ? firmSheet(where[1]) : excludedSheet(where[1]); }
function route() {
  var m = /^#\/firm\/(.+)$/.exec(location.hash);
  var holder = document.getElementById('sheet');
  document.body.classList.remove('print-all');
  var where = m ? findFirm(decodeURIComponent(m[1])) : null;
  if (!where) {
    document.body.classList.remove('sheet-open');
    holder.replaceChildren();
    return;
  }
  holder.replaceChildren(sheetOf(where));
  document.body.classList.add('sheet-open');
  window.scrollTo(0, 0);
}
/** The firms a print choice covers, in sheet order: a class, the evaluated, the others, or all; within one pool or all. */
function printSet(set, pool) {
  var out = [], i;
  var p = pool === '' ? -1 : +pool;
  if (set !== 'x') for (i = 0; i < N; i++) {
    if (p >= 0 && T.pool[i] !== p) continue;
    if (set.slice(0, 2) === 'c:' && T.cls[i] !== set.slice(2)) continue;
    out.push(['t', i]);
  }
  if ((set === 'x' || set === 'e') && p < 0) for (i = 0; i < X.length; i++) out.push(['x', i]);
  return out;
}
/** Draws every sheet of a print choice, one page each, and opens the print dialog. */
function printSheets(set, pool) {
  var list = printSet(set, pool);
  document.getElementById('sheet').replaceChildren.apply(document.getElementById('sheet'), list.map(sheetOf));
  document.body.classList.add('sheet-open', 'print-all');
  window.scrollTo(0, 0);
  setTimeout(function () { window.print(); }, 0);
  return list.length;
}
window.addEventListener('afterprint', function () { if (document.body.classList.contains('print-all')) route(); });
function setupPrint() {
  var set = document.getElementById('print-set'), pool = document.getElementById('print-pool'), button = document.getElementById('print-sheets');
  set.appendChild(option('s', UI.printAllScored));
  DATA.classes.forEach(function (c) { set.appendChild(option('c:' + c, fill(UI.printClass, { 'class': c }))); });
  if (X.length) { set.appendChild(option('x', UI.printExcluded)); set.appendChild(option('e', UI.printEveryone)); }
  pool.appendChild(option('', UI.printAllPools));
  DATA.pools.forEach(function (p, i) { pool.appendChild(option(String(i), p.label)); });
  var count = function () { var n = printSet(set.value, pool.value).length; button.textContent = fill(UI.printCount, { n: n }); button.disabled = n === 0; };
  set.addEventListener('change', count);
  pool.addEventListener('change', count);
  button.addEventListener('click', function () { printSheets(set.value, pool.value); });
  count();
}
`;
