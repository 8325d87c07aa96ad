import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

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
