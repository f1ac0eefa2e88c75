/**
 * Plain-text extraction: paragraphs are separated by blank lines, list items start their own paragraph, and
 * a form feed (as `pdftotext` writes between pages) starts a new page, so quotes keep page numbers when the
 * text came from a paged document.
 */
import type { ExtractedDocument, Paragraph } from '../types.js';

const LIST_ITEM = /^\s*(?:[-*+\u2022]|\d+(?:\.\d+)*[.)]|\(?[a-z]\)|\(?[ivx]+\))\s+/i;

/** Split text into paragraphs (blank lines, list items); `page` set when the text holds form feeds. */
export function paragraphsOf(text: string): Paragraph[] {
  const pages = text.split('\f');
  const paged = pages.length > 1;
  const out: Paragraph[] = [];
  pages.forEach((pageText, pi) => {
    let idx = 0;
    let buf: string[] = [];
    const flush = (): void => {
      const t = buf.join('\n').trim();
      if (t) out.push({ text: t, index: ++idx, ...(paged ? { page: pi + 1 } : {}) });
      buf = [];
    };
    for (const line of pageText.split(/\r?\n/)) {
      if (!line.trim()) flush();
      else {
        if (LIST_ITEM.test(line)) flush();
        buf.push(line);
      }
    }
    flush();
  });
  return out;
}

/** Extract paragraphs from plain text. */
export function extractTxt(text: string, name: string): ExtractedDocument {
  const paragraphs = paragraphsOf(text);
  const pages = paragraphs.reduce((m, p) => Math.max(m, p.page ?? 0), 0);
  return { name, format: 'txt', paragraphs, ...(pages ? { pages } : {}) };
}
