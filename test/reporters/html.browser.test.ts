/**
 * The HTML report opened from file:// in real Chromium (one browser for the file): it makes no request
 * beyond file://, shows the summary, its filters hide and show findings and work from the keyboard, text
 * meets 4.5:1 contrast, headings do not skip levels, hostile strings stay text, and review and log-audit
 * results render too. The outline of the rendered page is a golden file (update: `npx vitest run -u
 * test/reporters`).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/index.js';
import { renderHtml } from '../../src/reporters/html.reporter.js';
import { GOLDEN_DIR, hostile, PWNED, RESULTS_DIR, sample } from './samples.js';

/** A review that found nothing: no findings, sections, chart, settings or errors. */
function empty(): RunResult {
  const r = sample('review');
  r.findings = [];
  delete r.sections;
  r.summary = { ...r.summary, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, score: 100, grade: 'A' };
  return r;
}

const dir = mkdtempSync(join(tmpdir(), 'fid-html-'));
let browser: Browser;

beforeAll(async () => {
  cpSync(join(RESULTS_DIR, 'screenshots'), join(dir, 'screenshots'), { recursive: true });
  for (const [name, result] of [['scan', sample('scan')], ['review', sample('review')], ['logs', sample('logs-audit')], ['hostile', hostile()], ['empty', empty()]] as const) {
    writeFileSync(join(dir, `${name}.html`), renderHtml(result));
  }
  browser = await chromium.launch({
    executablePath: process.env.FIDUCIARY_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Open a report, recording every request and console error since this navigation. One page is reused
 * for every report: creating pages is the slow part on a busy machine.
 */
let shared: { page: Page; requests: string[]; errors: string[] } | undefined;
async function open(name: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  if (!shared) {
    const page = await browser.newPage();
    page.setDefaultTimeout(90_000); // a busy machine, not a slow report: no assertion is about time
    const s = { page, requests: [] as string[], errors: [] as string[] };
    page.on('request', (r) => s.requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && s.errors.push(m.text()));
    page.on('pageerror', (e) => s.errors.push(String(e)));
    shared = s;
  }
  shared.requests.length = 0;
  shared.errors.length = 0;
  await shared.page.emulateMedia({ media: 'screen' });
  await shared.page.goto(pathToFileURL(join(dir, `${name}.html`)).href);
  await shared.page.waitForSelector('html[data-rendered="true"]');
  return shared;
}

/** Landmarks, headings (indented by level) and findings in document order. */
const outlineOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('header, nav, main, footer, h1, h2, h3, h4, article')].map((e) =>
      e.tagName === 'ARTICLE' ? `      article ${e.getAttribute('data-finding-id')} ${e.getAttribute('data-severity')} ${e.getAttribute('data-outcome')}` : /^H\d$/.test(e.tagName) ? `${'  '.repeat(Number(e.tagName[1]) - 1)}${e.tagName.toLowerCase()} ${e.textContent}` : `[${e.tagName.toLowerCase()}]`,
    ),
  );

const visibleIds = (page: Page) => page.$$eval('article.finding:not([hidden])', (as) => as.map((a) => a.getAttribute('data-finding-id')));

describe('html report in Chromium', { timeout: 120_000 }, () => {
  it('scan: offline, summary first, filters by severity and page, keyboard, contrast, outline', async () => {
    const { page, requests, errors } = await open('scan');
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(requests.filter((u) => u.includes('/screenshots/'))).toHaveLength(2);
    expect(errors).toEqual([]);
    expect(await page.$$eval('figure img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual([160, 160]);

    // Summary: grade with method, counts, the three worst in plain words.
    expect(await page.isVisible('#summary .grade')).toBe(true);
    expect(await page.getAttribute('#summary .grade', 'aria-label')).toBe('Grade F, score 0 out of 100');
    expect(await page.textContent('#summary .method')).toContain('subtract 25 per critical');
    expect(await page.$$eval('#summary .counts li', (lis) => lis.map((l) => l.textContent))).toEqual(['3 Critical', '4 High', '2 Medium', '2 Low', '0 Info']);
    const worst = await page.$$eval('#summary .worst li', (lis) => lis.map((l) => l.textContent ?? ''));
    expect(worst).toHaveLength(3);
    expect(worst.every((w) => w.startsWith('Critical'))).toBe(true);
    expect(worst.join(' ')).toContain('face recognition');
    expect(await page.$$eval('#third-parties svg rect', (r) => r.length)).toBe(8);

    // Default view: problems and errors, not passes.
    const all = await visibleIds(page);
    expect(all).toHaveLength(12);
    expect(all).not.toContain('f-matomo-3e4f');
    await page.check('#flt-pass');
    expect(await visibleIds(page)).toContain('f-matomo-3e4f');
    await page.uncheck('#flt-pass');
    // Severity filter.
    await page.uncheck('#flt-critical');
    const noCritical = await visibleIds(page);
    expect(noCritical).toHaveLength(9);
    expect(noCritical).not.toContain('f-face-1a2b');
    expect(await page.textContent('#filter-status')).toBe('Showing 9 of 13 findings.');
    await page.check('#flt-critical');
    // Page filter: only what was seen on the account page; groups without a visible finding disappear.
    await page.selectOption('#flt-page', 'https://library.example.org/account');
    expect((await visibleIds(page)).sort()).toEqual(['f-err-5a6b', 'f-face-1a2b', 'f-fonts-9a0b', 'f-ga-5c6d', 'f-replay-3c4d']);
    expect(await page.isVisible('section.group:has(h3:text("Meta Pixel"))')).toBe(false);
    await page.selectOption('#flt-page', '');

    // Keyboard: Tab reaches the "High" checkbox with a visible focus ring, Space toggles it.
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'flt-high'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('flt-high');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Space');
    expect(await visibleIds(page)).toHaveLength(8);
    await page.keyboard.press('Space');
    expect(await visibleIds(page)).toHaveLength(12);

    // Contrast: every element with its own text, against its effective background.
    const low = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const bg = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        if (!(el instanceof HTMLElement) || !el.offsetParent || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
        const l1 = lum(rgb(getComputedStyle(el).color));
        const l2 = lum(bg(el));
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        if (ratio < 4.5) out.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
      }
      return out;
    });
    expect(low).toEqual([]);

    // Landmarks and heading order (no level skipped), then the outline as a golden file.
    const outline = await outlineOf(page);
    const levels = outline.filter((l) => /^\s*h\d /.test(l)).map((l) => Number(/h(\d)/.exec(l)![1]));
    expect(levels[0]).toBe(1);
    levels.forEach((lv, i) => i > 0 && expect(lv - levels[i - 1]!).toBeLessThanOrEqual(1));
    expect(outline.slice(0, 4)).toEqual(['[header]', 'h1 Privacy audit: https://library.example.org/', '[nav]', '[main]']);
    await expect(`${outline.join('\n')}\n`).toMatchFileSnapshot(join(GOLDEN_DIR, 'scan.html-outline.txt'));

    // Print: the controls disappear, the findings stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#filters')).toBe(false);
    expect(await page.isVisible('article[data-finding-id="f-face-1a2b"]')).toBe(true);
  });

  it('hostile strings render as text and trigger nothing', async () => {
    const { page, requests } = await open('hostile');
    expect(await page.evaluate((k) => (window as unknown as Record<string, unknown>)[k], PWNED)).toBeUndefined();
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(await page.textContent('h1')).toContain('</script><script>window.');
    expect(await page.$$eval('article h4', (h) => h.map((x) => x.textContent).join())).toContain('Evil </script><script>');
    expect(await page.$$eval('img', (imgs) => imgs.map((i) => i.getAttribute('src')))).toEqual(['screenshots/search-results.png']);
    expect(await page.$$('[onload], [onerror], [onclick], style:not(:first-of-type)')).toHaveLength(0);
    expect(await page.$$eval('script', (s) => s.length)).toBe(2);
    expect(await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')).filter((h) => !/^(#|https:)/.test(h!)))).toEqual([]);
    expect(await page.isVisible('main')).toBe(true);
    // Defence in depth: even markup injected at run time cannot fetch from the network (the policy refuses).
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'http://127.0.0.1:9/beacon.png';
      document.body.appendChild(img);
    });
    await expect.poll(() => failed).toEqual(['http://127.0.0.1:9/beacon.png csp']);
  });

  it('contract review and log audit results render with quotes and sections', async () => {
    const review = await open('review');
    expect(review.errors).toEqual([]);
    expect(await review.page.textContent('h1')).toContain('contracts/overdrive-license-2025.pdf');
    expect(await review.page.textContent('header')).toContain('Contract review');
    const quote = await review.page.textContent('article[data-finding-id="r-share-1a"] blockquote');
    expect(quote).toContain('for marketing purposes');
    expect(quote).toContain('page 4, section 7.2');
    expect(await review.page.$$eval('section:has(h2:text("Questions for the vendor")) tbody tr', (r) => r.length)).toBe(3);
    expect(await review.page.$$eval('a.cite', (as) => as.some((a) => a.getAttribute('href') === 'https://www.ala.org/advocacy/privacy/guidelines/vendors'))).toBe(true);
    expect(await review.page.isVisible('#third-parties')).toBe(false);
    await expect(`${(await outlineOf(review.page)).join('\n')}\n`).toMatchFileSnapshot(join(GOLDEN_DIR, 'review.html-outline.txt'));

    const logs = await open('logs');
    expect(logs.errors).toEqual([]);
    expect(await logs.page.textContent('header')).toContain('Log audit');
    expect(await logs.page.$$eval('section:has(h2:text("Log statistics")) tbody tr', (r) => r.map((x) => x.textContent))).toEqual(['JSTOR184022109', 'ProQuest93210443', 'Other<1061']);
    expect(await visibleIds(logs.page)).toEqual(['l-ret-1a', 'l-ip-2b']);
    await expect(`${(await outlineOf(logs.page)).join('\n')}\n`).toMatchFileSnapshot(join(GOLDEN_DIR, 'logs-audit.html-outline.txt'));

    // A run with nothing to report still renders a complete page.
    const empty = await open('empty');
    expect(empty.errors).toEqual([]);
    expect(await empty.page.textContent('#summary')).toContain('No problems were found.');
    expect(await empty.page.textContent('#findings')).toContain('Nothing to report.');
    expect(await empty.page.textContent('#filter-status')).toBe('Showing 0 of 0 findings.');
  });
});
