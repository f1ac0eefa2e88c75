/**
 * Markdown extraction: the markup is stripped (headings, emphasis, links, inline code, block quotes, tables)
 * and the text split into paragraphs like plain text. A full Markdown parser is not needed to read prose, and
 * this keeps the dependency list short.
 */
import type { ExtractedDocument } from '../types.js';
import { paragraphsOf } from './txt.js';

/** Remove Markdown markup from one document, keeping line structure. */
export function stripMarkdown(md: string): string {
  return md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s*\|?\s*:?-{3,}.*$/, '')
        .replace(/\|/g, ' ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?!\w)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1'),
    )
    .join('\n');
}

/** Extract paragraphs from Markdown text. */
export function extractMd(text: string, name: string): ExtractedDocument {
  return { name, format: 'md', paragraphs: paragraphsOf(stripMarkdown(text)) };
}
