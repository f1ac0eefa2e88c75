/**
 * The PDF reporter: Chromium prints the HTML report, so both formats show the same thing. The HTML is
 * written next to the other reports (screenshot refs are relative to that directory), opened from
 * `file://` with every non-file request refused, and printed on A4 with a header naming the audited target
 * and a footer with page numbers.
 */
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FiduciaryError, type RunResult } from '../model/index.js';
import { escapeHtml, renderHtml } from './html.reporter.js';
import type { ReportContext, Reporter } from './types.js';

/** Debian's Chromium unless the caller or FIDUCIARY_CHROMIUM says otherwise. */
function chromiumPath(ctx: ReportContext): string {
  return ctx.chromiumPath ?? process.env.FIDUCIARY_CHROMIUM ?? '/usr/bin/chromium';
}

const FLAGS = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/** Print a result to PDF bytes. */
export async function renderPdf(result: RunResult, ctx: ReportContext = {}): Promise<Uint8Array> {
  const args = [...FLAGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  // Loaded here, not at the top: the other formats (and `report diff`) should not pay for a browser driver.
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(ctx), headless: true, args });
  } catch (err) {
    throw new FiduciaryError('FID_BROWSER_LAUNCH', `Could not start Chromium to print the PDF report (${chromiumPath(ctx)}). Install it or set FIDUCIARY_CHROMIUM.`, { cause: err });
  }
  // A hidden file inside the output directory, so relative screenshot refs resolve; removed afterwards.
  const file = join(ctx.outDir ?? tmpdir(), `.fiduciary-print-${randomUUID()}.html`);
  try {
    await writeFile(file, renderHtml(result));
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-rendered="true"]', { timeout: 120_000 });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
        headerTemplate: `<div style="font-size:8px;width:100%;padding:0 14mm;color:#4b5563;">Fiduciary privacy report · ${escapeHtml(result.target)} · ${escapeHtml(result.startedAt.slice(0, 10))}</div>`,
        footerTemplate: '<div style="font-size:8px;width:100%;padding:0 14mm;color:#4b5563;text-align:right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      });
      return new Uint8Array(pdf);
    } finally {
      await rm(file, { force: true });
    }
  } catch (err) {
    if (err instanceof FiduciaryError) throw err;
    throw new FiduciaryError('FID_INTERNAL', `Printing the PDF report failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  } finally {
    await browser.close();
  }
}

export const pdfReporter: Reporter = {
  extension: 'pdf',
  mediaType: 'application/pdf',
  render: renderPdf,
};
