/**
 * DOCX text extraction with mammoth (raw text: one paragraph per Word paragraph, list items included). Word
 * files have no stable pages, so quotes are located by paragraph number. A password-protected DOCX is an OLE
 * container, not a zip, and is recognised before mammoth sees it.
 */
import mammoth from 'mammoth';
import { FiduciaryError } from '../../model/index.js';
import type { ExtractedDocument } from '../types.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Extract paragraphs from DOCX bytes. */
export async function extractDocx(data: Uint8Array, name: string): Promise<ExtractedDocument> {
  if (OLE_MAGIC.every((b, i) => data[i] === b)) {
    throw new FiduciaryError('FID_FILE_ENCRYPTED', 'the Word file is password-protected (or an old .doc); save it as an unprotected .docx', { where: name });
  }
  let text: string;
  try {
    ({ value: text } = await mammoth.extractRawText({ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) }));
  } catch (err) {
    throw new FiduciaryError('FID_FILE_CORRUPT', `the Word file could not be read (${(err as Error)?.message ?? String(err)})`, { cause: err, where: name });
  }
  const paragraphs = text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t, i) => ({ text: t, index: i + 1 }));
  return { name, format: 'docx', paragraphs };
}
