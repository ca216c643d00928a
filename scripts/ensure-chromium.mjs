// Makes sure the browser tests have Chromium. If none is found and we are root with apt,
// installs Debian's chromium package; otherwise stops with one line saying how to install it.
// Browser tests are never skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let found = findChromium();
if (!found && !process.env.CHROME_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium not found: installing Debian\'s chromium package with apt-get (needs the network to Debian\'s mirrors)…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    // fall through to the message below
  }
  found = findChromium();
}
if (!found) {
  console.error(
    process.env.CHROME_PATH
      ? `CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there: point it at a Chromium binary.`
      : 'Browser tests need Chromium: install it with `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chromium binary), then run npm test again.',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${found}`);
