import { defineConfig } from '@playwright/test';

/**
 * The back office in a real browser: Debian's Chromium (`apt-get install chromium`), never a downloaded one. The web
 * app, all five services, the mail sink and the development issuer are started by browser-setup.ts (browser-stack.ts).
 */
// Playwright's configuration contract is a default export.
// eslint-disable-next-line no-restricted-syntax
export default defineConfig({
  testDir: '.',
  testMatch: '*.browser.ts',
  globalSetup: './browser-setup.ts',
  // One browser at a time: the machine's two cores are shared.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../.local/browser-test-results',
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'nl-BE',
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium' },
  },
});
