/**
 * PDF text extraction with pdfjs-dist (legacy build, which runs in Node without a DOM or worker file). Text
 * items are grouped into lines by their baseline and into paragraphs by vertical gaps, so every quote keeps
 * its page and paragraph. Encrypted, corrupt and image-only (scanned) PDFs become FiduciaryErrors with their
 * own codes, so the CLI can say exactly what is wrong with that one file.
 */
import { FiduciaryError } from '../../model/index.js';
import type { ExtractedDocument, Paragraph } from '../types.js';

interface TextItemLike {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  // Loaded lazily: pdfjs is large and most reviews of DOCX/HTML never need it.
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Lines of one page, then paragraphs split at gaps taller than ~1.6 line heights. */
function pageParagraphs(items: TextItemLike[], page: number): Paragraph[] {
  const lines: { y: number; h: number; text: string }[] = [];
  let cur: { y: number; h: number; text: string } | undefined;
  for (const it of items) {
    const y = it.transform[5] ?? 0;
    const h = Math.abs(it.height || it.transform[3] || 10);
    if (!cur || (Math.abs(cur.y - y) > h * 0.5 && it.str.trim() !== '')) {
      if (cur && cur.text.trim()) lines.push(cur);
      cur = { y, h, text: '' };
    }
    cur.text += it.str;
    if (it.hasEOL) {
      if (cur.text.trim()) lines.push(cur);
      cur = undefined;
    }
  }
  if (cur && cur.text.trim()) lines.push(cur);
  const paras: Paragraph[] = [];
  let buf: string[] = [];
  let prev: { y: number; h: number } | undefined;
  const flush = (): void => {
    if (buf.length) paras.push({ text: buf.join('\n'), page, index: paras.length + 1 });
    buf = [];
  };
  for (const l of lines) {
    if (prev && (prev.y - l.y > Math.max(prev.h, l.h) * 1.6 || l.y > prev.y + 1)) flush();
    buf.push(l.text);
    prev = l;
  }
  flush();
  return paras;
}

/** Extract paragraphs with page numbers from PDF bytes. */
export async function extractPdf(data: Uint8Array, name: string): Promise<ExtractedDocument> {
  const { getDocument } = await loadPdfJs();
  let doc;
  try {
    // pdfjs takes ownership of the buffer it is given, so hand it a copy.
    doc = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const ename = (err as { name?: string })?.name ?? '';
    if (ename === 'PasswordException') throw new FiduciaryError('FID_FILE_ENCRYPTED', 'the PDF is password-protected; ask the vendor for an unprotected copy', { cause: err, where: name });
    throw new FiduciaryError('FID_FILE_CORRUPT', `the PDF could not be read (${(err as Error)?.message ?? String(err)})`, { cause: err, where: name });
  }
  try {
    const paragraphs: Paragraph[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      paragraphs.push(...pageParagraphs(content.items.filter((i) => 'str' in i) as unknown as TextItemLike[], p));
      page.cleanup();
    }
    if (!paragraphs.some((x) => /[A-Za-z]{2}/.test(x.text))) {
      throw new FiduciaryError('FID_NO_TEXT_LAYER', `the PDF has ${doc.numPages} page(s) but no text layer (a scan?); run OCR on it first, or ask the vendor for a text PDF`, { where: name });
    }
    return { name, format: 'pdf', paragraphs, pages: doc.numPages };
  } catch (err) {
    if (err instanceof FiduciaryError) throw err;
    throw new FiduciaryError('FID_FILE_CORRUPT', `the PDF is damaged (${(err as Error)?.message ?? String(err)})`, { cause: err, where: name });
  } finally {
    await doc.destroy();
  }
}
