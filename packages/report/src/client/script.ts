import { DOM_JS } from './dom.js';
import { MOVED_JS } from './moved.js';
import { SHEET_JS } from './sheet.js';
import { TABLE_JS } from './table.js';

/** The whole page script: helpers, table, sheets, movers and the start-up wiring, in one strict-mode IIFE. */
export const PAGE_SCRIPT =
  '(function () {\n"use strict";\n' +
  DOM_JS +
  TABLE_JS +
  SHEET_JS +
  MOVED_JS +
  "setupTable();\nsetupPrint();\nsetupMoved();\nwindow.addEventListener('hashchange', route);\nroute();\n})();\n";
