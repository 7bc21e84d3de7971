/**
 * Page script for the enterprise table. Tens of thousands of firms stay fast: the data are
 * columns read once, a sort orders firm indices by a key computed once per column (names by the
 * order the report was written with, so no collator runs in the page), and only the rows in
 * view are drawn, between two spacer rows that keep the scroll bar true. Shipped as source text.
 */
export const TABLE_JS = String.raw`
var T = DATA.t;
var N = T.code.length;
var ROW_H = 30;
var COLLATOR = new Intl.Collator(DATA.lang === 'en' ? 'en' : 'zh-Hans-CN', { numeric: true });
var CLASS_ORDER = {};
DATA.classes.forEach(function (c, i) { CLASS_ORDER[c] = i; });
function countyOf(i) { return DATA.counties[T.county[i]] || ''; }
function groupOf(i) { var g = DATA.groups[T.group[i]]; return g ? g.label : ''; }
var COLUMNS = [
  { key: 'rank', type: 'num', label: UI.rank, value: function (i) { return T.rank[i]; } },
  { key: 'code', type: 'text', label: UI.creditCode, value: function (i) { return T.code[i]; } },
  { key: 'name', type: 'text', label: UI.name, value: function (i) { return T.name[i]; } },
  { key: 'county', type: 'text', label: UI.county, value: countyOf },
  { key: 'group', type: 'text', label: UI.group, value: groupOf },
  { key: 'landMu', type: 'num', label: UI.landMu, value: function (i) { return T.land[i]; } },
  { key: 'total', type: 'num', label: UI.totalScore, value: function (i) { return T.total[i]; } },
  { key: 'class', type: 'class', label: UI['class'], value: function (i) { return T.cls[i]; } }
];
var state = { key: null, dir: 1, q: '', cls: '', group: '', county: '', list: [], sorted: null };
var KEYS = {};
/** A number per firm that orders the column: computed once, then every sort is a numeric one. */
function sortKey(col) {
  if (KEYS[col.key]) return KEYS[col.key];
  var k = new Float64Array(N), i;
  if (col.key === 'name') for (i = 0; i < N; i++) k[T.nameOrder[i]] = i;
  else if (col.type === 'num') for (i = 0; i < N; i++) k[i] = parseFloat(String(col.value(i)).replace(/,/g, ''));
  else if (col.type === 'class') for (i = 0; i < N; i++) k[i] = CLASS_ORDER[T.cls[i]];
  else {
    var distinct = {}, names = [];
    for (i = 0; i < N; i++) { var v = col.value(i); if (!(v in distinct)) { distinct[v] = 0; names.push(v); } }
    names.sort(col.key === 'code' ? undefined : COLLATOR.compare).forEach(function (v, r) { distinct[v] = r; });
    for (i = 0; i < N; i++) k[i] = distinct[col.value(i)];
  }
  KEYS[col.key] = k;
  return k;
}
/** All firm indices in the current sort order (ties keep the sheet order, so a sort is repeatable). */
function sortedIndices() {
  var idx = new Array(N), i;
  for (i = 0; i < N; i++) idx[i] = i;
  if (!state.key) return idx;
  var col = COLUMNS.filter(function (c) { return c.key === state.key; })[0];
  var k = sortKey(col), dir = state.dir;
  idx.sort(function (a, b) { return (k[a] - k[b]) * dir || a - b; });
  return idx;
}
function applyFilters() {
  if (!state.sorted) state.sorted = sortedIndices();
  var q = state.q.trim().toLowerCase();
  var g = state.group === '' ? -1 : DATA.groups.map(function (x) { return x.id; }).indexOf(state.group);
  var c = state.county === '' ? -1 : DATA.counties.indexOf(state.county);
  state.list = state.sorted.filter(function (i) {
    if (state.cls && T.cls[i] !== state.cls) return false;
    if (g >= 0 && T.group[i] !== g) return false;
    if (c >= 0 && T.county[i] !== c) return false;
    return !q || T.name[i].toLowerCase().indexOf(q) >= 0 || T.code[i].toLowerCase().indexOf(q) >= 0;
  });
  var shown = document.getElementById('shown');
  shown.textContent = fill(UI.shown, { n: state.list.length, m: N });
  shown.setAttribute('data-shown', String(state.list.length));
  document.getElementById('table-wrap').scrollTop = 0;
  drawRows();
}
function rowFor(i) {
  return el('tr', { 'data-code': T.code[i] }, [
    el('td', { className: 'num', text: String(T.rank[i]) }),
    el('td', { text: T.code[i] }),
    el('td', { className: 'name' }, [el('a', { href: '#/firm/' + encodeURIComponent(T.code[i]), text: T.name[i], title: T.name[i] })]),
    el('td', { text: countyOf(i) }),
    el('td', { text: groupOf(i) }),
    el('td', { className: 'num', text: T.land[i] }),
    el('td', { className: 'num', text: T.total[i] }),
    el('td', null, [badge(T.cls[i])])
  ]);
}
function spacer(rows) {
  var tr = el('tr', { className: 'spacer', 'aria-hidden': 'true' }, [el('td', { colspan: String(COLUMNS.length) })]);
  tr.style.height = (rows * ROW_H) + 'px';
  return tr;
}
/** Draws the rows in view (and a screen's worth around them). */
function drawRows() {
  var wrap = document.getElementById('table-wrap');
  var list = state.list;
  var first = Math.max(0, Math.floor(wrap.scrollTop / ROW_H) - 20);
  var last = Math.min(list.length, first + Math.ceil((wrap.clientHeight || 800) / ROW_H) + 40);
  var frag = document.createDocumentFragment();
  if (first > 0) frag.appendChild(spacer(first));
  for (var r = first; r < last; r++) frag.appendChild(rowFor(list[r]));
  if (last < list.length) frag.appendChild(spacer(list.length - last));
  document.querySelector('#firm-table tbody').replaceChildren(frag);
}
function option(value, text) { return el('option', { value: value, text: text }); }
function setupTable() {
  var head = document.querySelector('#firm-table thead tr');
  COLUMNS.forEach(function (col) {
    var th = el('th', { 'data-key': col.key, 'data-type': col.type, className: col.type === 'num' ? 'num' : null, tabindex: '0', text: col.label });
    var sortBy = function () {
      state.dir = state.key === col.key ? -state.dir : 1;
      state.key = col.key;
      state.sorted = null;
      head.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', state.dir === 1 ? 'ascending' : 'descending');
      applyFilters();
    };
    th.addEventListener('click', sortBy);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sortBy(); });
    head.appendChild(th);
  });
  var q = document.getElementById('filter-q');
  q.setAttribute('placeholder', UI.search);
  q.addEventListener('input', function () { state.q = q.value; applyFilters(); });
  var cls = document.getElementById('filter-class');
  cls.appendChild(option('', UI.allClasses));
  DATA.classes.forEach(function (c) { cls.appendChild(option(c, DATA.classNames[c] || c)); });
  cls.addEventListener('change', function () { state.cls = cls.value; applyFilters(); });
  var grp = document.getElementById('filter-group');
  grp.appendChild(option('', UI.allGroups));
  DATA.groups.forEach(function (g) { grp.appendChild(option(g.id, g.label)); });
  grp.addEventListener('change', function () { state.group = grp.value; applyFilters(); });
  var cty = document.getElementById('filter-county');
  if (DATA.counties.length < 2) cty.hidden = true;
  cty.appendChild(option('', UI.allCounties));
  DATA.counties.forEach(function (c) { cty.appendChild(option(c, c)); });
  cty.addEventListener('change', function () { state.county = cty.value; applyFilters(); });
  var wrap = document.getElementById('table-wrap');
  var pending = false;
  wrap.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; drawRows(); });
  });
  applyFilters();
}
`;
