// End-to-end tests: the real `jobforge` binary on a fresh SQLite data folder, driven
// in Debian's Chromium, once with JavaScript on and once with it off.
import { defineConfig } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { bin, dataDir, mailDir, port, smtpPort } from './tests/paths';

const root = resolve(__dirname, '..');
const baseURL = `http://127.0.0.1:${port}`;
// The config is read by the runner and again by each worker; only the runner (no
// worker index) starts afresh.
if (!process.env.TEST_WORKER_INDEX) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
}

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Whole stories (register → mail → verify → …) on 2 cores with two workers.
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js-on', use: { javaScriptEnabled: true } },
    { name: 'js-off', use: { javaScriptEnabled: false } },
  ],
  webServer: [
    {
      // Mail goes out over real SMTP to this catcher; tests read what arrived.
      command: `node "${resolve(__dirname, 'smtp-catcher.mjs')}" ${smtpPort} "${mailDir}"`,
      port: smtpPort,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: `"${bin}" serve --addr 127.0.0.1:${port}`,
      cwd: root,
      url: `${baseURL}/readyz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        JOBFORGE_DATA_DIR: dataDir,
        JOBFORGE_SITE_ROOT: resolve(root, 'target/site'),
        JOBFORGE_LOG: 'warn',
        JOBFORGE_PUBLIC_URL: baseURL,
        JOBFORGE_SMTP_HOST: '127.0.0.1',
        JOBFORGE_SMTP_PORT: String(smtpPort),
        JOBFORGE_SMTP_TLS: 'none',
        JOBFORGE_MAIL_FROM: 'Jobforge <jobs@example.test>',
        // Every test signs up from 127.0.0.1.
        JOBFORGE_SIGNUPS_PER_HOUR: '1000',
        // Job imports read pages the tests serve on 127.0.0.1.
        JOBFORGE_ALLOW_PRIVATE_FETCH: '1',
      },
    },
  ],
});
