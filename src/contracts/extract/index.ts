/**
 * Reads one file and returns its paragraphs, whatever the format. The format is taken from the extension and
 * checked against the content (magic bytes), so a mislabelled file is named as such instead of producing
 * garbage. Size is checked before reading: an enormous file is refused with its size and the limit.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { FiduciaryError } from '../../model/index.js';
import type { DocFormat, ExtractedDocument } from '../types.js';
import { extractDocx } from './docx.js';
import { extractHtml } from './html.js';
import { extractMd } from './md.js';
import { extractPdf } from './pdf.js';
import { extractTxt } from './txt.js';

const BY_EXT: Record<string, DocFormat> = {
  '.pdf': 'pdf', '.docx': 'docx', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.text': 'txt', '': 'txt',
};

/** File extensions the review reads (for directory walks). */
export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXT).filter(Boolean);

type Sniffed = 'pdf' | 'zip' | 'ole' | 'html' | 'text' | 'binary';

/** What the bytes say the file is, regardless of its name. */
export function sniff(data: Uint8Array): Sniffed {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'zip';
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'ole';
  const sample = data.subarray(0, 8192);
  if (sample.includes(0)) return 'binary';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > sample.length / 50) return 'binary';
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)\b/i.test(text)) return 'html';
  return 'text';
}

const FITS: Record<DocFormat, Sniffed[]> = {
  pdf: ['pdf'],
  docx: ['zip', 'ole'],
  html: ['html', 'text'],
  md: ['text', 'html'],
  txt: ['text', 'html'],
};

const SNIFF_NAMES: Record<Sniffed, string> = { pdf: 'a PDF', zip: 'a zip archive', ole: 'an OLE (old Office) file', html: 'HTML', text: 'plain text', binary: 'binary data' };

/** Pick the extractor for bytes named `name`, or explain why none fits. */
export async function extractBytes(data: Uint8Array, name: string): Promise<ExtractedDocument> {
  const ext = extname(name).toLowerCase();
  const format = BY_EXT[ext];
  if (!format) throw new FiduciaryError('FID_UNSUPPORTED_FORMAT', `"${ext}" files are not supported; use PDF, DOCX, HTML, Markdown or plain text`, { where: name });
  if (data.length === 0) throw new FiduciaryError('FID_FILE_EMPTY', 'the file is empty', { where: name });
  const sniffed = sniff(data);
  if (!FITS[format].includes(sniffed)) {
    const code = format === 'pdf' && sniffed !== 'text' && sniffed !== 'html' && sniffed !== 'zip' ? 'FID_FILE_CORRUPT' : 'FID_UNSUPPORTED_FORMAT';
    throw new FiduciaryError(code, `the file is named ${ext || '(no extension)'} but its content is ${SNIFF_NAMES[sniffed]}; rename or re-export it`, { where: name });
  }
  let doc: ExtractedDocument;
  const text = (): string => new TextDecoder('utf-8').decode(data);
  if (format === 'pdf') doc = await extractPdf(data, name);
  else if (format === 'docx') doc = await extractDocx(data, name);
  else if (format === 'html' || (sniffed === 'html' && format !== 'md')) doc = extractHtml(text(), name);
  else if (format === 'md') doc = extractMd(text(), name);
  else doc = extractTxt(text(), name);
  if (!doc.paragraphs.some((p) => /[A-Za-z]{2}/.test(p.text))) throw new FiduciaryError('FID_FILE_EMPTY', 'the file holds no readable text', { where: name });
  return doc;
}

/** Read and extract one file, refusing files over `maxBytes` before reading them. */
export async function extractFile(path: string, maxBytes: number, displayName: string = basename(path)): Promise<ExtractedDocument> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    throw new FiduciaryError('FID_FILE_UNREADABLE', `cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err, where: displayName });
  }
  if (size > maxBytes) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new FiduciaryError('FID_FILE_TOO_LARGE', `the file is ${mb(size)}, over the ${mb(maxBytes)} limit (review.maxFileBytes)`, { where: displayName });
  }
  const data = new Uint8Array(await readFile(path));
  return extractBytes(data, displayName);
}
