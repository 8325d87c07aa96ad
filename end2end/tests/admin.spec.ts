import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { bin, dataDir } from './paths';
import { expectAccessible, jsEnabled, settled, shot, signIn, signUp, uniqueEmail } from './support';

const password = 'an operator with a long phrase';
const userPassword = 'a long and uncommon phrase';

/** Creates an admin with the CLI, against the running server's database. */
function createAdmin(email: string): void {
  const out = execFileSync(bin, ['admin', 'create', '--email', email, '--name', 'Operator', '--password-stdin'], {
    input: password,
    env: { PATH: process.env.PATH ?? '', JOBFORGE_DATA_DIR: dataDir, JOBFORGE_LOG: 'warn' },
  });
  expect(JSON.parse(out.toString()).role).toBe('admin');
}

test('an admin disables a user and reads the outbox; a user finds neither page', async ({ page }, info) => {
  const user = uniqueEmail(info, 'member');
  await signUp(page, info, user, userPassword);
  const admin = uniqueEmail(info, 'admin');
  createAdmin(admin);
  await signIn(page, info, admin, password);
  // The CLI vouches for the address: no banner.
  await expect(page.getByTestId('unverified-banner')).toHaveCount(0);

  await page.getByRole('banner').getByRole('link', { name: 'Users' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users');
  await settled(page, info);
  const row = page.getByRole('row').filter({ hasText: user });
  await expect(row).toContainText('Address not confirmed');
  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row).toContainText('Disabled');
  await expect(row.getByRole('button', { name: 'Enable' })).toBeVisible();
  // Their own row offers no way to lock themselves out.
  const own = page.getByRole('row').filter({ hasText: admin });
  await expect(own).toContainText('(you)');
  await expect(own.getByRole('button')).toHaveCount(0);
  await expectAccessible(page, info);
  await shot(page, info, 'users-en');

  await page.getByRole('banner').getByRole('link', { name: 'Outbox' }).click();
  await expect(page).toHaveURL(/\/admin\/outbox$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outbox');
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'outbox-en');

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('account-name')).toHaveCount(0);

  // The disabled user cannot sign in, and is told nothing more than a wrong password.
  await page.goto('/login');
  await settled(page, info);
  await page.getByLabel('Email').fill(user);
  await page.getByLabel('Password').fill(userPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');

  // A plain user gets the 404 page, and no links to the admin pages.
  const other = uniqueEmail(info, 'other');
  await signUp(page, info, other, userPassword);
  await signIn(page, info, other, userPassword);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Outbox' })).toHaveCount(0);
  for (const path of ['/admin/outbox', '/admin/users']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  }
});

test('an admin runs a test job and watches it finish', async ({ page }, info) => {
  const admin = uniqueEmail(info, 'jobs');
  createAdmin(admin);
  await signIn(page, info, admin, password);
  await page.getByRole('banner').getByRole('link', { name: 'Background jobs' }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Background jobs');
  await settled(page, info);
  await page.getByRole('button', { name: 'Run a test job' }).click();
  await expect(page).toHaveURL(/\/admin\/jobs\?job=\d+$/);
  const job = page.getByTestId('job');
  await expect(job).toBeVisible();
  await shot(page, info, 'jobs-running-en');
  if (jsEnabled(info)) {
    // The page follows the job on its own.
    await expect(job).toHaveAttribute('data-state', 'succeeded', { timeout: 15_000 });
  } else {
    // Without JavaScript, a reload shows where it stands.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('job')).toHaveAttribute('data-state', 'succeeded', { timeout: 500 });
    }).toPass({ timeout: 15_000 });
  }
  await expect(page.getByTestId('job')).toContainText('workers are running');
  await expectAccessible(page, info);
  await shot(page, info, 'jobs-done-en');
});
