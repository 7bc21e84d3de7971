/**
 * Launching Debian's Chromium through playwright-core for the browser test and the screenshot
 * script. Flags keep the browser from phoning home, so "no network request" is about the page.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** True when the browser is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Starts headless Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
