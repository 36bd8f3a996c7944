#!/usr/bin/env node
/**
 * First step of `npm run dev` / `npm test` on a fresh clone: installs node modules when they are
 * missing or older than package-lock.json. Plain JavaScript with no dependencies, because it
 * runs before any are installed. `npm install` rather than `npm ci`: ci fails here on optional
 * packages for other platforms that this registry does not carry.
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');

const stale = !fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs;
if (stale) {
  process.stderr.write('[bootstrap] installing node modules (npm install)…\n');
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  fs.utimesSync(installed, new Date(), new Date()); // npm leaves it untouched when nothing changed
}
