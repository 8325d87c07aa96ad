import { expect, test } from '@playwright/test';
import {
  expectAccessible,
  jsEnabled,
  linkIn,
  mailTo,
  settled,
  shot,
  signIn,
  signUp,
  uniqueEmail,
} from './support';

const password = 'a long and uncommon phrase';

test('a visitor registers, confirms the address from the mail, and changes the password', async ({
  page,
  browser,
}, info) => {
  const email = uniqueEmail(info, 'story');
  await page.goto('/');
  await settled(page, info);
  await page.getByRole('banner').getByRole('link', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/register$/);
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'register-en');

  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await expectAccessible(page, info);
  await shot(page, info, 'register-sent-en');

  // The mail really went out over SMTP.
  const mail = await mailTo(email);
  expect(mail.subject).toBe('Confirm your email address for Jobforge');

  // Signing in before confirming works; a banner asks for the confirmation.
  await settled(page, info);
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/login/);
  await settled(page, info);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const account = page.getByTestId('account-name');
  await expect(account).toHaveText('Ada Lovelace');
  const banner = page.getByTestId('unverified-banner');
  await expect(banner).toContainText('Confirm your email address');
  await shot(page, info, 'unverified-banner-en');

  // The link from the mail confirms the address.
  await page.goto(linkIn(mail, '/verify-email'));
  await settled(page, info);
  await expectAccessible(page, info);
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page.getByRole('status')).toHaveText('Your email address is confirmed. Thank you.');
  await page.reload();
  await expect(account).toHaveText('Ada Lovelace');
  await expect(banner).toHaveCount(0);
  await shot(page, info, 'verified-en');

  // A second browser signs in too; changing the password here ends that session.
  const phoneContext = await browser.newContext({
    baseURL: info.project.use.baseURL,
    javaScriptEnabled: jsEnabled(info),
  });
  const phone = await phoneContext.newPage();
  await signIn(phone, info, email, password);

  await settled(page, info);
  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await settled(page, info);
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password').fill('difference engine');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password was changed')).toBeVisible();

  await phone.reload();
  await expect(phone.getByTestId('account-name')).toHaveCount(0);
  await phoneContext.close();

  await settled(page, info);
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(account).toHaveCount(0);

  // A wrong password is refused with a message that reveals nothing else.
  await page.goto('/login');
  await settled(page, info);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  await expectAccessible(page, info);
  await shot(page, info, 'login-error-en');
  await signIn(page, info, email, 'difference engine');
});

test('a weak password is refused next to its field, in Arabic too', async ({ page }, info) => {
  const email = uniqueEmail(info, 'weak');
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

test('a forgotten password is reset from the mailed link, in Arabic', async ({ page }, info) => {
  const email = uniqueEmail(info, 'reset');
  await signUp(page, info, email, password);
  await mailTo(email);

  await page.goto('/lang/ar?next=/login');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await settled(page, info);
  await page.getByRole('link', { name: 'نسيت كلمة المرور؟' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await settled(page, info);
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('button', { name: 'أرسل الرابط' }).click();
  await expect(page.getByRole('status')).toContainText('إن كان هذا العنوان لحساب ما');
  await expectAccessible(page, info);
  await shot(page, info, 'forgot-sent-ar');

  const mail = await mailTo(email, 2);
  expect(mail.subject).toBe('Reset your Jobforge password');
  const link = linkIn(mail, '/reset-password');
  await page.goto(link);
  await settled(page, info);
  await page.getByLabel('كلمة المرور الجديدة').fill('password1');
  await page.getByRole('button', { name: 'احفظ كلمة المرور الجديدة' }).click();
  await expect(page.locator('#field-password-error')).toHaveText('هذه من أكثر كلمات المرور شيوعًا. اختر غيرها.');
  await settled(page, info);
  await page.getByLabel('كلمة المرور الجديدة').fill('the analytical engine weaves');
  await page.getByRole('button', { name: 'احفظ كلمة المرور الجديدة' }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByRole('status')).toContainText('تغيّرت كلمة مرورك');
  await expectAccessible(page, info);
  await shot(page, info, 'reset-done-ar');

  // The link worked once.
  await page.goto(link);
  await settled(page, info);
  await page.getByLabel('كلمة المرور الجديدة').fill('yet another long phrase');
  await page.getByRole('button', { name: 'احفظ كلمة المرور الجديدة' }).click();
  await expect(page.getByRole('alert')).toContainText('انتهت صلاحيته');
  await shot(page, info, 'reset-used-ar');

  await page.goto('/lang/en?next=/');
  await signIn(page, info, email, 'the analytical engine weaves');
});

test('repeated wrong passwords lock the sign-in for a while', async ({ page }, info) => {
  const email = uniqueEmail(info, 'lock');
  await signUp(page, info, email, password);
  await page.goto('/login');
  for (let attempt = 0; attempt < 10; attempt++) {
    await settled(page, info);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`wrong password ${attempt}`);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/login')),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
    if (!jsEnabled(info)) await page.goto('/login');
  }
  // Now even the right password is turned away, without saying whether it was right.
  await settled(page, info);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Too many attempts. Try again in 15 minutes.');
  await expect(page.getByTestId('account-name')).toHaveCount(0);
  await shot(page, info, 'login-throttled-en');
});
