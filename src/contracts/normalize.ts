/**
 * Text normalisation before matching: smart quotes and dashes to ASCII, ligatures expanded, words hyphenated
 * across line breaks joined, list numbering and bullets stripped, whitespace collapsed; headers and footers
 * that repeat on every page dropped; paragraphs split into sentences. Matchers then see one clean form of
 * every wording, whatever the source format did to it.
 */
import type { Paragraph } from './types.js';

const CHAR_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': ' - ', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200B': '', '\u00AD': '', '\uFEFF': '',
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\u2026': '...',
  '\u2022': ' ', '\u25CF': ' ', '\u25AA': ' ', '\u00A7': '§',
};
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');

/** Normalise one block of text (may contain line breaks) into a single clean line. */
export function normalizeText(raw: string): string {
  let t = raw.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
  // A word broken by a hyphen at the end of a line: "reten-\ntion" -> "retention". Keep real compounds
  // ("third-\nparty") only when the next part starts with a capital, which the lower-case test excludes.
  t = t.replace(/([A-Za-z])-[ \t]*\r?\n[ \t]*([a-z])/g, '$1$2');
  t = t.replace(/([A-Za-z])-[ \t]*\r?\n[ \t]*([A-Z0-9])/g, '$1-$2');
  t = t.replace(/\s+/g, ' ').trim();
  return stripListMarker(t);
}

/** Remove leading list numbering and bullets: "1.", "2.3", "(a)", "iv)", "-", "*", "Section 4.". */
export function stripListMarker(t: string): string {
  return t
    .replace(/^(?:[-*+•]\s+)/, '')
    .replace(/^(?:(?:section|clause|article)\s+)?(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|\(?[ivxl]+\)|[A-Z]\.)\s+(?=\S)/i, '')
    .trim();
}

/**
 * Drop lines that repeat on most pages (running headers, footers, "Page 3 of 40"). A paragraph counts as
 * repeating when it is short, sits among the first or last two of its page, and, with digits masked, sits
 * there on at least half of the pages (and on three or more). Body text that happens to repeat is kept.
 */
export function dropRepeatingLines(paragraphs: Paragraph[], pages: number): Paragraph[] {
  if (pages < 3) return paragraphs.filter((p) => !/^page \d+( of \d+)?$/i.test(p.text));
  const key = (s: string): string => s.toLowerCase().replace(/\d+/g, '#');
  const perPage = new Map<number, number>();
  for (const p of paragraphs) perPage.set(p.page ?? 0, (perPage.get(p.page ?? 0) ?? 0) + 1);
  const atEdge = (p: Paragraph): boolean => p.index <= 2 || p.index > (perPage.get(p.page ?? 0) ?? 0) - 2;
  const onPages = new Map<string, Set<number>>();
  for (const p of paragraphs) {
    const k = key(p.text);
    if (k.length > 150 || !atEdge(p)) continue;
    let s = onPages.get(k);
    if (!s) onPages.set(k, (s = new Set()));
    s.add(p.page ?? 0);
  }
  const threshold = Math.max(3, Math.ceil(pages / 2));
  return paragraphs.filter((p) => !(atEdge(p) && (onPages.get(key(p.text))?.size ?? 0) >= threshold) && !/^page \d+( of \d+)?$/i.test(p.text));
}

/**
 * Join a sentence that a page break cut in two: a page's last paragraph that ends without closing its
 * sentence, followed by a next page's first paragraph that begins in lower case, is one paragraph (on the
 * page where it starts). Run after the running headers and footers between them are dropped.
 */
export function joinAcrossPages(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const prev = out[out.length - 1];
    if (prev && p.page !== undefined && prev.page !== undefined && p.page > prev.page && !/[.!?:;]["')\]]?$/.test(prev.text) && /^[a-z]/.test(p.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${p.text}` };
    } else out.push(p);
  }
  return out;
}

// Abbreviations that end in a period but do not end a sentence.
const ABBREV = /\b(?:e\.g|i\.e|etc|inc|ltd|llc|co|corp|no|nos|sec|art|cf|vs|mr|ms|mrs|dr|st|u\.s|u\.k|e\.u|approx|incl)\.$/i;

const ITEM_MARK = /^\((?:[a-z]|[ivx]{1,4})\)\s+/;

/** Split a normalised paragraph into sentences, keeping abbreviations and numbered references intact. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  // A sentence ends before a capital or a digit, and a semicolon also before an enumerated item "(b) ".
  const re = /[.!?;](?=["')\]]?\s+(?:["'(\[]?[A-Z0-9]|\((?:[a-z]|[ivx]{1,4})\)\s))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1;
    const piece = text.slice(start, end);
    if (m[0] === '.' && ABBREV.test(piece)) continue;
    const item = /^\s+\((?:[a-z]|[ivx]{1,4})\)\s/.test(text.slice(end));
    if (item && m[0] !== ';') continue;
    // A semicolon ends a clause only in long enumerations or before an item; keep short ones inside the sentence.
    if (m[0] === ';' && piece.length < 60 && !item) continue;
    out.push(piece.trim().replace(ITEM_MARK, ''));
    start = end;
  }
  const rest = text.slice(start).trim().replace(ITEM_MARK, '');
  if (rest) out.push(rest);
  return out.filter((s) => /[A-Za-z]/.test(s));
}
