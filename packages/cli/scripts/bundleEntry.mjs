// The single-file build's entry (scripts/bundle.mjs): what bin/score.js does, bundled.
import { runAsProcess } from '../dist/main.js';
runAsProcess(process.argv.slice(2));
