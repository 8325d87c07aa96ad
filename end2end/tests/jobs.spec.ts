import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { expectAccessible, jsEnabled, settled, shot, signIn, signUp, uniqueEmail, watchConsole } from './support';

const password = 'a long and uncommon phrase';

async function newUser(page: Page, info: TestInfo, label: string): Promise<void> {
  const email = uniqueEmail(info, label);
  await signUp(page, info, email, password);
  await signIn(page, info, email, password);
}

/** Adds a job through the form at /jobs/new; ends on the job's page. */
async function addJob(page: Page, info: TestInfo, fields: { title: string; company: string; description?: string; mode?: string; tags?: string }) {
  await page.goto('/jobs/new');
  await settled(page, info);
  await page.getByLabel('Job title').fill(fields.title);
  await page.getByLabel('Company', { exact: true }).fill(fields.company);
  if (fields.mode) await page.getByLabel('Work mode').selectOption(fields.mode);
  if (fields.description) await page.getByLabel('Description').fill(fields.description);
  if (fields.tags) await page.getByLabel('Tags').fill(fields.tags);
  await page.getByRole('button', { name: 'Save the job' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fields.title);
  await settled(page, info);
}

function column(page: Page, name: string) {
  return page.getByRole('region', { name: new RegExp(`^${name}`) });
}

test('a user adds jobs, moves them on the board, and finds them again', async ({ page }, info) => {
  await newUser(page, info, 'board');
  await page.getByRole('banner').getByRole('link', { name: 'Jobs', exact: true }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByTestId('board-empty')).toContainText('No jobs yet');
  await settled(page, info);

  // The form names every bad field and keeps nothing.
  await page.getByRole('link', { name: 'Add a job' }).click();
  await expect(page).toHaveURL(/\/jobs\/new$/);
  await settled(page, info);
  await page.getByLabel('Job title').fill('Almost a job');
  await page.getByLabel('Salary from').fill('90k');
  await page.getByLabel('Salary to').fill('lots');
  await page.getByLabel('Currency').fill('dollars');
  await page.getByRole('button', { name: 'Save the job' }).click();
  await expect(page.getByText('Enter a whole number, like 85000 or 85k.')).toBeVisible();
  await expect(page.getByText('Choose one of the offered values.')).toBeVisible();
  await expect(page.getByLabel('Salary to')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, info);
  // From here on, nothing in the console (the 422 above was the refused form).
  const problems = watchConsole(page);

  await addJob(page, info, {
    title: 'Backend Engineer',
    company: 'Acme',
    mode: 'remote',
    tags: 'dream, rust',
    description: '## What you do\n\n- Build payment APIs in **Rust**\n- 5+ years with PostgreSQL\n\n<script>window.hacked = 1</script>',
  });
  // The description is rendered Markdown, without the pasted script.
  await expect(page.getByRole('heading', { name: 'What you do' })).toBeVisible();
  await expect(page.locator('.prose-job li').first()).toContainText('Build payment APIs in Rust');
  expect(await page.locator('.prose-job script').count()).toBe(0);
  await expect(page.getByTestId('requirements')).toContainText('Rust');
  await expect(page.getByTestId('requirements')).toContainText('PostgreSQL');
  await expect(page.getByTestId('timeline')).toContainText('Added as Interested');

  // A note and a contact.
  await page.getByLabel('New note').fill('Recruiter said the team is small.');
  await page.getByRole('button', { name: 'Add the note' }).click();
  await expect(page.getByTestId('notes')).toContainText('Recruiter said the team is small.');
  await settled(page, info);
  await page.getByLabel('Name', { exact: true }).fill('Grace Hopper');
  await page.getByLabel('Email', { exact: true }).fill('grace@acme.test');
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await expect(page.getByTestId('contacts')).toContainText('Grace Hopper');
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'job-en');

  await addJob(page, info, { title: 'Night Nurse', company: 'City Hospital', description: 'Care for patients on the cardiology ward.' });
  await addJob(page, info, { title: 'Data Analyst', company: 'Globex', description: 'SQL reports.' });

  await page.goto('/jobs');
  await settled(page, info);
  const interested = column(page, 'Interested');
  const applied = column(page, 'Applied');
  await expect(interested.getByTestId('count')).toHaveText('3');
  await expect(applied.getByTestId('count')).toHaveText('0');

  const card = (title: string) => page.getByTestId('card').filter({ hasText: title });
  if (jsEnabled(info)) {
    // With the mouse: Backend Engineer from Interested to Applied.
    await card('Backend Engineer').dragTo(applied.locator('ol'));
    await expect(applied.getByTestId('count')).toHaveText('1');
    await expect(interested.getByTestId('count')).toHaveText('2');
    // With the keyboard: Night Nurse picked up, one column on, dropped below.
    await card('Night Nurse').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('board-live')).toContainText('Picked up “Night Nurse” in Interested');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('board-live')).toContainText('“Night Nurse” to Applied, position 2');
    await page.keyboard.press('Space');
    await expect(applied.getByTestId('count')).toHaveText('2');
  } else {
    // Without JavaScript each card has its own small form.
    for (const title of ['Night Nurse', 'Backend Engineer']) {
      await card(title).getByLabel('Move to').selectOption('applied');
      await card(title).getByRole('button', { name: 'Move' }).click();
      await expect(page).toHaveURL(/\/jobs$/);
    }
  }
  // Both moves are kept, in order.
  await page.reload();
  await settled(page, info);
  await expect(applied.getByTestId('count')).toHaveText('2');
  await expect(applied.getByTestId('card').first()).toContainText('Backend Engineer');
  await expect(applied.getByTestId('card').nth(1)).toContainText('Night Nurse');
  await expect(interested.getByTestId('card')).toHaveCount(1);
  await expectAccessible(page, info);
  await shot(page, info, 'board-en');

  // The timeline shows the move.
  await card('Night Nurse').getByRole('link', { name: 'Night Nurse' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Interested → Applied');
  await expect(page.getByTestId('job-status')).toHaveText('Applied');

  // Search and filters live in the URL.
  await page.goto('/jobs');
  await settled(page, info);
  await page.getByRole('searchbox', { name: 'Search' }).fill('cardiology');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/q=cardiology/);
  await expect(page.getByTestId('card')).toHaveCount(1);
  await expect(page.getByTestId('card')).toContainText('Night Nurse');
  await page.goto('/jobs?work_mode=remote&view=list');
  await expect(page.getByTestId('job-table').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('job-table')).toContainText('Backend Engineer');
  await page.goto('/jobs?tag=DREAM');
  await expect(page.getByTestId('card')).toHaveCount(1);
  await page.goto('/jobs?q=nothing-like-this');
  await expect(page.getByTestId('board-empty')).toHaveText('No job matches these filters.');

  // In Arabic, the board reads right to left.
  await page.goto('/lang/ar?next=/jobs');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الوظائف');
  await expect(column(page, 'تقدّمت').getByTestId('count')).toHaveText('2');
  await settled(page, info);
  await shot(page, info, 'board-ar');
  await page.goto('/lang/en?next=/jobs');
  problems();
});

test('another user cannot open a job; its owner deletes it', async ({ page }, info) => {
  await newUser(page, info, 'owner');
  await addJob(page, info, { title: 'Doomed Job', company: 'Gone Co' });
  await page.getByText('Delete', { exact: true }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByTestId('board-empty')).toBeVisible();
  await addJob(page, info, { title: 'Private Job', company: 'Secret Co' });
  const url = page.url();
  await page.context().clearCookies();
  await newUser(page, info, 'other');
  await page.goto(url);
  await expect(page.getByTestId('job-missing')).toBeVisible();
  await expect(page.getByText('Private Job')).toHaveCount(0);
  await page.goto('/jobs');
  await expect(page.getByTestId('board-empty')).toBeVisible();
});

/** A job page with schema.org JSON-LD, served by the test on 127.0.0.1. */
const POSTING = `<!doctype html><html><head><title>Careers</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
"title":"Platform Engineer","hiringOrganization":{"@type":"Organization","name":"Initech"},
"jobLocation":{"@type":"Place","address":{"addressLocality":"Lisbon","addressCountry":"Portugal"}},
"employmentType":"FULL_TIME","baseSalary":{"@type":"MonetaryAmount","currency":"EUR",
"value":{"@type":"QuantitativeValue","minValue":60000,"maxValue":80000,"unitText":"YEAR"}},
"description":"<p>Run our Kubernetes platform.</p><ul><li>Terraform</li><li>Go</li></ul>"}</script>
</head><body><h1>Platform Engineer</h1></body></html>`;

test('a job comes in from pasted text and from its address', async ({ page }, info) => {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(POSTING);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await newUser(page, info, 'import');
    await page.goto('/jobs/new');
    await settled(page, info);
    await page.getByLabel("The posting's text").fill(
      'Staff Nurse\nCompany: St Mary Clinic\nLocation: Leeds\nPart-time, on-site.\nSalary: 30,000 - 34,000 GBP\nYou hold NMC registration and have 2+ years on a surgical ward.',
    );
    await page.getByRole('button', { name: 'Read the posting' }).click();
    await expect(page.getByTestId('draft-note')).toContainText('Read without a language model.');
    await expect(page.getByLabel('Job title')).toHaveValue('Staff Nurse');
    await expect(page.getByLabel('Company', { exact: true })).toHaveValue('St Mary Clinic');
    await expect(page.getByLabel('Location')).toHaveValue('Leeds');
    await expect(page.getByLabel('Job type')).toHaveValue('part_time');
    await expect(page.getByLabel('Salary from')).toHaveValue('30000');
    await expect(page.getByLabel('Currency')).toHaveValue('GBP');
    await settled(page, info);
    await page.getByRole('button', { name: 'Save the job' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff Nurse');
    await settled(page, info);

    await page.goto('/jobs/new');
    await settled(page, info);
    await page.getByLabel("The posting's address").fill(`http://127.0.0.1:${port}/jobs/7`);
    await page.getByRole('button', { name: 'Fetch and read' }).click();
    await expect(page.getByLabel('Job title')).toHaveValue('Platform Engineer');
    await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Initech');
    await expect(page.getByLabel('Posting address')).toHaveValue(`http://127.0.0.1:${port}/jobs/7`);
    await expect(page.getByLabel('Salary to')).toHaveValue('80000');
    await expect(page.getByLabel('Description')).toHaveValue(/Run our Kubernetes platform/);
    await expectAccessible(page, info);
    await shot(page, info, 'job-import-en');
    await settled(page, info);
    await page.getByRole('button', { name: 'Save the job' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Platform Engineer');
    await expect(page.getByTestId('requirements')).toContainText('Kubernetes');

    // An address that does not answer gives a clear message and the paste path.
    await page.goto('/jobs/new');
    await settled(page, info);
    await page.getByLabel("The posting's address").fill('http://127.0.0.1:9/nothing');
    await page.getByRole('button', { name: 'Fetch and read' }).click();
    await expect(page.getByRole('alert')).toContainText("Paste the posting's text instead.");
  } finally {
    server.close();
  }
});

test('the dashboard starts empty and counts the moves', async ({ page }, info) => {
  await newUser(page, info, 'dash');
  await page.goto('/');
  await page.getByRole('link', { name: 'Go to your dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('dashboard-empty')).toContainText('Your search starts here');
  await settled(page, info);
  await expectAccessible(page, info);

  await addJob(page, info, { title: 'Staff Engineer', company: 'Initech' });
  await page.getByTestId('move-form').getByLabel('Move to').selectOption('applied');
  await page.getByTestId('move-form').getByRole('button', { name: 'Move' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Applied');
  await settled(page, info);
  await page.getByTestId('move-form').getByLabel('Move to').selectOption('interview_scheduled');
  await page.getByTestId('move-form').getByRole('button', { name: 'Move' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Interview scheduled');
  await addJob(page, info, { title: 'Product Analyst', company: 'Hooli' });

  await page.getByRole('banner').getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('stat-total')).toHaveText('2');
  await expect(page.getByTestId('stat-week')).toHaveText('1');
  await expect(page.getByTestId('stat-response')).toHaveText('100%');
  await expect(page.getByTestId('by-status').locator('[data-status=interview_scheduled]')).toHaveText('1');
  await expect(page.getByTestId('funnel')).toHaveAttribute('aria-label', 'Tracked: 2, Applied: 1, Interviewed: 1, Offer: 0, Accepted: 0');
  await expect(page.getByRole('region', { name: 'Interviews scheduled' })).toContainText('Staff Engineer');
  await expect(page.getByTestId('recent')).toContainText('Applied → Interview scheduled');
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'dashboard-en');
  await page.goto('/lang/ar?next=/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('لوحة المتابعة');
  await settled(page, info);
  await shot(page, info, 'dashboard-ar');
  await page.goto('/lang/en?next=/dashboard');
});
