/**
 * Page-script helpers, shipped as source text. Elements are built with `textContent`, never
 * `innerHTML`, so enterprise names and other user data cannot inject markup.
 * (No template literals inside: the text is itself embedded in a TypeScript template.)
 */
export const DOM_JS = String.raw`
var DATA = JSON.parse(document.getElementById('report-data').textContent);
var UI = DATA.ui;
function el(tag, attrs, children) {
  var e = document.createElement(tag);
  if (attrs) for (var k in attrs) {
    if (attrs[k] === null || attrs[k] === undefined) continue;
    if (k === 'text') e.textContent = attrs[k];
    else if (k === 'className') e.className = attrs[k];
    else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), attrs[k]);
    else e.setAttribute(k, attrs[k]);
  }
  (children || []).forEach(function (c) {
    if (c === null || c === undefined) return;
    e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  });
  return e;
}
function fill(t, v) {
  return t.replace(/\{(\w+)\}/g, function (w, k) { return k in v ? String(v[k]) : w; });
}
function slug(c) { return c.replace('-', 'm'); }
function badge(c) { return el('span', { className: 'badge cls-' + slug(c), title: DATA.classNames[c] || c, text: c }); }
function simpleTable(headers, rows, numeric) {
  var head = el('tr', null, headers.map(function (h, i) { return el('th', { className: numeric && numeric[i] ? 'num' : null, text: h }); }));
  var body = rows.map(function (r) {
    return el('tr', null, r.map(function (c, i) {
      var td = el('td', { className: numeric && numeric[i] ? 'num' : null });
      if (typeof c === 'string' || typeof c === 'number') td.textContent = String(c); else if (c) td.appendChild(c);
      return td;
    }));
  });
  return el('table', null, [el('thead', null, [head]), el('tbody', null, body)]);
}
`;
