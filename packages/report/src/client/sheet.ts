/**
 * Page script for the enterprise sheet (一企一单), opened at `#/firm/<credit code>`; it replaces
 * the overview on screen and is the only thing printed while open. Shipped as source text.
 */
export const SHEET_JS = String.raw`
function h3(text) { return el('h3', { text: text }); }
function sheetFor(f) {
  var sub = [f.code, f.county, f.group, f.industry].filter(Boolean).join(' · ');
  var summary = el('div', { className: 'summary' }, [
    el('div', null, [UI.totalScore, el('b', { 'data-field': 'total', text: f.total })]),
    el('div', null, [UI['class'], el('b', { 'data-field': 'class' }, [badge(f['class']), ' ', (DATA.classNames[f['class']] || '').replace(/^\S+\s/, '')])]),
    el('div', null, [UI.rank, el('b', { 'data-field': 'rank', text: fill(UI.rankOf, { rank: f.rank, size: f.poolSize }) })])
  ]);
  if (f.classBeforeVeto) summary.appendChild(el('div', null, [UI.classBeforeVeto, el('b', null, [badge(f.classBeforeVeto)])]));
  if (f.previousClass) summary.appendChild(el('div', null, [fill(UI.previousClass, { from: DATA.previousLabel }), el('b', null, [DATA.classNames[f.previousClass] ? badge(f.previousClass) : f.previousClass])]));
  var data = simpleTable([UI.field, UI.value, UI.source], f.data.map(function (d) { return [d.label, d.value, d.source]; }), [false, true, false]);
  data.className = 'data';
  var inds = simpleTable([UI.indicator, UI.value, UI.benchmark, UI.weight, UI.score],
    f.indicators.map(function (i) {
      var name = el('span', null, [i.label, i.unit ? el('span', { className: 'note', text: ' ' + i.unit }) : null, i.note ? el('span', { className: 'note', text: ' (' + i.note + ')' }) : null]);
      return [name, i.value, i.benchmark, i.weight, i.score];
    }), [false, true, true, true, true]);
  var adj = f.adjustments.length === 0 ? el('p', { className: 'note', text: UI.none }) :
    simpleTable([UI.adjustments, UI.points, ''], f.adjustments.map(function (a) {
      return [a.kind + '：' + a.label, a.points, [a.effect, a.source].filter(Boolean).join(' · ')];
    }), [false, true, false]);
  var pol;
  if (!f.policies || f.policies.length === 0) pol = el('p', { className: 'note', text: UI.noPolicy });
  else {
    pol = el('div', null, [
      simpleTable([UI.policies, '', UI.amount, ''], f.policies.map(function (p) {
        return [p.name, p.kind, p.amount, [p.detail, p.source].filter(Boolean).join(' · ')];
      }), [false, false, true, false]),
      f.policyTotal ? el('p', { 'data-field': 'policy-total', text: f.policyTotal }) : null
    ]);
  }
  return el('article', { className: 'sheet', 'data-code': f.code }, [
    el('div', { className: 'actions' }, [
      el('a', { href: '#/', text: UI.back }),
      el('button', { type: 'button', onclick: function () { window.print(); }, text: UI.print })
    ]),
    el('div', { className: 'note', text: UI.sheet }),
    el('h2', { text: f.name }),
    el('div', { className: 'sub', text: sub }),
    summary,
    el('div', { className: 'cols' }, [
      el('div', null, [h3(UI.dataUsed), data]),
      el('div', null, [h3(UI.indicatorScores), inds, f.sum ? el('p', { className: 'sum', 'data-field': 'sum', text: UI.totalScore + ' = ' + f.sum }) : null, h3(UI.adjustments), adj])
    ]),
    h3(UI.policies), pol,
    h3(UI.nextClass), nextClass(f),
    el('footer', { text: UI.sheetFooter })
  ]);
}
function nextClass(f) {
  var n = f.next;
  if (!n) return el('p', { className: 'note', text: UI.nextClassUnavailable });
  return el('div', { 'data-field': 'next', 'data-status': n.status }, [
    el('p', { text: n.text }),
    n.paths.length === 0 ? null : el('ul', { className: 'paths' }, n.paths.map(function (p) {
      return el('li', { className: p.reachable ? null : 'note', text: p.text });
    }))
  ]);
}
function route() {
  var m = /^#\/firm\/(.+)$/.exec(location.hash);
  var holder = document.getElementById('sheet');
  if (!m) {
    document.body.classList.remove('sheet-open');
    holder.replaceChildren();
    return;
  }
  var code = decodeURIComponent(m[1]);
  var f = DATA.firms.filter(function (x) { return x.code === code; })[0];
  holder.replaceChildren(f ? sheetFor(f) : el('p', { className: 'sheet', text: UI.notFound }));
  document.body.classList.add('sheet-open');
  window.scrollTo(0, 0);
}
`;
