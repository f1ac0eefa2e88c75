/**
 * HTML text extraction with parse5 (the WHATWG parser, so broken markup reads as a browser would). Text is
 * collected per block element (p, li, headings, table cells...) so each becomes one paragraph; scripts,
 * styles and templates are skipped. No network access and no script ever runs.
 */
import { parse } from 'parse5';
import type { ExtractedDocument, Paragraph } from '../types.js';

const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt', 'blockquote', 'pre', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'tr', 'ul', 'ol', 'dl', 'table', 'br', 'hr', 'figcaption', 'address', 'summary', 'details', 'nav', 'body']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
  content?: Node;
}

/** Extract paragraphs from HTML text. */
export function extractHtml(html: string, name: string): ExtractedDocument {
  const doc = parse(html) as unknown as Node;
  const paragraphs: Paragraph[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push({ text: t, index: paragraphs.length + 1 });
    buf = '';
  };
  const walk = (n: Node): void => {
    if (n.nodeName === '#text') {
      buf += n.value ?? '';
      return;
    }
    if (SKIP.has(n.nodeName) || n.nodeName === '#comment') return;
    const block = BLOCK.has(n.nodeName);
    if (block) flush();
    for (const c of n.childNodes ?? []) walk(c);
    if (block) flush();
  };
  walk(doc);
  flush();
  return { name, format: 'html', paragraphs };
}
