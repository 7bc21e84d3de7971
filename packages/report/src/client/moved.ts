/**
 * Page script for the list of firms whose class changed since the earlier side of the comparison
 * (on the leaders' page): up first, then down, then the newly evaluated and those no longer
 * evaluated, each in sheet order. Drawn from the data, so the file carries it once.
 */
export const MOVED_JS = String.raw`
function setupMoved() {
  var holder = document.getElementById('moved-firms');
  if (!holder) return;
  var rank = function (c) { return c in CLASS_ORDER ? CLASS_ORDER[c] : -1; };
  var rows = [[], [], [], []];
  var link = function (code, name) { return el('a', { href: '#/firm/' + encodeURIComponent(code), text: name }); };
  for (var i = 0; i < N; i++) {
    var from = T.prev[i], to = T.cls[i];
    if (!from || from === to) continue;
    var kind = rank(from) < 0 ? 2 : rank(to) < rank(from) ? 0 : 1;
    rows[kind].push([[UI.moveUp, UI.moveDown, UI.moveIn][kind], link(T.code[i], T.name[i]), T.code[i], placeName(from), badge(to)]);
  }
  X.forEach(function (x) {
    if (x[5] && rank(x[5]) >= 0) rows[3].push([UI.moveOut, link(x[0], x[1]), x[0], badge(x[5]), UI.notEvaluated]);
  });
  var all = rows[0].concat(rows[1], rows[2], rows[3]);
  holder.replaceChildren(all.length === 0 ? el('p', { className: 'note', text: UI.noMoves }) :
    simpleTable([UI.direction, UI.name, UI.creditCode, UI.fromClass, UI.toClass], all));
  holder.firstChild.id = 'moved-table';
}
`;
