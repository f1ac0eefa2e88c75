/**
 * The HTML reporter: one self-contained file that works offline and from `file://`. The markup is a thin
 * shell (landmarks, a noscript notice); the RunResult is embedded as JSON and the inline script renders the
 * page from it, so the report and its data can never disagree. No request of any kind leaves the file: CSS
 * and script are inline, fonts are system fonts, and a Content-Security-Policy allows only the inline code
 * (by hash) and images from the report's own directory (screenshots).
 */
import { createHash } from 'node:crypto';
import type { RunResult } from '../model/index.js';
import { CLIENT_JS } from './html/client.js';
import { CSS } from './html/styles.js';
import type { Reporter } from './types.js';

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` become \u escapes, so no
 * `</script>` or `<!--` can appear, and U+2028/2029 are escaped for old parsers. JSON.parse restores them.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** The policy that keeps the report from contacting anything. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(CLIENT_JS)}`,
  `style-src ${sha256(CSS)}`,
  "img-src 'self' file: data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The complete HTML document for a result. */
export function renderHtml(result: RunResult): string {
  const title = `Fiduciary privacy report: ${result.target}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="fiduciary ${escapeHtml(result.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#findings">Skip to findings</a>
<header class="top" id="top"></header>
<nav class="toc" id="toc" aria-label="Report sections"></nav>
<main id="main">
<noscript><p>This report draws its content with JavaScript, which is turned off. The same data is in the JSON and CSV reports of this run.</p></noscript>
</main>
<footer class="bottom" id="bottom"></footer>
<script type="application/json" id="fiduciary-result">${jsonForScript(result)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

export const htmlReporter: Reporter = {
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  async render(result: RunResult): Promise<string> {
    return renderHtml(result);
  },
};
