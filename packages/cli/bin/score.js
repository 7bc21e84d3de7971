#!/usr/bin/env node
// Tiny shim: all logic lives in the compiled CLI module.
import { main } from '../dist/main.js';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
