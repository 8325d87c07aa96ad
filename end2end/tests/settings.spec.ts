import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible, mailTo, settled, shot, signIn, signUp, uniqueEmail } from './support';

const password = 'a long and uncommon phrase';

test('a user edits the profile, sees the sessions, exports the data and deletes the account', async ({
  page,
}, info) => {
  const email = uniqueEmail(info, 'settings');
  await signUp(page, info, email, password, 'Ada');
  await mailTo(email);
  await signIn(page, info, email, password);
  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await settled(page, info);

  // Profile: the form starts with what is saved, and keeps what is saved.
  await expect(page.getByLabel('Name')).toHaveValue('Ada');
  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('Headline').fill('Analyst of engines');
  await page.getByLabel('Location').fill('London');
  await page.getByLabel('Language of your documents').selectOption('ar');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Analyst of engines');
  await expect(page.getByLabel('Language of your documents')).toHaveValue('ar');
  await expect(page.getByTestId('account-name')).toHaveText('Ada Lovelace');

  // Their own model: the key is saved and shown only by its last four characters.
  await page.getByLabel('Provider').selectOption('openai');
  await page.getByLabel('Model', { exact: true }).fill('gpt-4o-mini');
  await page.getByLabel('API key').fill('sk-test-key-4321');
  await page.getByRole('button', { name: 'Save model' }).click();
  await expect(page.getByText('Your model settings are saved.')).toBeVisible();
  await expect(page.getByTestId('key-hint')).toHaveText('A key ending in …4321 is saved; leave this empty to keep it.');
  await expect(page.getByLabel('API key')).toHaveValue('');
  expect(await page.content()).not.toContain('sk-test-key');
  await settled(page, info);

  // This browser is in the sessions list.
  const sessions = page.getByTestId('sessions');
  await expect(sessions.getByText('This browser')).toBeVisible();
  await expectAccessible(page, info);
  await shot(page, info, 'settings-en');

  // The export downloads a JSON file holding the profile.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^jobforge-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.format).toBe('jobforge-export');
  expect(exported.account.email).toBe(email.toLowerCase());
  expect(exported.account.headline).toBe('Analyst of engines');
  expect(exported.account.output_lang).toBe('ar');

  // Deleting needs the password; then the account is gone and cannot sign in.
  await settled(page, info);
  await page.getByLabel('Your password, to confirm').fill('not my password');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.locator('#field-password-error')).toHaveText('This is not correct.');
  await settled(page, info);
  await page.getByLabel('Your password, to confirm').fill(password);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('status')).toHaveText('Your account and all its data are deleted.');
  await expect(page.getByTestId('account-name')).toHaveCount(0);
  await shot(page, info, 'deleted-en');

  await page.goto('/login');
  await settled(page, info);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
});

test('the page language follows the profile, and signing out everywhere ends the session', async ({
  page,
}, info) => {
  const email = uniqueEmail(info, 'lang');
  await signUp(page, info, email, password);
  await signIn(page, info, email, password);
  await page.goto('/settings');
  await settled(page, info);
  await page.getByLabel('Language of the pages').selectOption('ar');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإعدادات');
  await expect(page.getByText('تم حفظ ملفك الشخصي.')).toBeVisible();
  await expectAccessible(page, info);
  await shot(page, info, 'settings-ar');

  await settled(page, info);
  await page.getByRole('button', { name: 'تسجيل الخروج من كل مكان' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('account-name')).toHaveCount(0);

  // Signed out, the page asks to sign in instead of showing the forms.
  await page.goto('/settings');
  await expect(page.getByRole('main').getByRole('link', { name: 'تسجيل الدخول' })).toBeVisible();
  await expect(page.getByLabel('كلمة المرور الحالية')).toHaveCount(0);
});
