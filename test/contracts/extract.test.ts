/**
 * Extraction across formats on the corpus: page and paragraph positions, de-hyphenation, running headers
 * dropped, smart quotes straightened, and one clear error code per kind of broken file.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocument, sentencesOf } from '../../src/contracts/analyze.js';
import { extractFile, extractBytes } from '../../src/contracts/extract/index.js';
import { FiduciaryError } from '../../src/model/index.js';
import { CORPUS } from './evaluate.js';

const BAD = join(CORPUS, '..', 'bad');
const MB50 = 50 * 1024 * 1024;
const tmp = mkdtempSync(join(tmpdir(), 'fid-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (err) {
    expect(err).toBeInstanceOf(FiduciaryError);
    return (err as FiduciaryError).code;
  }
}

describe('extraction', () => {
  it('reads a PDF with pages, joins words hyphenated across lines and drops running headers and page numbers', async () => {
    const doc = await extractFile(join(CORPUS, '02-database-licence.pdf'), MB50);
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBeGreaterThanOrEqual(1);
    const s = sentencesOf(doc);
    expect(s.some((x) => x.text === 'The Licensor shall encrypt Patron Data in transit and at rest.')).toBe(true);
    expect(s.some((x) => /Licence Agreement - Confidential/.test(x.text) || /^Page \d+ of/.test(x.text))).toBe(false);
    const big = await extractFile(join(CORPUS, '25-large-licence-40p.pdf'), MB50);
    expect(big.pages).toBeGreaterThanOrEqual(40);
    const bs = sentencesOf(big);
    expect(bs.some((x) => /Master Licence and Services Agreement - Confidential/.test(x.text))).toBe(false);
    const located = analyzeDocument(big).matches.find((m) => m.topic === 'policy-changes');
    expect(located?.page).toBeGreaterThan(1);
    expect(located?.paragraph).toBeGreaterThanOrEqual(1);
  });

  it('rejoins a long word the PDF broke across two lines', async () => {
    const doc = await extractFile(join(CORPUS, '11-newspaper-archive-licence.pdf'), MB50);
    const text = sentencesOf(doc).map((x) => x.text).join(' ');
    expect(text).toContain('Access logs are retained for no longer than twelve months and then destroyed.');
    expect(text).not.toMatch(/\b[a-z]+- [a-z]+/);
  });

  it('reads DOCX, HTML, Markdown and text into paragraphs, with smart quotes straightened', async () => {
    const docx = sentencesOf(await extractFile(join(CORPUS, '03-ils-cloud-dpa.docx'), MB50));
    expect(docx.some((x) => x.text.startsWith('Patron Data is never sold, rented, or exchanged'))).toBe(true);
    const html = await extractFile(join(CORPUS, '14-audiobook-app.html'), MB50);
    const hs = sentencesOf(html);
    expect(hs.some((x) => x.text === "We don't sell your data, and we never will.")).toBe(true);
    expect(hs.some((x) => /window\.x|Home \| Catalog/.test(x.text))).toBe(false);
    const md = sentencesOf(await extractFile(join(CORPUS, '22-open-access-platform.md'), MB50));
    expect(md.some((x) => x.text === 'We never sell or share reader data.')).toBe(true);
    const txt = sentencesOf(await extractFile(join(CORPUS, '05-streaming-video-terms.txt'), MB50));
    expect(txt.find((x) => x.text.startsWith('We may change these terms'))?.paragraph).toBeGreaterThan(1);
  });

  it('keeps page numbers for text with form feeds', async () => {
    const doc = await extractBytes(new TextEncoder().encode('Intro text here.\n\nMore intro.\fWe sell your personal data to brokers.'), 'x.txt');
    const m = analyzeDocument(doc).matches.find((x) => x.topic === 'sale');
    expect(m).toMatchObject({ page: 2, paragraph: 1, stance: 'harmful' });
  });

  it('gives each broken file its own error code', async () => {
    expect(await codeOf(extractFile(join(BAD, 'corrupt.pdf'), MB50))).toBe('FID_FILE_CORRUPT');
    expect(await codeOf(extractFile(join(BAD, 'corrupt.docx'), MB50))).toBe('FID_FILE_CORRUPT');
    expect(await codeOf(extractFile(join(BAD, 'encrypted.pdf'), MB50))).toBe('FID_FILE_ENCRYPTED');
    expect(await codeOf(extractFile(join(BAD, 'scanned.pdf'), MB50))).toBe('FID_NO_TEXT_LAYER');
    expect(await codeOf(extractFile(join(BAD, 'empty.txt'), MB50))).toBe('FID_FILE_EMPTY');
    expect(await codeOf(extractFile(join(BAD, 'empty.pdf'), MB50))).toBe('FID_FILE_EMPTY');
    expect(await codeOf(extractFile(join(BAD, 'mislabelled.pdf'), MB50))).toBe('FID_UNSUPPORTED_FORMAT');
    expect(await codeOf(extractFile(join(BAD, 'mislabelled.docx'), MB50))).toBe('FID_UNSUPPORTED_FORMAT');
    expect(await codeOf(extractFile(join(BAD, 'unsupported.rtf'), MB50))).toBe('FID_UNSUPPORTED_FORMAT');
    expect(await codeOf(extractFile(join(BAD, 'missing.pdf'), MB50))).toBe('FID_FILE_UNREADABLE');
  });

  it('refuses an enormous file by its size, before reading it', async () => {
    const huge = join(tmp, 'huge.pdf');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, MB50 + 1); // sparse: takes no disk space
    closeSync(fd);
    const err = await extractFile(huge, MB50).catch((e: unknown) => e as FiduciaryError);
    expect(err).toBeInstanceOf(FiduciaryError);
    expect((err as FiduciaryError).code).toBe('FID_FILE_TOO_LARGE');
    expect((err as FiduciaryError).message).toMatch(/50\.0 MB limit/);
    writeFileSync(join(tmp, 'small.txt'), 'We do not sell data.');
    expect(await codeOf(extractFile(join(tmp, 'small.txt'), 5))).toBe('FID_FILE_TOO_LARGE');
  });
});
