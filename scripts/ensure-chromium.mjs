#!/usr/bin/env node
// Finds a Chromium for the browser tests, installing Debian's package when we are root.
// Playwright cannot download its own browsers on this network, so we drive the system one.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

const found = candidates.find((p) => existsSync(p));
if (found) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    'Browser tests need Chromium and none was found.\n' +
      '  Install it:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  or point to one:  CHROMIUM_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}
console.log('Chromium not found: installing Debian package "chromium" (about a minute)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
} catch {
  console.error(
    'Could not install Chromium with apt-get. Install it by hand, or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
