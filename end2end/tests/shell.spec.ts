import { expect, test } from '@playwright/test';
import { expectAccessible, jsEnabled, settled, shot, watchConsole } from './support';

test('the landing page explains Jobforge in English', async ({ page }, info) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await settled(page, info);
  await expect(page).toHaveTitle('Jobforge');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'From work log to offer, with every step in view',
  );
  await expect(page.getByRole('heading', { name: 'Everything a job search needs' })).toBeVisible();
  await expect(page.locator('#features-title + ul > li')).toHaveCount(6);
  await expectAccessible(page, info);
  await shot(page, info, 'landing-en');
});

test('a visitor switches to Arabic and the layout mirrors', async ({ page }, info) => {
  await page.goto('/');
  await settled(page, info);
  const brandLtr = await page.getByRole('link', { name: 'Jobforge' }).first().boundingBox();

  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/$/);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await settled(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'من سجل عملك إلى عرض العمل، وكل خطوة أمام عينيك',
  );

  // Right to left: the brand moves from the left edge to the right edge.
  const viewport = page.viewportSize();
  const brandRtl = await page.getByRole('link', { name: 'Jobforge' }).first().boundingBox();
  expect(brandLtr && brandRtl && viewport).toBeTruthy();
  expect(brandLtr!.x).toBeLessThan(viewport!.width / 2);
  expect(brandRtl!.x).toBeGreaterThan(viewport!.width / 2);
  await expectAccessible(page, info);
  await shot(page, info, 'landing-ar');

  // The choice sticks, and switching back works.
  await page.reload();
  await expect(html).toHaveAttribute('lang', 'ar');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(html).toHaveAttribute('lang', 'en');
});

test.describe('a browser that prefers Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('gets Arabic without choosing', async ({ page }, info) => {
    await page.goto('/');
    await settled(page, info);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('navigation', { name: 'الرئيسية' })).toBeVisible();
  });
});

test('navigation marks the current page and the skip link reaches the content', async ({ page }, info) => {
  await page.goto('/');
  await settled(page, info);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  const nav = page.getByRole('navigation', { name: 'Main' });
  const home = nav.getByRole('link', { name: 'Home' });
  await expect(home).toHaveAttribute('aria-current', 'page');
  await home.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an unknown address shows the 404 page with a way back', async ({ page }, info) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await settled(page, info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found · Jobforge');
  await expectAccessible(page, info);
  await shot(page, info, 'not-found');
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'From work log to offer, with every step in view',
  );
});

test('the theme toggle works only once the page has hydrated', async ({ page }, info) => {
  const noConsoleErrors = watchConsole(page);
  await page.goto('/');
  const toggle = page.locator('#theme-toggle');
  const html = page.locator('html');
  if (!jsEnabled(info)) {
    // Server-rendered HTML alone: the control is there but disabled.
    await expect(toggle).toBeDisabled();
    await expect(html).not.toHaveAttribute('data-hydrated', 'true');
    return;
  }
  await settled(page, info);
  await expect(toggle).toBeEnabled();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, info);
  await shot(page, info, 'landing-dark');

  // The server remembers the theme through the cookie: no flash on reload.
  const reload = await page.reload();
  const served = await reload?.text();
  expect(served).toContain('class="dark"');
  await toggle.click();
  await expect(html).not.toHaveClass(/\bdark\b/);
  noConsoleErrors();
});

test('health endpoints answer JSON', async ({ request }) => {
  const ready = await request.get('/readyz');
  expect(ready.status()).toBe(200);
  const body = await ready.json();
  expect(body.ready).toBe(true);
  expect(body.database.backend).toBe('sqlite');
  const health = await request.get('/healthz');
  expect((await health.json()).status).toBe('ok');
});
