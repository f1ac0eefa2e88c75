/**
 * The PDF report: Chromium prints the HTML report; poppler's pdftotext and pdftoppm read the result back.
 * Checks the expected text (summary, findings, citations, header and page-number footer), that pages render
 * to non-blank images, and that the scratch HTML used for printing is not left behind.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReports } from '../../src/reporters/index.js';
import { RESULTS_DIR, sample } from './samples.js';

const dir = mkdtempSync(join(tmpdir(), 'fid-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pdf reporter', () => {
  it('prints the scan report with header, page numbers and the findings', async () => {
    cpSync(join(RESULTS_DIR, 'screenshots'), join(dir, 'screenshots'), { recursive: true });
    const [file] = await writeReports(sample('scan'), { formats: ['pdf'], outDir: dir, basename: 'board' });
    expect(file).toBe(join(dir, 'board.pdf'));
    expect(readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dir).sort()).toEqual(['board.pdf', 'screenshots']);

    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file!], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(2);
    const text = execFileSync('pdftotext', ['-layout', file!, '-'], { encoding: 'utf8' });
    expect(text).toContain('Privacy audit: https://library.example.org/');
    expect(text).toContain('How the score is computed');
    expect(text).toContain('The 3 most serious problems');
    expect(text).toContain('Face check-in sends camera images to a face recognition service');
    expect(text).toContain('ALA opposes facial recognition software');
    expect(text).toContain('Consent comparison');
    // Filters are screen-only; header and footer appear on every page.
    expect(text).not.toContain('Include passed and other checks');
    expect(text.match(/Fiduciary privacy report · https:\/\/library\.example\.org\/ · 2026-03-02/g)).toHaveLength(pages);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);

    // Render the first two pages to greyscale images: they exist and are not blank.
    execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '2', file!, join(dir, 'page')]);
    const images = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
    expect(images).toHaveLength(2);
    for (const img of images) {
      const pgm = readFileSync(join(dir, img));
      // Binary PGM: "P5 <width> <height> 255" then one byte per pixel.
      const [header, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
      const pixels = pgm.subarray(header.length);
      expect(pixels.length).toBe(Number(w) * Number(h));
      const dark = pixels.filter((v) => v < 128).length;
      expect(dark / pixels.length).toBeGreaterThan(0.005);
    }
  }, 180_000); // Chromium start and print on a busy 2-core machine
});
