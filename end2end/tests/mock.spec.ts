import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { expectAccessible, jsEnabled, settled, shot, signIn, signUp, uniqueEmail } from './support';

const password = 'a long and uncommon phrase';

async function newUser(page: Page, info: TestInfo, label: string): Promise<void> {
  const email = uniqueEmail(info, label);
  await signUp(page, info, email, password);
  await signIn(page, info, email, password);
}

const STAR =
  'When our payment launch at Ledgerly moved up by two weeks, I was the backend lead and the deadline looked impossible. ' +
  'I listed every task, decided with the product manager which ones were must-haves, and planned the work so the riskiest part, ' +
  'the PostgreSQL migration, came first. I paired with a colleague on it and set up a daily check-in to prioritise what was left. ' +
  'As a result we shipped on time with 0 incidents in the first month, and the same plan cut our next release from 6 weeks to 4.';

test('a user runs a mock interview of three questions, gets feedback and the analysis, and finds it in the history', async ({ page }, info) => {
  await newUser(page, info, 'mock');
  await page.goto('/jobs/new');
  await settled(page, info);
  await page.getByLabel('Job title').fill('Senior Backend Engineer');
  await page.getByLabel('Company', { exact: true }).fill('Ledgerly');
  await page.getByLabel('Description').fill('Rust, PostgreSQL and Kubernetes. You will mentor two engineers.');
  await page.getByRole('button', { name: 'Save the job' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Backend Engineer');

  // From the job's page, "practise" opens the form with the job chosen.
  await expect(page.getByTestId('practise-link')).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Practice' }).click();
  await expect(page).toHaveURL(/\/mock$/);
  await expect(page.getByTestId('mock-history')).toContainText('No sessions yet.');
  await settled(page, info);
  const start = page.getByTestId('mock-start-form');
  await start.getByLabel('What the interviewer knows').selectOption('company');
  await start.getByLabel('Number of questions').fill('3');
  await start.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\/mock\/\d+$/);
  const question = page.getByTestId('mock-question');
  await expect(question).toContainText('Question 1 of 3');
  await settled(page, info);
  if (jsEnabled(info)) {
    // The timer runs in the browser.
    const first = await page.getByTestId('timer').textContent();
    await expect(page.getByTestId('timer')).not.toHaveText(first ?? '', { timeout: 3000 });
  } else {
    await expect(page.getByTestId('timer')).toHaveText(/^\d+:\d\d$/);
  }
  await expectAccessible(page, info);

  // A strong answer, a skipped question and a vague answer.
  await page.getByLabel('Your answer').fill(STAR);
  await page.getByRole('button', { name: 'Submit the answer' }).click();
  await expect(question).toContainText('Question 2 of 3');
  const feedback = page.getByTestId('mock-step').first();
  await expect(feedback.getByTestId('step-score')).toHaveText(/Score: \d+\/10/);
  await expect(feedback).toContainText('Scored by a rubric');
  await settled(page, info);
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(question).toContainText('Question 3 of 3');
  await settled(page, info);
  await page.getByLabel('Your answer').fill('I work hard.');
  await page.getByRole('button', { name: 'Submit the answer' }).click();
  const analysis = page.getByTestId('mock-analysis');
  await expect(analysis).toBeVisible();
  await expect(page.getByTestId('mock-question')).toHaveCount(0);
  await expect(page.getByTestId('mock-average-score')).toHaveText(/^\d+\.\d\/10$/);
  await expect(page.getByTestId('mock-practise')).toContainText('1 question(s) skipped');
  await expect(page.getByTestId('mock-steps').getByTestId('mock-step')).toHaveCount(3);
  const scores = await page.getByTestId('step-score').allTextContents();
  const [vague, strong] = scores.map((s) => Number(/(\d+)\/10/.exec(s)?.[1]));
  expect(strong).toBeGreaterThan(vague);
  await settled(page, info);
  await shot(page, info, 'mock-session-en');

  // The history shows it, with its average on the chart.
  await page.getByRole('link', { name: '← All sessions' }).click();
  await expect(page.getByTestId('mock-item')).toHaveCount(1);
  await expect(page.getByTestId('mock-item')).toContainText('2 of 3 answered');
  await expect(page.getByTestId('mock-average')).toHaveText(/^\d+\.\d\/10$/);
  await expect(page.getByTestId('mock-chart')).toBeVisible();
  await settled(page, info);
  await shot(page, info, 'mock-history-en');
});
