/**
 * The one place that says how ChainMap starts Chromium: the system browser (playwright cannot
 * download its own here) with flags that keep it off the network and out of first-run dialogs.
 * Tests, benchmarks and Lighthouse all use it.
 */
import { chromium, type Browser } from 'playwright-core';

/** Path of the system Chromium (`CHROMIUM_PATH` overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags: headless, no sandbox (root in CI), no GPU, no background network traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches it through playwright-core (each launch starts from a fresh temporary profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
