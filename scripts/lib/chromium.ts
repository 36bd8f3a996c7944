import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * The browser the UI tests drive: Debian's chromium package. Playwright is given the real
 * binary, not the shell wrapper /usr/bin/chromium (which adds flags and a profile of its own).
 * No browser is ever downloaded: there is no download here, only Debian's packages.
 */
export const CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

function apt(args: string[], quiet: boolean): void {
  execFileSync('apt-get', args, { stdio: quiet ? 'ignore' : 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Installs Debian's chromium when it is missing (as root; otherwise says what to run). */
export function ensureChromium(log: (message: string) => void, quiet: boolean): void {
  if (fs.existsSync(CHROMIUM_BINARY)) return;
  if (process.getuid?.() !== 0) throw new Error(`Chromium is missing: run "sudo apt-get install -y chromium" (the UI tests need ${CHROMIUM_BINARY}).`);
  log('installing chromium from Debian (apt-get)');
  try {
    apt(['install', '-y', '--no-install-recommends', 'chromium'], quiet);
  } catch {
    apt(['update'], quiet); // a fresh machine may have no package lists yet
    apt(['install', '-y', '--no-install-recommends', 'chromium'], quiet);
  }
  if (!fs.existsSync(CHROMIUM_BINARY)) throw new Error(`apt-get installed chromium, but ${CHROMIUM_BINARY} is not there`);
}
