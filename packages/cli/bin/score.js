#!/usr/bin/env node
// Tiny shim: all logic lives in the compiled CLI module.
import { main } from '../dist/main.js';
let settled = false;
main(process.argv.slice(2)).then((code) => {
  settled = true;
  process.exitCode = code;
});
// A run whose work stopped without an answer (a promise nothing will settle) must not look like success.
process.on('exit', (code) => {
  if (settled || code !== 0) return;
  process.stderr.write('score: 内部错误：运行未完成就停止了，请报告此问题 / internal error: the run stopped before it finished, please report it\n');
  process.exitCode = 3;
});
