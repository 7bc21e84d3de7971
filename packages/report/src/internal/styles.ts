/**
 * The report's stylesheet. System fonts only (no web fonts: the file must work offline);
 * the CJK fallbacks cover Windows, macOS and Linux (Noto CJK).
 */
export const STYLES = `
:root{--a:#2e7d32;--b:#1565c0;--c:#ef6c00;--cm:#ad1457;--d:#c62828;--line:#d7dbe0;--muted:#5f6b7a;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;color:#1d2733;background:var(--bg)}
header.top{background:#1d3557;color:#fff;padding:14px 24px;display:flex;flex-wrap:wrap;align-items:baseline;gap:8px 24px}
header.top h1{font-size:20px;margin:0}
header.top .meta{color:#c9d6e8;font-size:13px;margin-top:2px}
header.top nav a{color:#fff;margin-right:14px}
main{max-width:1200px;margin:0 auto;padding:8px 24px 40px}
section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 18px;margin:16px 0}
h2{font-size:17px;margin:4px 0 10px}
h3{font-size:14px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;margin:4px 0}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600;white-space:nowrap}
td.num,th.num,.num{text-align:right;font-variant-numeric:tabular-nums}
td:has(> .num),th:has(> .num){text-align:right}
table.compact{width:auto}
.note{color:var(--muted);font-size:13px;margin:4px 0}
.note.bad{color:var(--d);font-weight:600}
.cards{display:flex;flex-wrap:wrap;align-items:center;gap:8px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 16px;min-width:110px;text-align:center;background:#fafbfc}
.card-n{font-size:26px;font-weight:700;font-variant-numeric:tabular-nums}
.card-l{color:var(--muted);font-size:13px}
.card-s{font-size:15px;font-weight:600;font-variant-numeric:tabular-nums}
.card-n.money{font-size:18px}
.lead{font-size:15px;margin:6px 0 10px}
h2.part{margin:28px 0 0;font-size:19px;border-top:3px solid #1d3557;padding-top:10px}
figure.share-figure{margin:10px 0}
svg.share-bar{width:100%;height:auto;display:block}
svg.share-bar text.bar-label{font-size:12px;fill:#fff;font-weight:600}
table.breakdown td:last-child{width:34%;min-width:140px}
table.breakdown td:first-child{white-space:nowrap}
table.breakdown .pct{display:block;color:var(--muted);font-size:11px;text-align:right}
.print-panel{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-top:10px;padding-top:8px;border-top:1px solid var(--line)}
.print-panel select,.print-panel button{font:inherit;padding:3px 6px}
.wide{overflow-x:auto}
.op{font-size:22px;color:var(--muted)}
.cls{font-weight:600}
.cls-A{color:var(--a)}.cls-B{color:var(--b)}.cls-C{color:var(--c)}.cls-Cm{color:var(--cm)}.cls-D{color:var(--d)}
.badge{display:inline-block;min-width:2em;text-align:center;border-radius:3px;color:#fff;font-weight:700;padding:0 6px}
.badge.cls-A{background:var(--a)}.badge.cls-B{background:var(--b)}.badge.cls-C{background:var(--c)}.badge.cls-Cm{background:var(--cm)}.badge.cls-D{background:var(--d)}
.hists{display:flex;flex-wrap:wrap;gap:12px}
figure.hist{margin:0;flex:1 1 500px;max-width:660px}
figure.hist svg{width:100%;height:auto}
figcaption{font-weight:600;font-size:13px}
rect.bar.cls-A{fill:var(--a)}rect.bar.cls-B{fill:var(--b)}rect.bar.cls-C{fill:var(--c)}rect.bar.cls-Cm{fill:var(--cm)}rect.bar.cls-D{fill:var(--d)}
line.axis{stroke:#888}
line.floor{stroke-dasharray:4 3;stroke-width:1.5}
line.floor.cls-A{stroke:var(--a)}line.floor.cls-B{stroke:var(--b)}line.floor.cls-C{stroke:var(--c)}line.floor.cls-Cm{stroke:var(--cm)}
text.tick,text.floor-label{font-size:10px;fill:#444}
.legend-row{margin:4px 0 8px}
.legend{margin-right:14px;font-size:13px}
.swatch{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:baseline}
.swatch.cls-A{background:var(--a)}.swatch.cls-B{background:var(--b)}.swatch.cls-C{background:var(--c)}.swatch.cls-Cm{background:var(--cm)}.swatch.cls-D{background:var(--d)}
#migration-table .same{font-weight:700;background:#eef6ee;padding:0 6px}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:8px}
.filters input{flex:1 1 240px;padding:5px 8px;font:inherit}
.filters select{padding:4px;font:inherit}
#firm-table th[data-key]{cursor:pointer;user-select:none}
#firm-table th[aria-sort=ascending]::after{content:" ▲"}
#firm-table th[aria-sort=descending]::after{content:" ▼"}
#firm-table tbody tr:hover{background:#f3f7fc}
#firm-table tbody tr{height:30px}
#firm-table td{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:22em}
#firm-table tr.spacer td{padding:0;border:none}
.table-wrap{max-height:70vh;overflow:auto}
#sheet{display:none}
body.sheet-open main{display:none}
body.sheet-open #sheet{display:block}
.sheet{max-width:210mm;margin:16px auto;background:#fff;border:1px solid var(--line);padding:10mm 12mm;font-size:12px}
.sheet h2{font-size:18px;margin:0}
.sheet .doc-head{border-bottom:2px solid #1d3557;margin-bottom:6px;padding-bottom:3px}
.sheet .doc-title{font-size:15px;font-weight:700;letter-spacing:1px}
.sheet .doc-meta{color:var(--muted);font-size:11px}
.sheet .unit{display:block;color:var(--muted);font-size:10px;line-height:1.1}
.sheet .sub{color:var(--muted);margin:2px 0 8px}
.sheet .actions{float:right}
.sheet .actions button,.sheet .actions a{margin-left:8px;font:inherit}
.sheet .summary{display:flex;gap:10px;margin:8px 0}
.sheet .summary div{flex:1;border:1px solid var(--line);border-radius:4px;padding:4px 8px}
.sheet .summary b{display:block;font-size:16px}
.sheet .cols{display:flex;gap:12px}
.sheet .cols > div{flex:1}
.sheet table{font-size:11.5px}
.sheet th,.sheet td{padding:2px 6px}
/* Sources ("税务局 (tax.csv:22)") are long: small and muted, wrapping there rather than in the field names, so a sheet still prints on one A4 page. */
.sheet table.data td:first-child{white-space:nowrap}
.sheet table.data td:nth-child(3){font-size:10px;line-height:1.2;color:var(--muted)}
.sheet h3{font-size:13px;margin:8px 0 3px}
.sheet .sum{margin:3px 0;color:var(--muted);font-variant-numeric:tabular-nums}
.sheet ul.paths{margin:2px 0;padding-left:18px}
.sheet footer{margin-top:10px;color:var(--muted);font-size:11px;border-top:1px solid var(--line);padding-top:4px}
@page{size:A4;margin:10mm}
@media print{
  body{background:#fff;font-size:12px}
  header.top{display:block!important;background:#fff;color:#000;padding:0 0 6px;border-bottom:2px solid #1d3557}
  header.top .meta{color:#333}
  header.top nav,.filters,.no-print,.sheet .actions,#enterprises{display:none!important}
  main{max-width:none;padding:0}
  section{border:none;padding:0;margin:8px 0}
  section.leaders{break-after:page}
  h2.part{break-before:page;border-top:none}
  h3{break-after:avoid}
  table{font-size:10.5px}
  figure.hist{flex:1 1 100%;max-width:none;break-inside:avoid}
  /* The benchmark grid has a column per indicator: small type, names kept on one line, headers free to wrap. */
  #benchmark-table{font-size:9px;table-layout:auto}
  #benchmark-table th{white-space:normal}
  #benchmark-table td:first-child,#class-table td:first-child,table.fiscal td:first-child{white-space:nowrap}
  .wide{overflow:visible}
  body.sheet-open header.top{display:none!important}
  body.print-all .sheet{break-after:page;page-break-after:always}
  body.print-all .sheet:last-child{break-after:auto;page-break-after:auto}
  .table-wrap{max-height:none;overflow:visible}
  tr{break-inside:avoid}
  body.sheet-open #sheet{display:block}
  .sheet{border:none;margin:0;padding:0;max-width:none;break-inside:avoid;page-break-inside:avoid}
  .sheet th,.sheet td{padding:1px 4px}
  /* English labels run longer and wrap more: a point smaller, so an English sheet fits one A4 page too. */
  html[lang="en"] .sheet table{font-size:10.5px}
  html[lang="en"] .sheet .summary b{font-size:15px}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
