#!/usr/bin/env node
// Tiny shim: all logic lives in the compiled CLI module.
import { runAsProcess } from '../dist/main.js';
runAsProcess(process.argv.slice(2));
