import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, settled, shot } from './support';

const password = 'a long and uncommon phrase';

function uniqueEmail(project: string): string {
  return `${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

async function register(page: Page, name: string, email: string, pass = password) {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(pass);
  await page.getByRole('button', { name: 'Create account' }).click();
}

test('a visitor signs up, stays signed in, signs out and back in', async ({ page }, info) => {
  const email = uniqueEmail(info.project.name);
  await page.goto('/');
  await settled(page, info);
  await page.getByRole('banner').getByRole('link', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/register$/);
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'register-en');

  await register(page, 'Ada Lovelace', email);
  const account = page.getByTestId('account-name');
  await expect(account).toHaveText('Ada Lovelace');
  await expect(page).toHaveURL(/\/$/);

  // A full reload keeps the session.
  await page.reload();
  await expect(account).toHaveText('Ada Lovelace');

  await settled(page, info);
  await page.getByRole('button', { name: 'Sign out' }).click();
  const signIn = page.getByRole('banner').getByRole('link', { name: 'Sign in' });
  await expect(signIn).toBeVisible();
  await expect(account).toHaveCount(0);

  // A wrong password is refused with a message that reveals nothing else.
  await signIn.click();
  await expect(page).toHaveURL(/\/login/);
  await settled(page, info);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  await expectAccessible(page, info);
  await shot(page, info, 'login-error-en');

  await settled(page, info);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(account).toHaveText('Ada Lovelace');
});

test('a weak password is refused next to its field, in Arabic too', async ({ page }, info) => {
  const email = uniqueEmail(info.project.name);
  await page.goto('/lang/ar?next=/register');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await settled(page, info);
  await page.getByLabel('الاسم').fill('Grace');
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByLabel('كلمة المرور').fill('password1');
  await page.getByRole('button', { name: 'إنشاء الحساب' }).click();
  const problem = page.locator('#field-password-error');
  await expect(problem).toHaveText('هذه من أكثر كلمات المرور شيوعًا. اختر غيرها.');
  await expect(page.getByLabel('كلمة المرور')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main').getByRole('link', { name: 'تسجيل الدخول' })).toBeVisible();
  await expectAccessible(page, info);
  await shot(page, info, 'register-error-ar');
});
