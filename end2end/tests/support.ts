import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mailDir } from './paths';

/**
 * Fails on every serious or critical axe-core violation, listing them. axe needs
 * JavaScript in the page, so for the JavaScript-off project the same URL is opened in
 * a script-enabled context that blocks the app bundle: axe then checks exactly the
 * server-rendered HTML a visitor without JavaScript gets.
 */
export async function expectAccessible(page: Page, info: TestInfo): Promise<void> {
  const browser = page.context().browser();
  if (!jsEnabled(info) && browser) {
    const context = await browser.newContext({
      javaScriptEnabled: true,
      storageState: await page.context().storageState(),
      viewport: page.viewportSize(),
    });
    try {
      await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
      const copy = await context.newPage();
      await copy.goto(page.url());
      await check(copy);
    } finally {
      await context.close();
    }
    return;
  }
  await check(page);
}

async function check(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  expect(blocking, 'serious or critical accessibility violations').toEqual([]);
}

/** Saves a full-page screenshot as end2end/shots/<project>-<name>.png. */
export async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({
    path: `${__dirname}/../shots/${info.project.name}-${name}.png`,
    fullPage: true,
  });
}

export function jsEnabled(info: TestInfo): boolean {
  return info.project.use.javaScriptEnabled !== false;
}

/** With JavaScript on, waits until the app has hydrated. */
export async function settled(page: Page, info: TestInfo): Promise<void> {
  if (jsEnabled(info)) {
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  }
}

/**
 * Collects console messages about blocked content (Content-Security-Policy) and
 * failed scripts; call the returned function at the end of a test to assert none.
 */
export function watchConsole(page: Page): () => void {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(text)) {
      problems.push(`${message.type()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return () => expect(problems, 'console errors or blocked content').toEqual([]);
}

/** A mail as the SMTP catcher received it. */
export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

/** Waits (up to 10 s) for the `n`th mail (1-based) to `address` and returns it. */
export async function mailTo(address: string, n = 1): Promise<CaughtMail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = readdirSync(mailDir)
      .sort()
      .map((name) => JSON.parse(readFileSync(join(mailDir, name), 'utf8')) as CaughtMail)
      .filter((mail) => mail.to.some((to) => to.toLowerCase() === address.toLowerCase()));
    if (found.length >= n) return found[n - 1];
    if (Date.now() > deadline) throw new Error(`no mail number ${n} to ${address} within 10 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first link in `mail` whose path starts with `path`. */
export function linkIn(mail: CaughtMail, path: string): string {
  const link = mail.text
    .split(/\s+/)
    .find((word) => word.startsWith('http') && new URL(word).pathname.startsWith(path));
  if (!link) throw new Error(`no ${path} link in: ${mail.text}`);
  return link;
}

/** A fresh address per test and project. */
export function uniqueEmail(info: TestInfo, label: string): string {
  return `${info.project.name}-${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Signs up through the form and confirms the address through the mailed link. */
export async function signUp(page: Page, info: TestInfo, email: string, password: string, name = '') {
  await page.goto('/register');
  await settled(page, info);
  if (name) await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
}

/** Signs in through the form. */
export async function signIn(page: Page, info: TestInfo, email: string, password: string) {
  await page.goto('/login');
  await settled(page, info);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('account-name')).toBeVisible();
}
