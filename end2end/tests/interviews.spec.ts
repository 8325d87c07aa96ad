import { type Download, expect, type Page, type TestInfo, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, settled, shot, signIn, signUp, uniqueEmail } from './support';

const password = 'a long and uncommon phrase';

async function newUser(page: Page, info: TestInfo, label: string): Promise<void> {
  const email = uniqueEmail(info, label);
  await signUp(page, info, email, password);
  await signIn(page, info, email, password);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

test('a user schedules an interview, finds it in the calendar and on the dashboard, and exports it', async ({ page, playwright }, info) => {
  await newUser(page, info, 'interviews');
  await page.goto('/jobs/new');
  await settled(page, info);
  await page.getByLabel('Job title').fill('Backend Engineer');
  await page.getByLabel('Company', { exact: true }).fill('Ledgerly');
  await page.getByRole('button', { name: 'Save the job' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend Engineer');
  const jobPage = page.url();

  await page.getByRole('banner').getByRole('link', { name: 'Interviews' }).click();
  await expect(page).toHaveURL(/\/interviews$/);
  await expect(page.getByTestId('upcoming')).toContainText('No interviews coming up.');
  await settled(page, info);

  // A bad time is named; then the interview is scheduled.
  const form = page.getByTestId('schedule-form');
  await form.getByLabel('Date').fill('2030-12-02');
  await form.getByLabel('Time', { exact: true }).fill('09:30');
  await form.getByLabel('Time zone').fill('Mars/Olympus');
  await form.getByRole('button', { name: 'Schedule it' }).click();
  await expect(page.getByText('Choose one of the offered values.')).toBeVisible();
  await settled(page, info);
  await form.getByLabel('Date').fill('2030-12-02');
  await form.getByLabel('Time', { exact: true }).fill('09:30');
  await form.getByLabel('Time zone').fill('Asia/Riyadh');
  await form.getByLabel('Type').selectOption('video_call');
  await form.getByLabel('Duration (minutes)').fill('45');
  await form.getByLabel('Round').fill('2');
  await form.getByLabel('Place or meeting link').fill('https://meet.example/abc');
  await form.getByLabel('Prep notes (Markdown)').fill('Ask about **on-call**; bring the ledger story.');
  await form.getByLabel('Mail me a reminder the day before').check();
  await form.getByRole('button', { name: 'Schedule it' }).click();
  await expect(page).toHaveURL(/\/interviews\/\d+$/);
  await expect(page.getByTestId('interview-when')).toContainText('2030-12-02 09:30 (Asia/Riyadh) · 45 min · Video call · Round 2');
  await expect(page.getByTestId('prep-notes').locator('strong')).toHaveText('on-call');
  await settled(page, info);

  // Interviewers.
  const people = page.getByTestId('interviewer-form');
  await people.getByLabel('Name').fill('Grace Hopper');
  await people.getByLabel('Role').fill('Engineering Manager');
  await people.getByLabel('LinkedIn address').fill('https://www.linkedin.com/in/grace');
  await people.getByRole('button', { name: 'Add an interviewer' }).click();
  await expect(page.getByTestId('interviewers')).toContainText('Grace Hopper');
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'interview-en');
  const interviewPage = page.url();

  // The .ics download holds the event, in UTC.
  const ics = await downloaded(page, () => page.getByTestId('ics-link').click());
  const text = readFileSync(await ics.path(), 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR\r\n');
  expect(text).toContain('DTSTART:20301202T063000Z\r\n');
  expect(text).toContain('DTEND:20301202T071500Z\r\n');
  expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Interview: Backend Engineer — Ledgerly (video call)');
  expect(text.replace(/\r\n /g, '')).toContain('Interviewer: Grace Hopper\\, Engineering Manager');

  // The month and week calendars.
  await page.goto('/interviews?view=month&at=2030-12-01');
  const day = page.getByTestId('calendar').locator('td[data-date="2030-12-02"]');
  await expect(day).toContainText('09:30 Backend Engineer');
  await expect(page.getByTestId('calendar')).toContainText('December 2030');
  await settled(page, info);
  await shot(page, info, 'interviews-month-en');
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByTestId('calendar')).toContainText('January 2031');
  await page.goto('/interviews?view=week&at=2030-12-04');
  await expect(page.getByTestId('calendar').locator('td[data-date="2030-12-02"]')).toContainText('Backend Engineer');
  // In Arabic the calendar mirrors.
  await page.goto('/lang/ar?next=/interviews%3Fview%3Dmonth%26at%3D2030-12-01');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('calendar')).toContainText('ديسمبر 2030');
  await settled(page, info);
  await shot(page, info, 'interviews-month-ar');
  await page.goto('/lang/en?next=/dashboard');

  // The dashboard lists it.
  await expect(page.locator('#dash-interviews').locator('..')).toContainText('Backend Engineer');
  await expect(page.locator('#dash-interviews').locator('..')).toContainText('2030-12-02 09:30');

  // The private feed works without a session.
  await page.goto('/interviews');
  await settled(page, info);
  await page.getByRole('button', { name: 'Make my calendar address' }).click();
  const feedUrl = await page.getByTestId('feed-url').inputValue();
  expect(feedUrl).toMatch(/\/calendar\/[0-9a-f]{64}\.ics$/);
  const outsider = await playwright.request.newContext();
  const feed = await outsider.get(new URL(new URL(feedUrl).pathname, page.url()).toString());
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('DTSTART:20301202T063000Z');
  await outsider.dispose();

  // An outcome, then the offer to move the application on.
  await page.goto(interviewPage);
  await settled(page, info);
  const details = page.getByTestId('interview-form');
  await details.getByLabel('Outcome').selectOption('passed');
  await details.getByLabel('Feedback').fill('They liked the ledger story.');
  await details.getByRole('button', { name: 'Save the interview' }).click();
  await expect(page.getByTestId('outcome')).toHaveText('Passed');
  await page.getByTestId('move-prompt').getByRole('button', { name: 'Move to “Interview completed”' }).click();
  // With JavaScript the page says so; without, the form goes on to the job.
  await expect(page.getByTestId('moved').or(page.getByTestId('job-status'))).toBeVisible();
  await page.goto(jobPage);
  await expect(page.getByTestId('job-status')).toHaveText('Interview completed');
});
