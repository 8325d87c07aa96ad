import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Download, expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';
import { expectAccessible, jsEnabled, settled, shot, signIn, signUp, uniqueEmail } from './support';

const password = 'a long and uncommon phrase';

async function newUser(page: Page, info: TestInfo, label: string): Promise<void> {
  const email = uniqueEmail(info, label);
  await signUp(page, info, email, password);
  await signIn(page, info, email, password);
}

async function download(page: Page, link: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return file;
}

/** The text of a PDF, as poppler's pdftotext reads it (bidi marks dropped). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
}

const RESUME = {
  basics: { name: 'Grace Hopper', label: 'Backend Engineer', summary: 'Engineer who likes hard problems.' },
  work: [
    {
      name: 'Remington Rand',
      position: 'Backend Engineer',
      startDate: '2017-03',
      highlights: [
        'Organised the team offsite.',
        'Built payment APIs in Rust and PostgreSQL serving 2M requests a day.',
        'Moved the services to Kubernetes.',
      ],
    },
  ],
  skills: [{ name: 'Backend', keywords: ['Docker', 'Rust', 'PostgreSQL'] }],
};

/** Adds the resume (pasted) and a job; ends on the job's page. */
async function resumeAndJob(page: Page, info: TestInfo): Promise<void> {
  await page.goto('/resumes');
  await settled(page, info);
  await page.getByLabel('Resume text or JSON Resume').fill(JSON.stringify(RESUME, null, 2));
  await page.getByRole('button', { name: 'Add the resume' }).click();
  await expect(page).toHaveURL(/\/resumes\/\d+$/);
  await page.goto('/jobs/new');
  await settled(page, info);
  await page.getByLabel('Job title').fill('Senior Backend Engineer');
  await page.getByLabel('Company', { exact: true }).fill('Ledgerly');
  await page.getByLabel('Description').fill('We need Rust, PostgreSQL, Kubernetes and Terraform. You will lead a small team.');
  await page.getByRole('button', { name: 'Save the job' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Backend Engineer');
  await settled(page, info);
}

test('from a job, a user tailors the primary resume, rejects one change and accepts the rest', async ({ page }, info) => {
  await newUser(page, info, 'tailor');
  await resumeAndJob(page, info);
  await page.getByTestId('job-tailor').getByRole('button', { name: 'Tailor my primary resume' }).click();
  await expect(page).toHaveURL(/\/resumes\/\d+\/tailor\/\d+\?t=\d+$/);
  // The offline engine takes moments; without JavaScript a reload shows the result.
  for (let i = 0; i < 20 && !(await page.getByTestId('tailor-scores').isVisible()); i++) {
    if (!jsEnabled(info)) await page.reload();
    await page.waitForTimeout(500);
  }
  await expect(page.getByTestId('tailor-scores')).toBeVisible();
  await settled(page, info);
  const before = Number(await page.getByTestId('score-before').textContent());
  const after = Number(await page.getByTestId('score-after').textContent());
  expect(after).toBeGreaterThanOrEqual(before);
  await expect(page.getByTestId('made-by')).toHaveText('Made without a language model');
  // Terraform is asked for and not in the resume: flagged, never added.
  await expect(page.getByTestId('missing')).toContainText('Terraform');
  const log = page.getByTestId('change-log');
  await expect(log.getByTestId('change').first()).toBeVisible();
  const work = log.locator('[data-testid=change][data-section=work]');
  await expect(work).toHaveCount(1);
  await expect(work).toContainText('Built payment APIs in Rust');
  await expect(log.locator('[data-testid=change][data-section=summary]')).toContainText('Backend Engineer with 9+ years of experience');
  await expect(log.locator('[data-testid=change][data-section=skills]')).toContainText('Kubernetes');
  await page.getByTestId('tailor-diff').locator('summary').click();
  await expect(page.getByTestId('tailor-diff').locator('tr[data-kind]').first()).toBeVisible();
  await expectAccessible(page, info);
  await shot(page, info, 'tailor-en');

  // Reject the reordered highlights; accept the rest.
  await work.getByRole('checkbox').uncheck();
  await page.getByRole('button', { name: 'Accept the ticked changes' }).click();
  await expect(page).toHaveURL(/\/resumes\/\d+\?version=2$/);
  await expect(page.getByTestId('version')).toHaveText('Version 2');
  await expect(page.getByTestId('history')).toContainText('Tailored for Senior Backend Engineer — Ledgerly');
  const preview = page.getByTestId('preview');
  await expect(preview).toContainText('Backend Engineer with 9+ years of experience');
  await expect(preview).toContainText('Kubernetes');
  // The rejected change was not made: the offsite still comes first.
  await expect(preview.locator('li').first()).toHaveText('Organised the team offsite.');
  await settled(page, info);

  // The tailoring page now says where its result went.
  await page.goBack();
  await page.reload();
  await expect(page.getByTestId('accepted')).toContainText('Accepted as version 2');
  await settled(page, info);
  await shot(page, info, 'tailor-accepted');
});

test('a user writes a cover letter in each tone, edits it, and downloads it; an Arabic one reads back', async ({ page }, info) => {
  await newUser(page, info, 'letters');
  await resumeAndJob(page, info);
  const jobPage = page.url();
  const greetings = {
    professional: 'Dear Hiring Manager,',
    enthusiastic: 'Dear Hiring Team,',
    formal: 'Dear Sir or Madam,',
  };
  for (const [tone, greeting] of Object.entries(greetings)) {
    await page.goto(jobPage);
    await settled(page, info);
    const form = page.getByTestId('cover-letter-form');
    await form.getByLabel('Tone').selectOption(tone);
    await form.getByLabel('Length').selectOption('medium');
    await form.getByLabel('Language of the letter').selectOption('en');
    await form.getByRole('button', { name: 'Write the letter' }).click();
    await expect(page).toHaveURL(/\/documents\/\d+$/);
    await expect(page.getByTestId('document-title')).toHaveText('Cover letter — Senior Backend Engineer at Ledgerly');
    const preview = page.getByTestId('document-preview');
    await expect(preview).toContainText(greeting);
    await expect(preview).toContainText('Grace Hopper');
    await expect(preview).not.toContainText('Terraform');
    await expect(page.getByTestId('history')).toContainText(`${tone} · medium · made without a language model`);
  }
  await expect(page.getByTestId('reading')).toContainText(/\d+ words · 1 min read/);
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'cover-letter-en');

  // An edit is a new version; with JavaScript the preview follows the typing.
  const text = page.getByLabel('Text (Markdown)');
  const letter = await text.inputValue();
  await text.fill(`${letter}\n\nP.S. I can start in **March**.`);
  if (jsEnabled(info)) {
    await expect(page.getByTestId('document-preview').locator('strong')).toHaveText('March');
  }
  await page.getByLabel('What changed (optional)').fill('start date');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByTestId('version')).toHaveText('Version 2');
  await expect(page.getByTestId('document-preview')).toContainText('P.S. I can start in March.');
  await expect(page.getByTestId('history')).toContainText('“start date”');
  await settled(page, info);
  const pdf = await download(page, page.getByTestId('pdf-link'));
  const pdfPath = join(info.outputDir, 'letter.pdf');
  await pdf.saveAs(pdfPath);
  const read = pdfText(pdfPath);
  expect(read).toContain('Dear Sir or Madam,');
  expect(read).toContain('P.S. I can start in March.');
  const markdown = await download(page, page.getByTestId('markdown-link'));
  expect(markdown.suggestedFilename()).toBe('Cover-letter-Senior-Backend-Engineer-at-Ledgerly.md');

  // The letters are listed under their type, with their job.
  await page.getByRole('banner').getByRole('link', { name: 'Documents' }).click();
  await expect(page).toHaveURL(/\/documents$/);
  const letters = page.getByTestId('group-cover_letter');
  await expect(letters.getByTestId('document-item')).toHaveCount(3);
  await expect(letters).toContainText('for Senior Backend Engineer — Ledgerly');
  await settled(page, info);
  await expectAccessible(page, info);

  // A portfolio page uploaded as Markdown keeps its file.
  const file = join(info.outputDir, 'case-study.md');
  writeFileSync(file, '# Case study\n\nHow the ledger was built.');
  const upload = page.getByTestId('upload-document-form');
  await upload.getByLabel('The file').setInputFiles(file);
  await upload.getByLabel('Type').selectOption('portfolio');
  await upload.getByRole('button', { name: 'Upload' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByTestId('document-title')).toHaveText('case-study');
  await expect(page.getByTestId('document-preview')).toContainText('How the ledger was built.');
  await expect(page.getByTestId('original-file')).toContainText('case-study.md');
  await settled(page, info);
  await page.goto('/documents');
  await shot(page, info, 'documents-en');

  // In Arabic: right to left, and the PDF reads back in order.
  await page.goto(jobPage);
  await settled(page, info);
  const form = page.getByTestId('cover-letter-form');
  await form.getByLabel('Tone').selectOption('formal');
  await form.getByLabel('Language of the letter').selectOption('ar');
  await form.getByRole('button', { name: 'Write the letter' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByTestId('document-title')).toHaveText('رسالة تغطية — Senior Backend Engineer لدى Ledgerly');
  await expect(page.getByTestId('document-preview')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('document-preview')).toContainText('حضرات السادة المحترمين،');
  await settled(page, info);
  await shot(page, info, 'cover-letter-ar');
  const arabic = await download(page, page.getByTestId('pdf-link'));
  const arabicPath = join(info.outputDir, 'letter-ar.pdf');
  await arabic.saveAs(arabicPath);
  const arabicText = pdfText(arabicPath);
  expect(arabicText).toContain('حضرات السادة المحترمين،');
  expect(arabicText).toContain('Grace Hopper');
});
