import { expect, test } from '@playwright/test';
import { expectAccessible, settled, shot } from './support';

test('a user changes their password and signs out everywhere', async ({ page }, info) => {
  const email = `${info.project.name}-settings-${Date.now()}@example.com`;
  await page.goto('/register');
  await settled(page, info);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long and uncommon phrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('account-name')).toHaveText(email);

  await settled(page, info);
  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await settled(page, info);

  // A wrong current password is named next to its field.
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill('difference engine');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#field-current_password-error')).toHaveText('This is not correct.');

  await settled(page, info);
  await page.getByLabel('Current password').fill('a long and uncommon phrase');
  await page.getByLabel('New password').fill('difference engine');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password was changed');
  await expectAccessible(page, info);
  await shot(page, info, 'settings-en');

  // The same page in Arabic, mirrored.
  await page.goto('/lang/ar?next=/settings');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإعدادات');
  await expect(page.getByRole('button', { name: 'تسجيل الخروج من كل مكان' })).toBeVisible();
  await expectAccessible(page, info);
  await shot(page, info, 'settings-ar');
  await page.goto('/lang/en?next=/settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await settled(page, info);
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('account-name')).toHaveCount(0);

  // Signed out, the page asks to sign in instead of showing the forms.
  await page.goto('/settings');
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Current password')).toHaveCount(0);
});
