/**
 * Page script for the enterprise table: click a header to sort (numbers numerically, text by
 * the collator of the report's language), type or pick to filter. Shipped as source text.
 */
export const TABLE_JS = String.raw`
var COLLATOR = new Intl.Collator(DATA.lang === 'en' ? 'en' : 'zh-Hans-CN', { numeric: true });
var COLUMNS = [
  { key: 'rank', type: 'num', label: UI.rank },
  { key: 'code', type: 'text', label: UI.creditCode },
  { key: 'name', type: 'text', label: UI.name },
  { key: 'county', type: 'text', label: UI.county },
  { key: 'group', type: 'text', label: UI.group },
  { key: 'landMu', type: 'num', label: UI.landMu },
  { key: 'total', type: 'num', label: UI.totalScore },
  { key: 'class', type: 'class', label: UI.class }
];
var state = { key: null, dir: 1, q: '', cls: '', group: '', county: '' };
var CLASS_ORDER = {};
DATA.classes.forEach(function (c, i) { CLASS_ORDER[c] = i; });
function numeric(v) { return parseFloat(String(v).replace(/,/g, '')); }
function compare(col) {
  return function (a, b) {
    var x = a[col.key], y = b[col.key], d;
    if (col.type === 'num') d = numeric(x) - numeric(y);
    else if (col.type === 'class') d = CLASS_ORDER[x] - CLASS_ORDER[y];
    else d = COLLATOR.compare(String(x), String(y));
    // Equal keys fall back to the input order so the sort is stable and repeatable.
    return d !== 0 ? d * state.dir : a._i - b._i;
  };
}
function visibleFirms() {
  var q = state.q.trim().toLowerCase();
  var list = DATA.firms.filter(function (f) {
    if (state.cls && f['class'] !== state.cls) return false;
    if (state.group && f.groupId !== state.group) return false;
    if (state.county && f.county !== state.county) return false;
    return !q || f.name.toLowerCase().indexOf(q) >= 0 || f.code.toLowerCase().indexOf(q) >= 0;
  });
  if (state.key) {
    var col = COLUMNS.filter(function (c) { return c.key === state.key; })[0];
    list.sort(compare(col));
  }
  return list;
}
function renderRows() {
  var tbody = document.querySelector('#firm-table tbody');
  var list = visibleFirms();
  var frag = document.createDocumentFragment();
  list.forEach(function (f) {
    frag.appendChild(el('tr', { 'data-code': f.code }, [
      el('td', { className: 'num', text: String(f.rank) }),
      el('td', { text: f.code }),
      el('td', null, [el('a', { href: '#/firm/' + encodeURIComponent(f.code), text: f.name })]),
      el('td', { text: f.county }),
      el('td', { text: f.group }),
      el('td', { className: 'num', text: f.landMu }),
      el('td', { className: 'num', text: f.total }),
      el('td', null, [badge(f['class'])])
    ]));
  });
  tbody.replaceChildren(frag);
  var shown = document.getElementById('shown');
  shown.textContent = fill(UI.shown, { n: list.length, m: DATA.firms.length });
  shown.setAttribute('data-shown', String(list.length));
}
function option(value, text) { return el('option', { value: value, text: text }); }
function setupTable() {
  DATA.firms.forEach(function (f, i) { f._i = i; });
  var head = document.querySelector('#firm-table thead tr');
  COLUMNS.forEach(function (col) {
    var th = el('th', { 'data-key': col.key, 'data-type': col.type, className: col.type === 'num' ? 'num' : null, tabindex: '0', text: col.label });
    var sortBy = function () {
      state.dir = state.key === col.key ? -state.dir : 1;
      state.key = col.key;
      head.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', state.dir === 1 ? 'ascending' : 'descending');
      renderRows();
    };
    th.addEventListener('click', sortBy);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sortBy(); });
    head.appendChild(th);
  });
  var q = document.getElementById('filter-q');
  q.setAttribute('placeholder', UI.search);
  q.addEventListener('input', function () { state.q = q.value; renderRows(); });
  var cls = document.getElementById('filter-class');
  cls.appendChild(option('', UI.allClasses));
  DATA.classes.forEach(function (c) { cls.appendChild(option(c, DATA.classNames[c] || c)); });
  cls.addEventListener('change', function () { state.cls = cls.value; renderRows(); });
  var grp = document.getElementById('filter-group');
  grp.appendChild(option('', UI.allGroups));
  DATA.groups.forEach(function (g) { grp.appendChild(option(g.id, g.label)); });
  grp.addEventListener('change', function () { state.group = grp.value; renderRows(); });
  var cty = document.getElementById('filter-county');
  if (DATA.counties.length < 2) cty.hidden = true;
  cty.appendChild(option('', UI.allCounties));
  DATA.counties.forEach(function (c) { cty.appendChild(option(c, c)); });
  cty.addEventListener('change', function () { state.county = cty.value; renderRows(); });
  renderRows();
}
`;
