/**
 * The page's markup: five steps, each a section. Texts are filled in by `data-t` keys (words.ts),
 * so the language switch only re-labels; ids are what the script and the browser test use.
 */
export const SHELL = `
<header class="top"><h1 data-t="title"></h1><button type="button" id="lang" data-t="langSwitch"></button></header>
<main>
<p class="lead" data-t="lead"></p>
<section id="files-step"><h2 data-t="filesStep"></h2>
  <label id="drop" class="drop"><input type="file" id="files" multiple accept=".csv,.txt,.xlsx,.xls"><span data-t="drop"></span></label>
  <ul id="file-list" class="note"></ul>
</section>
<section id="check-step" hidden><h2 data-t="checkStep"></h2><pre id="validation" class="text"></pre>
  <p><button type="button" id="download-check" data-t="downloadCheck" disabled></button></p>
</section>
<section id="scheme-step"><h2 data-t="schemeStep"></h2>
  <div class="grid">
    <label><span data-t="scheme"></span><select id="scheme"></select></label>
    <div><span data-t="schemeFile"></span><span class="picker"><label class="pick"><input type="file" id="scheme-file" accept=".json"><span data-t="pickFile"></span></label><span class="picked note" data-for="scheme-file"></span><button type="button" class="clear" data-clear="scheme-file" data-t="clear" hidden></button></span></div>
    <label><span data-t="policy"></span><select id="policy"></select></label>
    <div><span data-t="policyFile"></span><span class="picker"><label class="pick"><input type="file" id="policy-file" accept=".json"><span data-t="pickFile"></span></label><span class="picked note" data-for="policy-file"></span><button type="button" class="clear" data-clear="policy-file" data-t="clear" hidden></button></span></div>
    <div class="wide"><span data-t="history"></span><span class="picker"><label class="pick"><input type="file" id="history" multiple accept=".csv,.json"><span data-t="pickFile"></span></label><span class="picked note" data-for="history"></span><button type="button" class="clear" data-clear="history" data-t="clear" hidden></button></span></div>
    <div id="settings" class="wide" hidden><span data-t="settings"></span><div class="grid" id="setting-inputs"></div></div>
  </div>
  <p><button type="button" id="run" class="primary" data-t="run" disabled></button></p>
</section>
<section id="run-step" hidden><h2 data-t="runStep"></h2>
  <progress id="progress" max="1" value="0"></progress> <span id="stage" class="note"></span>
  <h3 data-t="messages"></h3><pre id="messages" class="text"></pre>
  <p id="failed" class="note bad" data-t="failed" hidden></p>
  <p id="crashed" class="note bad" data-t="crashed" hidden></p>
</section>
<section id="results-step" hidden><h2 data-t="resultsStep"></h2>
  <div id="accounting" class="cards"></div>
  <p class="downloads">
    <button type="button" id="download-csv" data-t="downloadCsv"></button>
    <select id="csv-encoding"><option value="utf8">UTF-8</option><option value="gbk">GBK</option></select>
    <button type="button" id="download-xlsx" data-t="downloadXlsx"></button>
    <button type="button" id="download-report" data-t="downloadReport" disabled></button>
  </p>
  <pre id="download-failed" class="text" hidden></pre>
  <h3 data-t="explainStep"></h3>
  <p><input id="explain-code" size="24"> <button type="button" id="explain" data-t="explain"></button></p>
  <pre id="explanation" class="text" hidden></pre>
  <h3 data-t="reportStep"></h3>
  <div class="grid">
    <label><span data-t="reportTitle"></span><input id="report-title"></label>
    <label><span data-t="reportIssuer"></span><input id="report-issuer"></label>
  </div>
  <p><button type="button" id="make-report" data-t="makeReport" hidden></button></p>
  <p id="report-status" class="note" data-t="reporting" hidden></p>
  <iframe id="report" title="report"></iframe>
</section>
</main>
`;

/** The page's stylesheet: the report's colours, system fonts only (the file must work offline). */
export const PAGE_STYLES = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;color:#1d2733;background:#f6f7f9}
header.top{background:#1d3557;color:#fff;padding:14px 24px;display:flex;align-items:center;justify-content:space-between}
header.top h1{font-size:20px;margin:0}
main{max-width:1200px;margin:0 auto;padding:8px 24px 40px}
.lead{color:#5f6b7a}
section{background:#fff;border:1px solid #d7dbe0;border-radius:6px;padding:12px 18px;margin:16px 0}
h2{font-size:17px;margin:4px 0 10px}
h3{font-size:14px;margin:14px 0 6px}
.note{color:#5f6b7a;font-size:13px}
.note.bad{color:#c62828;font-weight:600}
.drop{display:block;border:2px dashed #9fb3c8;border-radius:6px;padding:28px;text-align:center;cursor:pointer;color:#1d3557}
.drop.over{background:#eef4fb;border-color:#1565c0}
.drop input{display:none}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:10px 24px}
.grid>label,.grid>div{display:flex;flex-direction:column;gap:4px}
.picker{display:flex;align-items:center;gap:8px}
.pick{border:1px solid #9fb3c8;border-radius:4px;padding:2px 10px;cursor:pointer;background:#fafbfc}
.pick input{display:none}
.grid .wide{grid-column:1/-1}
pre.text{background:#f6f7f9;border:1px solid #d7dbe0;border-radius:4px;padding:8px;max-height:320px;overflow:auto;white-space:pre-wrap;font-size:12px}
progress{width:320px;height:14px}
button{font:inherit;padding:4px 12px}
button.primary{background:#1d3557;color:#fff;border:0;border-radius:4px;padding:6px 20px}
button:disabled{opacity:.5}
.cards{display:flex;flex-wrap:wrap;gap:8px}
.card{border:1px solid #d7dbe0;border-radius:6px;padding:8px 16px;min-width:110px;text-align:center;background:#fafbfc}
.card-n{font-size:24px;font-weight:700;font-variant-numeric:tabular-nums}
.card-l{color:#5f6b7a;font-size:13px}
iframe#report{width:100%;height:80vh;border:1px solid #d7dbe0;border-radius:6px;margin-top:12px;background:#fff}
`;
