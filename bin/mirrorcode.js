#!/usr/bin/env node
// The CLI lives in dist/; a checkout that was never built gets one line saying how, not a stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('mirrorcode: not built yet; run `bash scripts/install.sh` (or `npm ci && npm run build`) first\n');
  process.exit(2);
}
await import(main.href);
