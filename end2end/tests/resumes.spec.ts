import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Download, expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';
import { expectAccessible, jsEnabled, settled, shot, signIn, signUp, uniqueEmail } from './support';

const password = 'a long and uncommon phrase';

/** Clicks a download link and waits for the file. */
async function download(page: Page, link: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return file;
}

/** Opens the resume page's JSON editor (a closed disclosure until needed). */
async function openJson(page: Page): Promise<void> {
  const details = page.getByTestId('json-editor');
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').click();
  }
}

async function newUser(page: Page, info: TestInfo, label: string): Promise<void> {
  const email = uniqueEmail(info, label);
  await signUp(page, info, email, password);
  await signIn(page, info, email, password);
}

const RESUME = {
  basics: { name: 'Grace Hopper', label: 'Backend Engineer', email: 'grace@example.com' },
  work: [
    {
      name: 'Remington Rand',
      position: 'Backend Engineer',
      startDate: '2019-03',
      highlights: ['Built payment APIs in Rust and PostgreSQL serving 2M requests a day.', 'Mentored four engineers.'],
    },
  ],
  education: [{ institution: 'Yale University', studyType: 'PhD', area: 'Mathematics', startDate: '1930', endDate: '1934' }],
  skills: [{ name: 'Backend', keywords: ['Rust', 'PostgreSQL', 'Docker'] }],
  'x-custom': { kept: true },
};

const TEXT_RESUME = `Omar Haddad
Registered Nurse
omar.haddad@example.com | +44 7700 900123 | Leeds, UK

EXPERIENCE
Staff Nurse, St James's University Hospital
Jan 2020 – Present
- Cared for 8 patients per shift on a surgical ward
- Trained 5 new nurses

EDUCATION
BSc Nursing, University of Leeds, 2016 – 2019

SKILLS
Patient Care, IV Therapy, Wound Care
`;

test('a user adds resumes, edits one into new versions, and sees it against a job', async ({ page }, info) => {
  await newUser(page, info, 'resumes');
  await page.getByRole('banner').getByRole('link', { name: 'Resumes' }).click();
  await expect(page).toHaveURL(/\/resumes$/);
  await expect(page.getByTestId('resumes-empty')).toBeVisible();
  await settled(page, info);

  // A JSON Resume is kept exactly.
  await page.getByLabel('Resume text or JSON Resume').fill(JSON.stringify(RESUME, null, 2));
  await page.getByRole('button', { name: 'Add the resume' }).click();
  await expect(page).toHaveURL(/\/resumes\/\d+$/);
  await expect(page.getByTestId('preview-name')).toHaveText('Grace Hopper');
  await expect(page.getByTestId('preview')).toContainText('Remington Rand');
  await expect(page.getByTestId('version')).toHaveText('Version 1');
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'resume-en');

  // Editing makes version 2; version 1 stays as it was.
  const edited = { ...RESUME, basics: { ...RESUME.basics, label: 'Principal Engineer' } };
  await openJson(page);
  await page.getByLabel('The JSON Resume').fill(JSON.stringify(edited, null, 2));
  await page.getByLabel('What changed (optional)').fill('promotion');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByTestId('version')).toHaveText('Version 2');
  await expect(page.getByTestId('preview')).toContainText('Principal Engineer');
  await expect(page.getByTestId('history')).toContainText('“promotion”');
  await settled(page, info);
  // Side by side: the changed line, old and new.
  await page.getByTestId('compare-form').getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/compare=1&with=2/);
  const changed = page.getByTestId('diff').locator('tr[data-kind=changed]');
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('td').first()).toContainText('"label": "Backend Engineer"');
  await expect(changed.locator('td').nth(1)).toContainText('"label": "Principal Engineer"');
  await settled(page, info);
  await shot(page, info, 'resume-diff-en');
  // A broken document is refused with the reason.
  await openJson(page);
  await page.getByLabel('The JSON Resume').fill('{"work": 5}');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByRole('alert')).toContainText('"work" must be a list');
  await page.goto(page.url().replace(/\?.*$/, ''));
  await expect(page.getByTestId('version')).toHaveText('Version 2');
  await settled(page, info);

  // The old version, restored.
  await page.getByTestId('history').getByRole('link', { name: 'Version 1' }).click();
  await expect(page.getByTestId('preview')).toContainText('Backend Engineer');
  await settled(page, info);
  await page.getByTestId('history').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('version')).toHaveText('Version 3');
  await settled(page, info);

  // The download is the document, exactly.
  const saved = await download(page, page.getByRole('link', { name: 'Download JSON Resume' }));
  expect(JSON.parse(readFileSync(await saved.path(), 'utf8'))).toEqual(RESUME);

  // Text is read into sections.
  await page.goto('/resumes');
  await settled(page, info);
  await page.getByLabel('Resume text or JSON Resume').fill(TEXT_RESUME);
  await page.getByRole('button', { name: 'Add the resume' }).click();
  await expect(page.getByTestId('preview-name')).toHaveText('Omar Haddad');
  await expect(page.getByTestId('preview')).toContainText("St James's University Hospital");
  await expect(page.getByTestId('preview')).toContainText('University of Leeds');
  await page.goto('/resumes');
  await expect(page.getByTestId('resume-item')).toHaveCount(2);
  await expect(page.getByTestId('resume-item').first()).toContainText('Grace Hopper');
  await expect(page.getByTestId('primary-badge')).toHaveCount(1);
  await expectAccessible(page, info);
  // In Arabic, the list reads right to left.
  await page.goto('/lang/ar?next=/resumes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('السير الذاتية');
  await expect(page.getByTestId('primary-badge')).toHaveText('الأساسية');
  await settled(page, info);
  await shot(page, info, 'resumes-ar');
  await page.goto('/lang/en?next=/resumes');

  // A job seen against the primary resume.
  await page.goto('/jobs/new');
  await settled(page, info);
  await page.getByLabel('Job title').fill('Senior Backend Engineer');
  await page.getByLabel('Description').fill('You build APIs in Rust and PostgreSQL, run Kubernetes, and mentor others. 5+ years.');
  await page.getByRole('button', { name: 'Save the job' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Backend Engineer');
  await expect(page.getByTestId('fit')).toContainText('Grace Hopper');
  const score = Number(await page.getByTestId('fit-score').textContent());
  expect(score).toBeGreaterThan(40);
  await expect(page.getByTestId('fit-missing')).toContainText('Kubernetes');
  await page.goto('/jobs');
  await expect(page.getByTestId('card').first()).toContainText(`Match ${score}`);
});

const FILES = join(__dirname, '../../server/core/tests/fixtures/resumes/files');

test('a user uploads a PDF, a Word file and a JSON Resume, and a wrong file is refused', async ({ page }, info) => {
  await newUser(page, info, 'uploads');
  await page.goto('/resumes');
  await settled(page, info);

  // A two-column PDF: the sidebar and the main column are both read.
  await page.getByLabel('Your resume file').setInputFiles(join(FILES, 'classic_caps_software.sidebar.pdf'));
  await page.getByRole('button', { name: 'Upload and read it' }).click();
  await expect(page).toHaveURL(/\/resumes\/\d+$/);
  await expect(page.getByTestId('preview-name')).toHaveText(/Daniel Okafor/i);
  await expect(page.getByTestId('preview')).toContainText('Lonestar Payments');
  await expect(page.getByTestId('preview')).toContainText('Baylor University');
  await expect(page.getByTestId('history')).toContainText('read from a file');
  await expect(page.getByTestId('original-file')).toContainText('classic_caps_software.sidebar.pdf');
  await settled(page, info);
  await shot(page, info, 'resume-from-pdf');
  const original = await download(page, page.getByTestId('original-file').getByRole('link'));
  expect(readFileSync(await original.path())).toEqual(readFileSync(join(FILES, 'classic_caps_software.sidebar.pdf')));

  // A Word document with tables.
  await page.goto('/resumes');
  await settled(page, info);
  await page.getByLabel('Your resume file').setInputFiles(join(FILES, 'nurse.docx'));
  await page.getByRole('button', { name: 'Upload and read it' }).click();
  await expect(page).toHaveURL(/\/resumes\/\d+$/);
  await expect(page.getByTestId('preview-name')).toHaveText('Grace Nakamura-Reid');
  await settled(page, info);

  // A JSON Resume file is kept exactly.
  await page.goto('/resumes');
  await settled(page, info);
  await page.getByLabel('Your resume file').setInputFiles({
    name: 'resume.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(RESUME)),
  });
  await page.getByRole('button', { name: 'Upload and read it' }).click();
  await expect(page.getByTestId('preview-name')).toHaveText('Grace Hopper');
  const saved = await download(page, page.getByRole('link', { name: 'Download JSON Resume' }));
  expect(JSON.parse(readFileSync(await saved.path(), 'utf8'))).toEqual(RESUME);

  // An image named .pdf is refused with the reason, and nothing is added.
  await page.goto('/resumes');
  await settled(page, info);
  await page.getByLabel('Your resume file').setInputFiles({
    name: 'resume.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('\x89PNG\r\n\x1a\n0000 not a resume', 'latin1'),
  });
  await page.getByRole('button', { name: 'Upload and read it' }).click();
  await expect(page).toHaveURL(/upload_error=wrong_type/);
  await expect(page.getByTestId('upload-error')).toContainText('This kind of file cannot be read');
  await expect(page.getByTestId('resume-item')).toHaveCount(3);
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'resume-upload-refused');
});

/** The text of a PDF, as poppler's pdftotext reads it (bidi marks dropped). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
}

const ARABIC = {
  basics: { name: 'سارة القحطاني', label: 'مهندسة برمجيات', email: 'sara@example.com' },
  work: [{ name: 'مصرف الراجحي', position: 'مهندسة برمجيات أولى', startDate: '2021-01', highlights: ['قيادة فريق من خمسة مطورين.'] }],
  meta: { language: 'ar' },
};

test('a resume downloads as a PDF in each template, and an Arabic one reads right to left', async ({ page }, info) => {
  await newUser(page, info, 'pdfs');
  await page.goto('/resumes');
  await settled(page, info);
  await page.getByLabel('Resume text or JSON Resume').fill(JSON.stringify(RESUME));
  await page.getByRole('button', { name: 'Add the resume' }).click();
  await expect(page.getByTestId('preview-name')).toHaveText('Grace Hopper');
  await settled(page, info);
  for (const name of ['Classic', 'Modern', 'Compact']) {
    const saved = await download(page, page.getByTestId('pdf-links').getByRole('link', { name }));
    expect(saved.suggestedFilename()).toMatch(new RegExp(`-${name.toLowerCase()}\\.pdf$`));
    const text = pdfText(await saved.path());
    expect(text).toContain('Grace Hopper');
    expect(text).toContain('Remington Rand');
    expect(text).toContain('Built payment APIs in Rust and PostgreSQL');
    expect(text).toContain('Yale University');
  }

  await page.goto('/resumes');
  await settled(page, info);
  await page.getByLabel('Resume text or JSON Resume').fill(JSON.stringify(ARABIC));
  await page.getByRole('button', { name: 'Add the resume' }).click();
  await expect(page.getByTestId('preview-name')).toHaveText('سارة القحطاني');
  await settled(page, info);
  const arabic = await download(page, page.getByTestId('pdf-links').getByRole('link', { name: 'Modern' }));
  const text = pdfText(await arabic.path());
  expect(text).toContain('سارة القحطاني');
  expect(text).toContain('مصرف الراجحي');
  expect(text).toContain('قيادة فريق من خمسة مطورين.');
  await shot(page, info, 'resume-arabic-pdf-links');
});

test('the quality check points at weak lines and checks keywords against a chosen job', async ({ page }, info) => {
  await newUser(page, info, 'quality');
  await page.goto('/jobs/new');
  await settled(page, info);
  await page.getByLabel('Job title').fill('Platform Engineer');
  await page.getByLabel('Description').fill('You run Kubernetes and Terraform, and write Rust and PostgreSQL.');
  await page.getByRole('button', { name: 'Save the job' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Platform Engineer');

  const weak = {
    ...RESUME,
    work: [
      {
        name: 'Remington Rand',
        position: 'Backend Engineer',
        startDate: '2019-03',
        highlights: ['Responsible for the payment APIs of the whole company.', 'Built payment APIs in Rust and PostgreSQL serving 2M requests a day.'],
      },
    ],
  };
  await page.goto('/resumes');
  await settled(page, info);
  await page.getByLabel('Resume text or JSON Resume').fill(JSON.stringify(weak));
  await page.getByRole('button', { name: 'Add the resume' }).click();
  await expect(page.getByTestId('preview-name')).toHaveText('Grace Hopper');
  const quality = page.getByTestId('quality');
  await expect(quality.getByTestId('quality-score')).toHaveText(/^\d+$/);
  const finding = quality.locator('li[data-kind=weak_verb]');
  await expect(finding).toHaveAttribute('data-path', '/work/0/highlights/0');
  await expect(finding.locator('blockquote')).toHaveText('Responsible for the payment APIs of the whole company.');
  await settled(page, info);

  await quality.getByLabel('Check against a job').selectOption({ label: 'Platform Engineer' });
  await quality.getByRole('button', { name: 'Check' }).click();
  await expect(page).toHaveURL(/check_job=\d+/);
  const keywords = page.getByTestId('quality-keywords');
  await expect(keywords).toContainText('Rust × 2');
  await expect(keywords).toContainText('Kubernetes × 0');
  await expect(page.getByTestId('quality').locator('li[data-kind=keyword]').first()).toBeVisible();
  await settled(page, info);
  await expectAccessible(page, info);
  await shot(page, info, 'resume-quality');
});

test('a user edits every part of a resume in the structured editor', async ({ page }, info) => {
  const js = jsEnabled(info);
  await newUser(page, info, 'editor');
  await page.goto('/resumes');
  // Hydration would reset a text typed in before it.
  await settled(page, info);
  await page.getByLabel('Resume text or JSON Resume').fill(JSON.stringify(RESUME));
  await page.getByRole('button', { name: 'Add the resume' }).click();
  await expect(page).toHaveURL(/\/resumes\/\d+$/);
  const resumeUrl = page.url();
  await settled(page, info);
  await page.getByTestId('edit-link').click();
  await expect(page).toHaveURL(/\/resumes\/\d+\/edit$/);
  await expect(page.getByLabel('Full name')).toHaveValue('Grace Hopper');
  const editor = page.getByTestId('editor');
  // Every section of the JSON Resume schema is there.
  for (const section of ['Basics', 'Profiles', 'Work experience', 'Volunteering', 'Education', 'Awards', 'Certificates',
    'Publications', 'Skills', 'Languages', 'Interests', 'References', 'Projects']) {
    await expect(editor.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }
  await settled(page, info);
  await expectAccessible(page, info);
  const preview = page.getByTestId('preview');

  // A new headline: live with JavaScript, after "Preview changes" without.
  await page.getByLabel('Headline').fill('Staff Engineer');
  if (!js) {
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await expect(page.getByTestId('draft-banner')).toBeVisible();
  } else {
    await expect(page.getByRole('button', { name: 'Preview changes' })).toBeHidden();
  }
  await expect(preview).toContainText('Staff Engineer');

  // A second job, added, typed in with a wrong date: the save is refused and
  // names the field; the typing is kept.
  await page.getByRole('button', { name: 'Add · Work experience' }).click();
  const second = page.getByTestId('entry-work-1');
  await expect(second).toBeVisible();
  await second.getByLabel('Position').fill('Programmer');
  await second.getByLabel('Company', { exact: true }).fill('Harvard Computation Lab');
  await second.getByLabel('Start').fill('March 1944');
  await second.getByLabel('End').fill('1949');
  if (js) {
    await expect(second.getByText('Write the date as YYYY, YYYY-MM or YYYY-MM-DD')).toBeVisible();
    await expect(preview).toContainText('Harvard Computation Lab');
  }
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page).toHaveURL(/refused=1/);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not saved yet');
  await expect(alert.getByRole('link', { name: 'Work experience 2 · Start' })).toBeVisible();
  await expect(page.getByTestId('entry-work-1').getByLabel('Position')).toHaveValue('Programmer');
  await settled(page, info);
  await shot(page, info, 'resume-editor-refused');
  await page.getByTestId('entry-work-1').getByLabel('Start').fill('1944-03');

  // The new job moves above the first; a language is added; the old education goes.
  await page.getByRole('button', { name: 'Move up · Work experience 2' }).click();
  await expect(page.getByTestId('entry-work-0').getByRole('heading')).toContainText('Programmer · Harvard Computation Lab');
  await expect(page.getByTestId('entry-work-0').getByLabel('Start')).toHaveValue('1944-03');
  await page.getByRole('button', { name: 'Add · Languages' }).click();
  await page.getByTestId('entry-languages-0').getByLabel('Language', { exact: true }).fill('French');
  await page.getByTestId('entry-languages-0').getByLabel('Fluency').fill('Fluent');
  await page.getByRole('button', { name: 'Remove · Education 1' }).click();
  await expect(page.getByTestId('entry-education-0')).toHaveCount(0);
  await page.getByTestId('entry-skills-0').getByLabel('Keywords').fill('Rust\nPostgreSQL\nCOBOL');
  if (js) {
    // The preview follows every change, in order.
    await expect(preview).toContainText('French (Fluent)');
    await expect(preview).toContainText('COBOL');
    await expect(preview).not.toContainText('Yale University');
  }
  await settled(page, info);
  await shot(page, info, 'resume-editor');

  await page.getByLabel('What changed (optional)').fill('added Harvard');
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page).toHaveURL(resumeUrl);
  await expect(page.getByTestId('version')).toHaveText('Version 2');
  await expect(page.getByTestId('history')).toContainText('“added Harvard”');
  const shown = page.getByTestId('preview');
  await expect(shown).toContainText('Staff Engineer');
  await expect(shown).toContainText('French (Fluent)');
  await expect(shown).not.toContainText('Yale University');
  await settled(page, info);
  const saved = await download(page, page.getByRole('link', { name: 'Download JSON Resume' }));
  const doc = JSON.parse(readFileSync(await saved.path(), 'utf8'));
  expect(doc['x-custom']).toEqual({ kept: true });
  expect(doc.work.map((w: { name: string }) => w.name)).toEqual(['Harvard Computation Lab', 'Remington Rand']);
  expect(doc.work[0]).toEqual({ position: 'Programmer', name: 'Harvard Computation Lab', startDate: '1944-03', endDate: '1949' });
  expect(doc.work[1]).toEqual(RESUME.work[0]);
  expect(doc.education).toEqual([]);
  expect(doc.skills[0].keywords).toEqual(['Rust', 'PostgreSQL', 'COBOL']);
  expect(doc.languages).toEqual([{ language: 'French', fluency: 'Fluent' }]);

  // The editor opens the new version, with no draft left.
  await page.getByTestId('edit-link').click();
  await expect(page.getByLabel('Headline')).toHaveValue('Staff Engineer');
  await expect(page.getByTestId('draft-banner')).toHaveCount(0);
  await settled(page, info);
  if (js) {
    // From the keyboard: a moved entry keeps the focus on its button, so it can
    // move again; a new entry's first field takes the focus.
    await page.getByRole('button', { name: 'Move down · Work experience 1' }).click();
    await expect(page.getByRole('button', { name: 'Move up · Work experience 2' })).toBeFocused();
    await expect(page.getByTestId('entry-work-1').getByLabel('Position')).toHaveValue('Programmer');
    await page.getByRole('button', { name: 'Add · Projects' }).click();
    await expect(page.getByTestId('entry-projects-0').getByLabel('Project', { exact: true })).toBeFocused();
  }

  // In Arabic, right to left.
  await page.goto(`/lang/ar?next=${new URL(page.url()).pathname}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('تحرير السيرة الذاتية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByLabel('المسمى المهني').first()).toHaveValue('Staff Engineer');
  await settled(page, info);
  await shot(page, info, 'resume-editor-ar');
});
